using System.Globalization;
using BriefingCompiler.Building;

namespace Briefc.Reporting;

/// <summary>
/// <c>briefc build --timings</c>: one line per pipeline stage with its time summed over the build, on standard error
/// after the summary. Briefings compile in parallel, so the stages are thread time and may add up to more than the wall time.
/// </summary>
public static class TimingsReport
{
    public static void Write(TextWriter error, BuildTimings timings, TimeSpan elapsed)
    {
        error.WriteLine("Timings per stage, summed over the build (parallel briefings add up, so the sum may exceed the wall time):");
        foreach (var (stage, total) in timings.Stages())
            error.WriteLine($"  {stage,-16}{Milliseconds(total),10}");
        error.WriteLine($"  {"wall time",-16}{Milliseconds(elapsed),10}");
    }

    private static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
