using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingCompiler.Benchmarks.Stages;

/// <summary>
/// `deflate-levels PDF_OR_DIR…`: every Flate stream of the given PDFs inflated and compressed again at zlib levels 1–9
/// (the runtime's zlib, as the writer uses it), by kind of stream (font programs, object streams, the rest): the bytes
/// and the fastest of five runs at each level. What the writer's choice of level trades.
/// </summary>
public static partial class DeflateLevelsCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        var files = args.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.pdf") : new[] { p }).ToList();
        var streams = new List<(string Kind, byte[] Data)>();
        foreach (var file in files)
        {
            var pdf = File.ReadAllBytes(file);
            var text = Encoding.Latin1.GetString(pdf);
            foreach (Match match in StreamHeader().Matches(text))
            {
                var dictionary = match.Groups[1].Value;
                if (!dictionary.Contains("/FlateDecode", StringComparison.Ordinal)) continue;
                var length = int.Parse(LengthEntry().Match(dictionary).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                using var zlib = new ZLibStream(new MemoryStream(pdf, match.Index + match.Length, length), CompressionMode.Decompress);
                using var inflated = new MemoryStream();
                zlib.CopyTo(inflated);
                var kind = dictionary.Contains("/Length1", StringComparison.Ordinal) ? "font programs"
                    : dictionary.Contains("/ObjStm", StringComparison.Ordinal) ? "object streams" : "content and other";
                streams.Add((kind, inflated.ToArray()));
            }
        }

        output.WriteLine($"{files.Count} files, {streams.Count} streams, {streams.Sum(s => (long)s.Data.Length):N0} bytes inflated");
        foreach (var group in streams.GroupBy(s => s.Kind))
        {
            output.WriteLine($"{group.Key} ({group.Count()} streams, {group.Sum(s => (long)s.Data.Length):N0} B):");
            for (var level = 1; level <= 9; level++)
            {
                long bytes = 0;
                var fastest = double.MaxValue;
                for (var run = 0; run < 5; run++)
                {
                    bytes = 0;
                    var start = Stopwatch.GetTimestamp();
                    foreach (var (_, data) in group)
                    {
                        using var compressed = new MemoryStream();
                        using (var zlib = new ZLibStream(compressed, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true)) zlib.Write(data);
                        bytes += compressed.Length;
                    }

                    fastest = Math.Min(fastest, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }

                output.WriteLine($"  level {level}: {bytes,12:N0} B {fastest,9:0.0} ms");
            }
        }

        return 0;
    }

    [GeneratedRegex(@"\d+ 0 obj\n(<<.*?>>)\nstream\n", RegexOptions.Singleline)]
    private static partial Regex StreamHeader();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex LengthEntry();
}
