using System.IO.Compression;
using System.Text;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// A PDF's syntax as text with every Flate stream inflated in place — object streams included, where the writer
/// keeps its dictionaries — so tests can look for an entry such as <c>/Lang (en-GB)</c> in a compressed file.
/// </summary>
internal static class PdfObjectText
{
    public static string Of(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var result = new StringBuilder();
        var at = 0;
        while (true)
        {
            var start = text.IndexOf("\nstream\n", at, StringComparison.Ordinal);
            if (start < 0) break;
            var dataStart = start + "\nstream\n".Length;
            var end = text.IndexOf("\nendstream", dataStart, StringComparison.Ordinal);
            if (end < 0) break;
            result.Append(text, at, dataStart - at);
            result.Append(Inflate(pdf.AsSpan(dataStart, end - dataStart).ToArray()) ?? text[dataStart..end]);
            at = end;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    private static string? Inflate(byte[] data)
    {
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var output = new MemoryStream();
            zlib.CopyTo(output);
            return Encoding.Latin1.GetString(output.ToArray());
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
