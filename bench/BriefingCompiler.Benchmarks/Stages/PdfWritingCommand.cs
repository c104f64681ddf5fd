using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using BriefingCompiler.Pdf;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Benchmarks.Stages;

/// <summary>
/// `pdf-writing [--runs N] [--standard S] [--profile SECONDS] [--allocations] FILE_OR_DIR…`: the PDF-writing stage alone
/// (<see cref="PdfDocumentWriter.Write"/>), as `briefc build --timings` counts it, on briefings laid out once with the
/// built-in template. Each document is written N times (default 15); the figure per document is the fastest run (on
/// a shared machine the fastest is the one least disturbed by other processes), summed over the documents, with the
/// median per document and the bytes written (to see that a faster writer does not write bigger files). With
/// <c>--profile</c> it keeps writing for that long afterwards, for <c>perf record</c>. Each run is also timed in the
/// writing thread's CPU time (<c>CLOCK_THREAD_CPUTIME_ID</c>, on Linux): on a loaded machine the wall time counts the
/// waits for a core, the CPU time much less so. With <c>--out DIR</c> each document's PDF is saved there (to compare
/// the bytes of two builds of the writer). With <c>--allocations</c> it prints the types the writes allocate (the runtime's
/// allocation samples, <see cref="AllocationSampler"/>). It also sums the managed bytes each document's first write allocates
/// (<c>GC.GetAllocatedBytesForCurrentThread</c>): in a one-shot native build the garbage collections the writer triggers are
/// counted in its stage.
/// </summary>
public static class PdfWritingCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        var runs = 15;
        var profileSeconds = 0.0;
        var standard = PdfStandard.Default;
        var paths = new List<string>();
        string? outDirectory = null;
        var allocations = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--profile": profileSeconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--out": outDirectory = args[++i]; break;
                case "--allocations": allocations = true; break;
                case "--standard": standard = PdfStandard.TryParse(args[++i], out _) ?? throw new ArgumentException(args[i]); break;
                default: paths.Add(args[i]); break;
            }
        }

        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.yaml").Order(StringComparer.Ordinal).ToArray() : new[] { p }).ToList();
        using var catalog = new FontCatalog();
        var renderer = new PdfRenderer(catalog);
        var template = BriefingTemplate.BuiltIn();
        // One pool of encoders for every write, as a build's renderer has (PdfRenderer): a pool per write would allocate
        // its encoders' tables again each time, which a build does not.
        var encoders = new BriefingCompiler.Pdf.Compression.ZlibEncoderPool();
        var options = new PdfRenderOptions { Standard = standard, Date = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        var documents = files.Select(file =>
        {
            var briefing = BriefingLoader.Load(file).Briefing ?? throw new InvalidOperationException($"{file} does not load");
            var html = template.Render(briefing).Html ?? throw new InvalidOperationException($"{file}: the built-in template failed");
            return (File: Path.GetFileName(file), Document: renderer.Layout(html, options));
        }).ToList();

        if (outDirectory is not null) Directory.CreateDirectory(outDirectory);
        double fastestSum = 0, medianSum = 0, cpuFastestSum = 0, cpuMedianSum = 0;
        long bytes = 0, allocated = 0;
        // Collections the writes trigger, and the time they pause the process: a write's allocations on top of a large
        // live heap (the laid-out documents) are paid for in collections, which the CPU figures include.
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var pausedBefore = GC.GetTotalPauseDuration();
        using var sampler = allocations ? new AllocationSampler() : null;
        sampler?.Start();
        foreach (var (file, document) in documents)
        {
            var times = new List<double>();
            var cpuTimes = new List<double>();
            byte[] pdf = [];
            for (var run = 0; run < runs; run++)
            {
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                var cpuStart = ThreadCpuMilliseconds();
                var start = Stopwatch.GetTimestamp();
                pdf = PdfDocumentWriter.Write(document.Paints, document.Bookmarks, document.Metadata, options, document.Structure, encoders: encoders);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                cpuTimes.Add(ThreadCpuMilliseconds() - cpuStart);
                if (run == 0) allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            }

            times.Sort();
            cpuTimes.Sort();
            fastestSum += times[0];
            medianSum += times[times.Count / 2];
            cpuFastestSum += cpuTimes[0];
            cpuMedianSum += cpuTimes[cpuTimes.Count / 2];
            bytes += pdf.Length;
            if (outDirectory is not null) File.WriteAllBytes(Path.Combine(outDirectory, Path.ChangeExtension(file, ".pdf")), pdf);
            if (documents.Count <= 6)
            {
                output.WriteLine($"{file}: fastest {times[0]:0.00} ms, median {times[times.Count / 2]:0.00} ms; CPU fastest {cpuTimes[0]:0.00} ms, median {cpuTimes[cpuTimes.Count / 2]:0.00} ms; {pdf.Length:N0} B");
            }
        }

        output.WriteLine($"{documents.Count} documents, {runs} runs each: fastest summed {fastestSum:0.0} ms, median summed {medianSum:0.0} ms; "
            + $"CPU fastest summed {cpuFastestSum:0.0} ms, median summed {cpuMedianSum:0.0} ms; {bytes:N0} B; {allocated:N0} B allocated (managed, one run each)");
        output.WriteLine($"collections during the {runs} runs: gen0 {GC.CollectionCount(0) - collectionsBefore[0]}, gen1 {GC.CollectionCount(1) - collectionsBefore[1]}, "
            + $"gen2 {GC.CollectionCount(2) - collectionsBefore[2]}; paused {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:0.0} ms");
        sampler?.Stop();
        if (sampler is not null)
        {
            output.WriteLine("allocations by type (sampled every ~100 KB, all threads, all runs):");
            foreach (var (type, sampled) in sampler.Largest(25)) output.WriteLine($"  {sampled,14:N0} B  {type}");
        }

        var until = Stopwatch.GetTimestamp() + (long)(profileSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            foreach (var (_, document) in documents) PdfDocumentWriter.Write(document.Paints, document.Bookmarks, document.Metadata, options, document.Structure, encoders: encoders);
        }

        foreach (var (_, document) in documents) document.Dispose();
        return 0;
    }

    /// <summary>The CPU time of the calling thread, in milliseconds (NaN where <c>clock_gettime</c> is not to be had).</summary>
    internal static double ThreadCpuMilliseconds()
    {
        if (!OperatingSystem.IsLinux()) return double.NaN;
        const int threadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID
        return clock_gettime(threadCpuTime, out var time) == 0 ? time.Seconds * 1000.0 + time.Nanoseconds / 1e6 : double.NaN;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
