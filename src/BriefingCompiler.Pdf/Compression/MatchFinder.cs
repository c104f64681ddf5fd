using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace BriefingCompiler.Pdf.Compression;

/// <summary>
/// Hash chains over the data being compressed (RFC 1951 §4): for each position, the earlier positions whose next four
/// bytes hash alike, newest first, within Deflate's 32 KB window. Positions are kept as 16-bit offsets from a base that
/// moves 32 KB at a time (as libdeflate keeps them), so both tables together are 128 KB: in a one-shot build every table
/// is fresh memory, and each 4 KB page of it costs a page fault the first time it is touched (bench/README.md, "Fresh
/// memory"). The tables are allocated uninitialised and only the head is reset per stream: a chain is only ever entered
/// from the head, and every link it follows was written in the same stream.
/// </summary>
internal sealed class MatchFinder
{
    private const int HashBits = 15;
    private const int Window = DeflateAlphabet.MaxDistance;
    private const int WindowMask = Window - 1;

    /// <summary>An entry for no position: as an offset from any base it lies a whole window back, out of reach.</summary>
    private const short None = short.MinValue;

    /// <summary>Hash → the newest position with that hash, as an offset from <see cref="tableBase"/>.</summary>
    private readonly short[] head = GC.AllocateUninitializedArray<short>(1 << HashBits);

    /// <summary>Position &amp; window mask → the previous position with the same hash, as an offset from <see cref="tableBase"/>.</summary>
    private readonly short[] previous = GC.AllocateUninitializedArray<short>(Window);

    /// <summary>The position the offsets count from: a multiple of the window, at most a window behind the newest position.</summary>
    private int tableBase;

    /// <summary>Touches both tables (allocated uninitialised, they are fresh memory until written).</summary>
    public void Prepare()
    {
        head.AsSpan().Fill(None);
        previous.AsSpan().Fill(None);
    }

    /// <summary>Starts a stream: no position of an earlier one is in reach.</summary>
    public void Begin()
    {
        head.AsSpan().Fill(None);
        tableBase = 0;
    }

    /// <summary>Enters <paramref name="position"/> (which has at least four bytes after it; positions come in increasing
    /// order) and returns the newest earlier position with the same hash. It may be out of reach: negative, or more than a
    /// window back (<see cref="Longest"/> looks at none of those).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Insert(ReadOnlySpan<byte> data, int position)
    {
        if (position - tableBase >= Window) MoveBase();
        // Hash < 2^HashBits and position & WindowMask < the window: both within the tables, unchecked.
        ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(head), Hash(data, position));
        var earlier = slot;
        slot = (short)(position - tableBase);
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(previous), position & WindowMask) = earlier;
        return tableBase + earlier;
    }

    /// <summary>Moves the base a window on: every offset drops by a window, those that would fall further than a window back
    /// stop at <see cref="None"/> (they were out of reach already).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void MoveBase()
    {
        tableBase += Window;
        Lower(head);
        Lower(previous);

        static void Lower(short[] table)
        {
            // max(e, 0) − 32768 is e − 32768 saturated at −32768, without a saturating instruction (not every target has one).
            ref var entries = ref MemoryMarshal.GetArrayDataReference(table);
            var window = Vector256.Create(None);
            for (nuint i = 0; i < (nuint)table.Length; i += (nuint)Vector256<short>.Count)
            {
                (Vector256.Max(Vector256.LoadUnsafe(ref entries, i), Vector256<short>.Zero) + window).StoreUnsafe(ref entries, i);
            }
        }
    }

    /// <summary>The longest match for <paramref name="position"/> among the chain from <paramref name="candidate"/>
    /// that is longer than <paramref name="longerThan"/>: at most <paramref name="chain"/> candidates looked at, stopping
    /// at one of <paramref name="goodEnough"/> bytes. Returns (0, 0) when none is longer.</summary>
    public (int Length, int Distance) Longest(ReadOnlySpan<byte> data, int position, int candidate, int longerThan, int chain, int goodEnough)
    {
        var maxLength = Math.Min(DeflateAlphabet.MaxMatch, data.Length - position);
        if (maxLength <= longerThan) return (0, 0);
        goodEnough = Math.Min(goodEnough, maxLength);
        // Every position out of reach (None from any base, or older than a window) is below this.
        var limit = position - (Window - 1);
        int bestLength = longerThan, bestDistance = 0;
        ref var start = ref MemoryMarshal.GetReference(data);
        ref var chains = ref MemoryMarshal.GetArrayDataReference(previous);
        var offsetBase = tableBase;
        while (candidate >= limit && chain-- > 0)
        {
            // The byte that would make the match longer than the best, and the first four, before the whole compare.
            if (Unsafe.Add(ref start, candidate + bestLength) == Unsafe.Add(ref start, position + bestLength)
                && Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref start, candidate)) == Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref start, position)))
            {
                var length = MatchLength(ref start, candidate, position, maxLength);
                if (length > bestLength)
                {
                    bestLength = length;
                    bestDistance = position - candidate;
                    if (length >= goodEnough) break;
                }
            }

            candidate = offsetBase + Unsafe.Add(ref chains, candidate & WindowMask);
        }

        return bestDistance == 0 ? (0, 0) : (bestLength, bestDistance);
    }

    /// <summary>How many bytes from <paramref name="candidate"/> equal those from <paramref name="position"/>, up to <paramref name="maxLength"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int MatchLength(ref byte start, int candidate, int position, int maxLength)
    {
        var length = 4;
        while (length + 8 <= maxLength)
        {
            var difference = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, candidate + length))
                ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, position + length));
            if (difference != 0) return length + (BitOperations.TrailingZeroCount(difference) >> 3);
            length += 8;
        }

        while (length < maxLength && Unsafe.Add(ref start, candidate + length) == Unsafe.Add(ref start, position + length)) length++;
        return length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<byte> data, int position) =>
        (int)((Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref MemoryMarshal.GetReference(data), position)) * 2654435761u) >> (32 - HashBits));
}
