using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// The object and cross-reference layer of a PDF 1.7 file, written in one pass: objects are numbered as they
/// are reserved; dictionaries and arrays go into compressed object streams, streams are written directly, and
/// a compressed cross-reference stream ends the file (§7.5.7, §7.5.8). The trailer's <c>/ID</c> is a hash of
/// everything written before it, so the same document gives the same bytes and a changed one a new ID.
/// <para>With <paramref name="classic"/> (PDF/A-1, which forbids object and cross-reference streams) it is a PDF 1.4
/// file: every object written directly, in number order, and a cross-reference table with a trailer dictionary
/// (§7.5.4, §7.5.5).</para>
/// </summary>
internal sealed class PdfObjectWriter(bool classic = false)
{
    /// <summary>Objects per object stream: readers decompress a whole stream to reach one object in it.</summary>
    private const int ObjectsPerStream = 200;

    private readonly SortedDictionary<int, string> plainObjects = [];
    private readonly SortedDictionary<int, (string Dictionary, byte[] Data)> streamObjects = [];
    private int count;

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
    public void AddStream(int number, string entries, byte[] data) =>
        streamObjects.Add(number, ("<<" + entries + "/Filter/FlateDecode/Length " + Compress(data, out var compressed) + ">>", compressed));

    /// <summary>A stream written as given (already compressed: a JPEG with its own /Filter in <paramref name="entries"/>).</summary>
    public int AddRawStream(string entries, byte[] data)
    {
        var number = Reserve();
        streamObjects.Add(number, ("<<" + entries + "/Length " + data.Length.ToString(CultureInfo.InvariantCulture) + ">>", data));
        return number;
    }

    public int AddStream(string entries, byte[] data)
    {
        var number = Reserve();
        AddStream(number, entries, data);
        return number;
    }

    private static int Compress(byte[] data, out byte[] compressed)
    {
        compressed = Compress(data);
        return compressed.Length;
    }

    /// <summary><paramref name="data"/> as a /FlateDecode stream holds it.</summary>
    public static byte[] Compress(byte[] data)
    {
        // .NET's ZLibStream writes nothing at all for no input, which readers take for a truncated stream.
        if (data.Length == 0) return [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01];
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>The whole file, with <paramref name="root"/> as its catalog and <paramref name="info"/> as its document information.</summary>
    public byte[] Finish(int root, int? info)
    {
        var missing = Enumerable.Range(1, count).Where(n => !plainObjects.ContainsKey(n) && !streamObjects.ContainsKey(n)).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"PDF objects reserved but never written: {string.Join(", ", missing)}.");

        // Sized for the streams up front: a large image (a 3 MB logo) is then copied once, not again at each doubling.
        using var file = new MemoryStream(checked((int)Math.Min(int.MaxValue / 2, streamObjects.Values.Sum(s => (long)s.Data.Length + s.Dictionary.Length + 64) + 64 * 1024)));
        // The comment of bytes above 127 tells transfer programs the file is binary (§7.5.2).
        Write(file, classic ? "%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n" : "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        if (classic) return FinishClassic(file, root, info);
        // Entry per object: type 1 (offset) or type 2 (object stream number, index in it).
        var entries = new (int Type, long Field2, int Field3)[count + 2];
        foreach (var (number, (dictionary, data)) in streamObjects)
        {
            entries[number] = (1, file.Position, 0);
            Write(file, $"{number} 0 obj\n{dictionary}\nstream\n");
            file.Write(data);
            Write(file, "\nendstream\nendobj\n");
        }

        var plain = plainObjects.ToList();
        var objectStreams = new List<int>();
        for (var start = 0; start < plain.Count; start += ObjectsPerStream)
        {
            var chunk = plain.Skip(start).Take(ObjectsPerStream).ToList();
            var streamNumber = ++count;
            Array.Resize(ref entries, count + 2);
            var header = new StringBuilder();
            var body = new StringBuilder();
            for (var i = 0; i < chunk.Count; i++)
            {
                header.Append(CultureInfo.InvariantCulture, $"{chunk[i].Key} {body.Length} ");
                body.Append(chunk[i].Value).Append('\n');
                entries[chunk[i].Key] = (2, streamNumber, i);
            }

            var first = header.Length;
            var data = Encoding.Latin1.GetBytes(header.Append(body).ToString());
            var length = Compress(data, out var compressed);
            entries[streamNumber] = (1, file.Position, 0);
            Write(file, $"{streamNumber} 0 obj\n<</Type/ObjStm/N {chunk.Count}/First {first}/Filter/FlateDecode/Length {length}>>\nstream\n");
            file.Write(compressed);
            Write(file, "\nendstream\nendobj\n");
            objectStreams.Add(streamNumber);
        }

        // The cross-reference stream is the last object; its own entry points at itself.
        var xrefNumber = ++count;
        var xrefOffset = file.Position;
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

        var id = Convert.ToHexString(SHA256.HashData(file.GetBuffer().AsSpan(0, (int)file.Length))[..16]);
        var xrefLength = Compress(table, out var xrefData);
        var infoEntry = info is { } i2 ? "/Info " + PdfSyntax.Reference(i2) : "";
        Write(file, $"{xrefNumber} 0 obj\n<</Type/XRef/Size {entries.Length}/W[1 {offsetBytes} 2]/Root {PdfSyntax.Reference(root)}{infoEntry}/ID[<{id}><{id}>]/Filter/FlateDecode/Length {xrefLength}>>\nstream\n");
        file.Write(xrefData);
        Write(file, $"\nendstream\nendobj\nstartxref\n{xrefOffset}\n%%EOF\n");
        return file.ToArray();
    }

    /// <summary>The rest of a PDF 1.4 file after its header: the objects in number order, the cross-reference table and
    /// the trailer, whose <c>/ID</c> hashes the bytes before it.</summary>
    private byte[] FinishClassic(MemoryStream file, int root, int? info)
    {
        var offsets = new long[count + 1];
        for (var number = 1; number <= count; number++)
        {
            offsets[number] = file.Position;
            if (plainObjects.TryGetValue(number, out var body))
            {
                Write(file, $"{number} 0 obj\n{body}\nendobj\n");
            }
            else
            {
                var (dictionary, data) = streamObjects[number];
                Write(file, $"{number} 0 obj\n{dictionary}\nstream\n");
                file.Write(data);
                Write(file, "\nendstream\nendobj\n");
            }
        }

        var xrefOffset = file.Position;
        // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, and a two-byte end of line.
        var table = new StringBuilder(32 + 20 * (count + 1));
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {count + 1}\n0000000000 65535 f\r\n");
        for (var number = 1; number <= count; number++) table.Append(offsets[number].ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n\r\n");
        Write(file, table.ToString());
        var id = Convert.ToHexString(SHA256.HashData(file.GetBuffer().AsSpan(0, (int)file.Length))[..16]);
        var infoEntry = info is { } i ? "/Info " + PdfSyntax.Reference(i) : "";
        Write(file, $"trailer\n<</Size {count + 1}/Root {PdfSyntax.Reference(root)}{infoEntry}/ID[<{id}><{id}>]>>\nstartxref\n{xrefOffset}\n%%EOF\n");
        return file.ToArray();
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));
}
