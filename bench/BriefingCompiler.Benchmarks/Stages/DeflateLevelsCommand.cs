using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingCompiler.Benchmarks.Stages;

/// <summary>
/// `deflate-levels PDF_OR_DIR…`: every Flate stream of the given PDFs inflated and compressed again at zlib levels 1–9
/// (the runtime's zlib, as the writer uses it), by kind of stream (font programs, object streams, the rest): the bytes
/// the fastest of N runs (<c>--runs N</c>, default 5) at each level and their median CPU time. What the writer's choice of level trades.
/// </summary>
public static partial class DeflateLevelsCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        var runs = 5;
        var index = Array.IndexOf(args, "--runs");
        if (index >= 0 && index + 1 < args.Length)
        {
            runs = int.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture);
            args = [.. args[..index], .. args[(index + 2)..]];
        }

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
            // The levels take turns run by run, so that a change in the machine's load falls on all of them alike.
            var bytes = new long[10];
            var wall = Enumerable.Range(0, 10).Select(_ => new List<double>()).ToArray();
            var cpu = Enumerable.Range(0, 10).Select(_ => new List<double>()).ToArray();
            for (var run = 0; run < runs; run++)
            {
                for (var level = 1; level <= 9; level++)
                {
                    bytes[level] = 0;
                    var cpuStart = PdfWritingCommand.ThreadCpuMilliseconds();
                    var start = Stopwatch.GetTimestamp();
                    foreach (var (_, data) in group)
                    {
                        using var compressed = new MemoryStream();
                        using (var zlib = new ZLibStream(compressed, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true)) zlib.Write(data);
                        bytes[level] += compressed.Length;
                    }

                    wall[level].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    cpu[level].Add(PdfWritingCommand.ThreadCpuMilliseconds() - cpuStart);
                }
            }

            for (var level = 1; level <= 9; level++)
            {
                wall[level].Sort();
                cpu[level].Sort();
                output.WriteLine($"  level {level}: {bytes[level],12:N0} B {wall[level][0],9:0.0} ms fastest, CPU median {cpu[level][cpu[level].Count / 2],9:0.0} ms");
            }
        }

        return 0;
    }

    [GeneratedRegex(@"\d+ 0 obj\n(<<.*?>>)\nstream\n", RegexOptions.Singleline)]
    private static partial Regex StreamHeader();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex LengthEntry();
}
