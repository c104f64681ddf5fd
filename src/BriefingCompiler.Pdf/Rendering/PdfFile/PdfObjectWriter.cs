using System.Buffers;
using System.Globalization;
using BriefingCompiler.Pdf.Compression;
using System.Security.Cryptography;
using System.Text;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// The object and cross-reference layer of a PDF 1.7 file, written in one pass: objects are numbered as they
/// are reserved; dictionaries and arrays go into compressed object streams, streams are written directly, and
/// a compressed cross-reference stream ends the file (§7.5.7, §7.5.8). The trailer's <c>/ID</c> is a hash of
/// everything written before it, so the same document gives the same bytes and a changed one a new ID.
/// <para>Streams are compressed by our own Deflate encoder (<see cref="ZlibEncoder"/>, whose tables the build's documents share) at zlib's level 6 for most streams (<see cref="DefaultSearch"/>), long ones on the thread pool while the document goes on, or by the writing thread when it gets to them first (<see cref="ConcurrentCompressionBytes"/>, <see cref="StreamCompression"/>). The file is the sequence of its pieces as they
/// were made, never copied into one array (a build writes them to disk as they are), and hashed for the <c>/ID</c> as it is
/// put together: a large stream shared by the documents of a build (a logo, <see cref="PdfImageCache"/>) is one piece of
/// every file, hashed once and counted in the <c>/ID</c> by its digest, not read again.</para>
/// <para>With <paramref name="classic"/> (PDF/A-1, which forbids object and cross-reference streams) it is a PDF 1.4
/// file: every object written directly, in number order, and a cross-reference table with a trailer dictionary
/// (§7.5.4, §7.5.5).</para>
/// </summary>
internal sealed class PdfObjectWriter(bool classic = false, ZlibEncoderPool? encoders = null)
{
    /// <summary>Objects per object stream: readers decompress a whole stream to reach one object in it.</summary>
    private const int ObjectsPerStream = 200;

    /// <summary>
    /// The search of most streams (ToUnicode maps, the cross-reference stream, images…): zlib's level 6, what
    /// <c>CompressionLevel.Optimal</c> gives. Content and object streams and font programs — most of the bytes, and of the
    /// writing time — have their own (<see cref="ContentSearch"/>, <see cref="FontProgramSearch"/>).
    /// </summary>
    internal static readonly DeflateSearch DefaultSearch = DeflateSearch.Level(6);

    /// <summary>
    /// The search of page content streams, form XObjects (layers, glyph outlines) and object streams — PDF syntax, half of
    /// the bytes compressed. Between zlib's levels 4 and 5: level 5's look-ahead and 32-byte nice length, level 4's quarter
    /// chain after a match of 4 bytes and 16 candidates, no look-ahead after a match of 8. Measured with bench
    /// `deflate-levels` on the 60 corpus briefings' streams (2026-12-08, our encoder, median CPU of 7 runs): content
    /// 796,873 B in 32.8 ms against level 5's 788,022 B in 40.9 ms (−20 % time, +1.1 % bytes) and level 4's 812,359 B in
    /// 30.0 ms; object streams 184,240 B in 6.2 ms against level 6's 181,689 B in ~10 ms. Content streams were made ~20 %
    /// shorter the same day (<see cref="PdfContentBuilder"/>), which more than pays for the bytes.
    /// </summary>
    internal static readonly DeflateSearch ContentSearch = new(LooksAhead: true, Good: 4, Lazy: 8, Nice: 32, Chain: 16, LevelClass: 1);

    /// <summary>
    /// The search of embedded font programs (TrueType subsets: mostly <c>glyf</c> outlines, which deflate shrinks only to
    /// ~70 % at any level): zlib's level 4. With the runtime's zlib it was 3 (~10 % less time than 6 for 0.8 % more bytes).
    /// Our encoder's level 3 takes the first match and comes out ~0.3 % bigger than zlib's level 3; its level 4 (the lazy
    /// search, 16 candidates) is smaller than zlib's 3 for ~10 % more time than our 3 (bench/README.md, "our own Deflate encoder").
    /// </summary>
    internal static readonly DeflateSearch FontProgramSearch = DeflateSearch.Level(4);

    /// <summary>
    /// Streams at least this long are compressed on the thread pool (or by the writer, <see cref="StreamCompression"/>) while the document goes on being put together (each
    /// stream is compressed alone, so the bytes are the same whatever the order the compressions end in); shorter ones at
    /// once, where handing them over would cost more than it gains. Measured on the founding zh briefing: its pages'
    /// content streams and its two large font programs (97 KB and 23 KB) are above, ToUnicode maps and CIDToGIDMaps below.
    /// </summary>
    internal const int ConcurrentCompressionBytes = 8 * 1024;

    private readonly SortedDictionary<int, string> plainObjects = [];
    private readonly SortedDictionary<int, StreamObject> streamObjects = [];
    /// <summary>The build's encoders, or this document's own when the caller has none.</summary>
    private readonly ZlibEncoderPool encoders = encoders ?? new ZlibEncoderPool();

    /// <summary>The encoders this file's streams are compressed by; image pixels (encoded once per build) borrow them too.</summary>
    public ZlibEncoderPool Encoders => encoders;
    private int count;

    /// <summary>A stream object: its dictionary's entries besides /Length, its data as written (<see cref="Data"/>) or being
    /// compressed (<see cref="Compression"/>, a long stream), and — for data shared between documents — the SHA-256 of the
    /// data, which the <c>/ID</c> hash takes in its place.</summary>
    private sealed record StreamObject(string Entries, ReadOnlyMemory<byte> Data, StreamCompression? Compression, byte[]? Digest)
    {
        /// <summary>The data (compressed here, or waited for, if its compression has not ended) and the dictionary with its /Length.</summary>
        public (string Dictionary, ReadOnlyMemory<byte> Data) Finished()
        {
            var data = Compression?.Bytes() ?? Data;
            return ("<<" + Entries + "/Length " + data.Length.ToString(CultureInfo.InvariantCulture) + ">>", data);
        }
    }

    /// <summary>A new object number, for an object added later (objects may refer to each other in any order).</summary>
    public int Reserve() => ++count;

    /// <summary>A dictionary, array or other non-stream object; it goes into an object stream.</summary>
    public void Add(int number, string body) => plainObjects.Add(number, body);

    public int Add(string body)
    {
        var number = Reserve();
        Add(number, body);
        return number;
    }

    /// <summary>A stream, Flate-compressed; <paramref name="entries"/> are its dictionary's entries besides /Length and /Filter.</summary>
    /// <remarks>A long stream is compressed on another thread (<see cref="ConcurrentCompressionBytes"/>): the caller must not
    /// change <paramref name="data"/> afterwards.</remarks>
    public void AddStream(int number, string entries, byte[] data, DeflateSearch? search = null) =>
        streamObjects.Add(number, Compressed(entries + "/Filter/FlateDecode", data, search ?? DefaultSearch));

    /// <summary>A stream whose compression is under way already (a font program made before the pages, <see cref="FontProgram"/>);
    /// <paramref name="entries"/> as for <see cref="AddStream(int, string, byte[], DeflateSearch?)"/>.</summary>
    public int AddStream(string entries, StreamCompression compression)
    {
        var number = Reserve();
        streamObjects.Add(number, new StreamObject(entries + "/Filter/FlateDecode", default, compression, null));
        return number;
    }

    /// <summary>A stream of <paramref name="data"/> compressed: at once when it is short, else on the thread pool or by the
    /// writer (<see cref="StreamCompression"/>).</summary>
    private StreamObject Compressed(string entries, byte[] data, DeflateSearch search) =>
        data.Length < ConcurrentCompressionBytes
            ? new StreamObject(entries, encoders.Compress(data, search), null, null)
            : new StreamObject(entries, default, new StreamCompression(data, search, encoders), null);

    /// <summary>A stream written as given (already compressed, or a JPEG with its own /Filter in <paramref name="entries"/>).
    /// <paramref name="digest"/>: the data's SHA-256 when the caller has it (data shared by the documents of a build).</summary>
    public int AddRawStream(string entries, ReadOnlyMemory<byte> data, byte[]? digest = null)
    {
        var number = Reserve();
        streamObjects.Add(number, new StreamObject(entries, data, null, digest));
        return number;
    }

    public int AddStream(string entries, byte[] data, DeflateSearch? search = null)
    {
        var number = Reserve();
        AddStream(number, entries, data, search);
        return number;
    }


    /// <summary>The whole file, with <paramref name="root"/> as its catalog and <paramref name="info"/> as its document information.</summary>
    public ReadOnlySequence<byte> Finish(int root, int? info)
    {
        var missing = Enumerable.Range(1, count).Where(n => !plainObjects.ContainsKey(n) && !streamObjects.ContainsKey(n)).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"PDF objects reserved but never written: {string.Join(", ", missing)}.");

        var file = new FileAssembly();
        // The comment of bytes above 127 tells transfer programs the file is binary (§7.5.2).
        file.Text(classic ? "%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n" : "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        return classic ? FinishClassic(file, root, info) : FinishCompressed(file, root, info);
    }

    /// <summary>The rest of a PDF 1.7 file: streams, the other objects in object streams, a cross-reference stream.</summary>
    private ReadOnlySequence<byte> FinishCompressed(FileAssembly file, int root, int? info)
    {
        // Entry per object: type 1 (offset) or type 2 (object stream number, index in it).
        var entries = new (int Type, long Field2, int Field3)[count + 2];
        // The object streams are put together first, so that they are compressed while the streams before them are written.
        var objectStreams = new List<(int Number, StreamObject Stream)>();
        var plain = plainObjects.ToList();
        for (var start = 0; start < plain.Count; start += ObjectsPerStream)
        {
            var chunk = plain.Skip(start).Take(ObjectsPerStream).ToList();
            var streamNumber = ++count;
            Array.Resize(ref entries, count + 2);
            // The header (object numbers and offsets), then the objects, each ending in a newline: put together as bytes
            // once (the bodies are ASCII), not as a second string of them.
            var header = new StringBuilder();
            var bodyLength = 0;
            for (var i = 0; i < chunk.Count; i++)
            {
                header.Append(chunk[i].Key).Append(' ').Append(bodyLength).Append(' ');
                bodyLength += chunk[i].Value.Length + 1;
                entries[chunk[i].Key] = (2, streamNumber, i);
            }

            var first = header.Length;
            var data = new byte[first + bodyLength];
            var at = Encoding.Latin1.GetBytes(header.ToString(), data);
            foreach (var (_, value) in chunk)
            {
                at += Encoding.Latin1.GetBytes(value, data.AsSpan(at));
                data[at++] = (byte)'\n';
            }

            objectStreams.Add((streamNumber, Compressed($"/Type/ObjStm/N {chunk.Count}/First {first}/Filter/FlateDecode", data, ContentSearch)));
        }

        CompressUnclaimed(streamObjects.Values.Concat(objectStreams.Select(s => s.Stream)));
        foreach (var (number, stream) in streamObjects.Select(s => (s.Key, s.Value)).Concat(objectStreams))
        {
            entries[number] = (1, file.Length, 0);
            WriteStream(file, number, stream);
        }

        // The cross-reference stream is the last object; its own entry points at itself.
        var xrefNumber = ++count;
        var xrefOffset = file.Length;
        entries = entries[..(count + 1)];
        entries[xrefNumber] = (1, xrefOffset, 0);
        var offsetBytes = xrefOffset > uint.MaxValue ? 8 : 4;
        var table = new byte[entries.Length * (1 + offsetBytes + 2)];
        for (var n = 0; n < entries.Length; n++)
        {
            var (type, field2, field3) = n == 0 ? (0, 0L, 65535) : entries[n];
            var at = n * (1 + offsetBytes + 2);
            table[at] = (byte)type;
            for (var b = 0; b < offsetBytes; b++) table[at + 1 + b] = (byte)(field2 >> (8 * (offsetBytes - 1 - b)));
            table[at + 1 + offsetBytes] = (byte)(field3 >> 8);
            table[at + 2 + offsetBytes] = (byte)field3;
        }

        var id = file.Id();
        var xrefData = encoders.Compress(table, DefaultSearch);
        var infoEntry = info is { } i2 ? "/Info " + PdfSyntax.Reference(i2) : "";
        file.Text($"{xrefNumber} 0 obj\n<</Type/XRef/Size {entries.Length}/W[1 {offsetBytes} 2]/Root {PdfSyntax.Reference(root)}{infoEntry}/ID[<{id}><{id}>]/Filter/FlateDecode/Length {xrefData.Length}>>\nstream\n");
        file.Data(xrefData);
        file.Text($"\nendstream\nendobj\nstartxref\n{xrefOffset}\n%%EOF\n");
        return file.ToSequence();
    }

    /// <summary>Compresses here every long stream no pool thread has claimed yet, longest first, so that the writing thread
    /// works instead of waiting for them one after the other; then the streams are written in order.</summary>
    private static void CompressUnclaimed(IEnumerable<StreamObject> streams)
    {
        foreach (var compression in streams.Select(s => s.Compression).OfType<StreamCompression>().OrderByDescending(c => c.Length)) compression.Run();
    }

    /// <summary>The rest of a PDF 1.4 file after its header: the objects in number order, the cross-reference table and
    /// the trailer, whose <c>/ID</c> hashes the bytes before it.</summary>
    private ReadOnlySequence<byte> FinishClassic(FileAssembly file, int root, int? info)
    {
        CompressUnclaimed(streamObjects.Values);
        var offsets = new long[count + 1];
        for (var number = 1; number <= count; number++)
        {
            offsets[number] = file.Length;
            if (plainObjects.TryGetValue(number, out var body))
            {
                file.Text($"{number} 0 obj\n{body}\nendobj\n");
            }
            else
            {
                WriteStream(file, number, streamObjects[number]);
            }
        }

        var xrefOffset = file.Length;
        // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, and a two-byte end of line.
        var table = new StringBuilder(32 + 20 * (count + 1));
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {count + 1}\n0000000000 65535 f\r\n");
        for (var number = 1; number <= count; number++) table.Append(offsets[number].ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n\r\n");
        file.Text(table.ToString());
        var id = file.Id();
        var infoEntry = info is { } i ? "/Info " + PdfSyntax.Reference(i) : "";
        file.Text($"trailer\n<</Size {count + 1}/Root {PdfSyntax.Reference(root)}{infoEntry}/ID[<{id}><{id}>]>>\nstartxref\n{xrefOffset}\n%%EOF\n");
        return file.ToSequence();
    }

    private static void WriteStream(FileAssembly file, int number, StreamObject stream)
    {
        var (dictionary, data) = stream.Finished();
        file.Text($"{number} 0 obj\n{dictionary}\nstream\n");
        file.Data(data, stream.Digest);
        file.Text("\nendstream\nendobj\n");
    }

    /// <summary>
    /// The file's pieces in order, hashed as they come (SHA-256, for the <c>/ID</c>), then handed on as they are: a sequence
    /// of the pieces, so no array of the whole file is made and no large image is copied before it is written.
    /// </summary>
    private sealed class FileAssembly
    {
        private readonly List<ReadOnlyMemory<byte>> pieces = [];
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public long Length { get; private set; }

        public void Text(string text) => Data(Encoding.Latin1.GetBytes(text));

        /// <summary>Bytes of the file; <paramref name="digest"/>, when given, stands for them in the hash.</summary>
        public void Data(ReadOnlyMemory<byte> data, byte[]? digest = null)
        {
            pieces.Add(data);
            hash.AppendData(digest ?? data.Span);
            Length += data.Length;
        }

        /// <summary>32 hex digits from the hash of everything so far: the same document gives the same ID, a changed one a new one.</summary>
        public string Id()
        {
            Span<byte> digest = stackalloc byte[32];
            hash.GetCurrentHash(digest);
            return Convert.ToHexString(digest[..16]);
        }

        /// <summary>The pieces as one sequence (the arrays themselves, shared images included: nothing is copied).</summary>
        public ReadOnlySequence<byte> ToSequence()
        {
            hash.Dispose();
            Piece? first = null, last = null;
            foreach (var data in pieces.Where(p => p.Length > 0))
            {
                var piece = new Piece(data, last is null ? 0 : last.RunningIndex + last.Memory.Length);
                if (last is null)
                    first = piece;
                else
                    last.Follow(piece);
                last = piece;
            }

            return first is null ? ReadOnlySequence<byte>.Empty : new ReadOnlySequence<byte>(first, 0, last!, last!.Memory.Length);
        }

        /// <summary>One piece of the sequence, linked to the next.</summary>
        private sealed class Piece : ReadOnlySequenceSegment<byte>
        {
            public Piece(ReadOnlyMemory<byte> data, long start)
            {
                Memory = data;
                RunningIndex = start;
            }

            public void Follow(Piece next) => Next = next;
        }
    }
}
