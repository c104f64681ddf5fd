using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using BriefingCompiler.Pdf.Compression;

namespace BriefingCompiler.Benchmarks.Stages;

/// <summary>
/// `deflate-levels PDF_OR_DIR…`: every Flate stream of the given PDFs inflated and compressed again at levels 1–9 by the
/// runtime's zlib and by our encoder (<see cref="ZlibEncoder"/>, what the writer uses; one encoder reused across the streams
/// as the writer reuses them), by kind of stream (font programs, object streams, the rest): the bytes at each level and the
/// median CPU time of N runs (<c>--runs N</c>, default 5). What the writer's choice of level trades.
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
            // The levels (and the two encoders) take turns run by run, so that a change in the machine's load falls on all alike.
            var encoder = new ZlibEncoder();
            var bytes = new long[2, 10];
            var cpu = new List<double>[2, 10];
            for (var level = 1; level <= 9; level++) { cpu[0, level] = []; cpu[1, level] = []; }
            for (var run = 0; run < runs; run++)
            {
                for (var level = 1; level <= 9; level++)
                {
                    for (var which = 0; which < 2; which++)
                    {
                        bytes[which, level] = 0;
                        var cpuStart = PdfWritingCommand.ThreadCpuMilliseconds();
                        foreach (var (_, data) in group)
                        {
                            if (which == 1)
                            {
                                bytes[1, level] += encoder.Compress(data, level).Length;
                                continue;
                            }

                            using var compressed = new MemoryStream();
                            using (var zlib = new ZLibStream(compressed, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true)) zlib.Write(data);
                            bytes[0, level] += compressed.Length;
                        }

                        cpu[which, level].Add(PdfWritingCommand.ThreadCpuMilliseconds() - cpuStart);
                    }
                }
            }

            for (var level = 1; level <= 9; level++)
            {
                cpu[0, level].Sort();
                cpu[1, level].Sort();
                output.WriteLine($"  level {level}: runtime zlib {bytes[0, level],12:N0} B, CPU median {cpu[0, level][runs / 2],8:0.0} ms | ours {bytes[1, level],12:N0} B, CPU median {cpu[1, level][runs / 2],8:0.0} ms");
            }
        }

        return 0;
    }

    [GeneratedRegex(@"\d+ 0 obj\n(<<.*?>>)\nstream\n", RegexOptions.Singleline)]
    private static partial Regex StreamHeader();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex LengthEntry();
}
