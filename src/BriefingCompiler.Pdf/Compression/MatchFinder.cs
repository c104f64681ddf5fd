using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BriefingCompiler.Pdf.Compression;

/// <summary>
/// Hash chains over the data being compressed (RFC 1951 §4): for each position, the earlier positions whose next four
/// bytes hash alike, newest first, within Deflate's 32 KB window. Its tables are allocated once and kept across
/// streams: instead of clearing them, each stream's positions are numbered after the last stream's, so entries of
/// earlier streams read as out of reach.
/// </summary>
internal sealed class MatchFinder
{
    private const int HashBits = 15;
    private const int WindowMask = DeflateAlphabet.MaxDistance - 1;

    /// <summary>Hash → the newest position (numbered) with that hash.</summary>
    private readonly int[] head = new int[1 << HashBits];

    /// <summary>Position &amp; window mask → the previous position (numbered) with the same hash.</summary>
    private readonly int[] previous = new int[DeflateAlphabet.MaxDistance];

    /// <summary>What the current stream's position 0 is numbered: every entry below it belongs to an earlier stream.</summary>
    private int origin = 1;

    /// <summary>Starts a stream of <paramref name="length"/> bytes.</summary>
    public void Begin(int length)
    {
        // Numbers stay positive: start the tables afresh before they would overflow (after ~2 GB of streams).
        if ((long)origin + length + DeflateAlphabet.MaxDistance >= int.MaxValue)
        {
            Array.Clear(head);
            Array.Clear(previous);
            origin = 1;
        }
    }

    /// <summary>Ends the stream of <paramref name="length"/> bytes: the next one's positions are numbered after it.</summary>
    public void End(int length) => origin += length + DeflateAlphabet.MaxDistance;

    /// <summary>Enters <paramref name="position"/> (which has at least four bytes after it) and returns the newest earlier
    /// position with the same hash, or −1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Insert(ReadOnlySpan<byte> data, int position)
    {
        // Hash < 2^HashBits and position & WindowMask < the window: both within the tables, unchecked.
        ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(head), Hash(data, position));
        var earlier = slot;
        slot = origin + position;
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(previous), position & WindowMask) = earlier;
        return earlier - origin;
    }

    /// <summary>The longest match for <paramref name="position"/> among the chain from <paramref name="candidate"/>
    /// that is longer than <paramref name="longerThan"/>: at most <paramref name="chain"/> candidates looked at, stopping
    /// at one of <paramref name="goodEnough"/> bytes. Returns (0, 0) when none is longer.</summary>
    public (int Length, int Distance) Longest(ReadOnlySpan<byte> data, int position, int candidate, int longerThan, int chain, int goodEnough)
    {
        var maxLength = Math.Min(DeflateAlphabet.MaxMatch, data.Length - position);
        if (maxLength <= longerThan) return (0, 0);
        goodEnough = Math.Min(goodEnough, maxLength);
        var limit = position - (DeflateAlphabet.MaxDistance - 1);
        int bestLength = longerThan, bestDistance = 0;
        ref var start = ref MemoryMarshal.GetReference(data);
        ref var chains = ref MemoryMarshal.GetArrayDataReference(previous);
        var first = origin;
        while (candidate >= 0 && candidate >= limit && chain-- > 0)
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

            candidate = Unsafe.Add(ref chains, candidate & WindowMask) - first;
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
            if (difference != 0) return length + (System.Numerics.BitOperations.TrailingZeroCount(difference) >> 3);
            length += 8;
        }

        while (length < maxLength && Unsafe.Add(ref start, candidate + length) == Unsafe.Add(ref start, position + length)) length++;
        return length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<byte> data, int position) =>
        (int)((Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref MemoryMarshal.GetReference(data), position)) * 2654435761u) >> (32 - HashBits));
}
