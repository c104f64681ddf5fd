using System.Buffers.Binary;

namespace BriefingCompiler.Pdf.Compression;

/// <summary>
/// Compresses data into a zlib stream (RFC 1950 around RFC 1951 Deflate), as a PDF's <c>/FlateDecode</c> filter reads it.
/// The search follows zlib's own at each level (its good/lazy/nice/chain table, <see cref="DeflateSearch"/>; levels 1–3 take
/// the first match, 4–9 look one byte ahead for a longer one), with a four-byte hash. Why not the runtime's zlib: .NET gives no way to
/// reset a deflater, so every stream allocated and zeroed ~300 KB of fresh memory (page faults and all) — in a PDF of
/// eighteen streams that was most of the writing stage (bench/README.md). This encoder keeps its tables and buffers
/// from one stream to the next: one instance per thread, never shared.
/// </summary>
public sealed class ZlibEncoder
{
    private readonly MatchFinder matches = new();
    private readonly DeflateBlockWriter blocks = new();
    private readonly BitSink sink = new();

    /// <summary>Touches the encoder's tables, so that its first long stream does not meet them as fresh memory.</summary>
    internal void Prepare()
    {
        matches.Prepare();
        blocks.Prepare();
    }

    /// <summary><paramref name="data"/> as a zlib stream at <paramref name="level"/> (1–9, zlib's meaning: <see cref="DeflateSearch.Level"/>).</summary>
    public ReadOnlyMemory<byte> Compress(ReadOnlySpan<byte> data, int level) => Compress(data, DeflateSearch.Level(level));

    /// <summary><paramref name="data"/> as a zlib stream, matches looked for as <paramref name="search"/> says: a new array
    /// that is the caller's.</summary>
    /// <remarks>It is written into the encoder's buffer, which has room for the worst case (every block stored, or coded in
    /// more bits than stored), and copied out at its length.</remarks>
    public ReadOnlyMemory<byte> Compress(ReadOnlySpan<byte> data, DeflateSearch search)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(search.Chain, 1, nameof(search));
        sink.Start(data.Length + data.Length / 4 + 1024);
        // CMF: Deflate with a 32 KB window; FLG: the level class, and the check bits (RFC 1950 §2.2).
        var flags = (search.LevelClass & 3) << 6;
        flags += 31 - ((0x78 * 256 + flags) % 31);
        sink.WriteBytes([0x78, (byte)flags]);

        matches.Begin();
        if (search.LooksAhead) Lazy(data, search);
        else Greedy(data, search);

        sink.AlignToByte();
        Span<byte> checksum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, Adler32.Of(data));
        sink.WriteBytes(checksum);
        return sink.Output();
    }

    /// <summary>Not looking ahead (zlib's <c>deflate_fast</c>, levels 1–3): the longest match found at each position is taken.</summary>
    private void Greedy(ReadOnlySpan<byte> data, DeflateSearch search)
    {
        var blockStart = 0;
        var position = 0;
        var searchable = data.Length - 3;
        while (position < data.Length)
        {
            var length = 0;
            var distance = 0;
            if (position < searchable)
            {
                var candidate = matches.Insert(data, position);
                if (candidate >= 0) (length, distance) = matches.Longest(data, position, candidate, 3, search.Chain, search.Nice);
            }

            if (length > 0)
            {
                blocks.AddMatch(length, distance);
                var end = position + length;
                // Short matches have their positions entered so later data can refer to them; long ones are skipped over.
                if (length <= search.Lazy)
                {
                    for (position++; position < end && position < searchable; position++) matches.Insert(data, position);
                }

                position = end;
            }
            else blocks.AddLiteral(data[position++]);

            if (blocks.IsFull)
            {
                blocks.Write(sink, data[blockStart..position], final: false);
                blockStart = position;
            }
        }

        blocks.Write(sink, data[blockStart..], final: true);
    }

    /// <summary>Looking ahead (zlib's <c>deflate_slow</c>, levels 4–9): a match is taken only if the next position has no longer one.</summary>
    private void Lazy(ReadOnlySpan<byte> data, DeflateSearch search)
    {
        var blockStart = 0;
        var searchable = data.Length - 3;
        // The match found at the previous position, not yet emitted (length 0: none), and whether its byte is pending.
        int previousLength = 0, previousDistance = 0;
        var pending = false;
        var position = 0;
        while (position < data.Length)
        {
            int length = 0, distance = 0;
            if (position < searchable)
            {
                var candidate = matches.Insert(data, position);
                if (candidate >= 0 && previousLength < search.Lazy)
                {
                    var chain = previousLength >= search.Good ? search.Chain >> 2 : search.Chain;
                    (length, distance) = matches.Longest(data, position, candidate, Math.Max(previousLength, 3), chain, search.Nice);
                }
            }

            if (previousLength > 0 && length == 0)
            {
                // The previous position's match stands: emit it, and enter the positions it covers.
                blocks.AddMatch(previousLength, previousDistance);
                var end = position - 1 + previousLength;
                for (position++; position < end; position++)
                {
                    if (position < searchable) matches.Insert(data, position);
                }

                previousLength = 0;
                pending = false;
            }
            else
            {
                if (pending) blocks.AddLiteral(data[position - 1]);
                previousLength = length;
                previousDistance = distance;
                pending = true;
                position++;
            }

            if (blocks.IsFull)
            {
                // The pending byte (or the pending match's first byte) is not emitted yet: the block ends before it.
                var blockEnd = pending ? position - 1 : position;
                blocks.Write(sink, data[blockStart..blockEnd], final: false);
                blockStart = blockEnd;
            }
        }

        if (pending)
        {
            if (previousLength > 0) blocks.AddMatch(previousLength, previousDistance);
            else blocks.AddLiteral(data[^1]);
        }

        blocks.Write(sink, data[blockStart..], final: true);
    }
}
