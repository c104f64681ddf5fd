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
/// median CPU time of N runs (<c>--runs N</c>, default 5). What the writer's choice of level trades. Each
/// <c>--search GOOD,LAZY,NICE,CHAIN</c> adds a row for our encoder with that look-ahead search (<see cref="DeflateSearch"/>;
/// the writer's content search is <c>4,8,32,16</c>).
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

        var searches = new List<DeflateSearch>();
        while ((index = Array.IndexOf(args, "--search")) >= 0 && index + 1 < args.Length)
        {
            var p = args[index + 1].Split(',').Select(v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            searches.Add(new DeflateSearch(LooksAhead: true, p[0], p[1], p[2], p[3], LevelClass: 1));
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
            // Rows 1–9: the levels (runtime zlib, ours); then the --search rows (ours only).
            var rows = 10 + searches.Count;
            var bytes = new long[2, rows];
            var cpu = new List<double>[2, rows];
            for (var row = 1; row < rows; row++) { cpu[0, row] = []; cpu[1, row] = []; }
            for (var run = 0; run < runs; run++)
            {
                for (var row = 1; row < rows; row++)
                {
                    for (var which = row < 10 ? 0 : 1; which < 2; which++)
                    {
                        bytes[which, row] = 0;
                        var cpuStart = PdfWritingCommand.ThreadCpuMilliseconds();
                        foreach (var (_, data) in group)
                        {
                            if (which == 1)
                            {
                                bytes[1, row] += (row < 10 ? encoder.Compress(data, row) : encoder.Compress(data, searches[row - 10])).Length;
                                continue;
                            }

                            using var compressed = new MemoryStream();
                            using (var zlib = new ZLibStream(compressed, new ZLibCompressionOptions { CompressionLevel = row }, leaveOpen: true)) zlib.Write(data);
                            bytes[0, row] += compressed.Length;
                        }

                        cpu[which, row].Add(PdfWritingCommand.ThreadCpuMilliseconds() - cpuStart);
                    }
                }
            }

            for (var row = 1; row < rows; row++)
            {
                cpu[1, row].Sort();
                var ours = $"ours {bytes[1, row],12:N0} B, CPU median {cpu[1, row][runs / 2],8:0.0} ms";
                if (row >= 10)
                {
                    var search = searches[row - 10];
                    output.WriteLine($"  search {search.Good},{search.Lazy},{search.Nice},{search.Chain}: {"",43} | {ours}");
                    continue;
                }

                cpu[0, row].Sort();
                output.WriteLine($"  level {row}: runtime zlib {bytes[0, row],12:N0} B, CPU median {cpu[0, row][runs / 2],8:0.0} ms | {ours}");
            }
        }

        return 0;
    }

    [GeneratedRegex(@"\d+ 0 obj\n(<<.*?>>)\nstream\n", RegexOptions.Singleline)]
    private static partial Regex StreamHeader();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex LengthEntry();
}
