using System.Diagnostics;

namespace BriefingCompiler.Pdf.Timing;

/// <summary>
/// Time spent per engine stage, summed over every document rendered with it, from any thread (documents of a
/// build render in parallel, so the sum can exceed the wall time). A caller that does not want timings passes
/// none: call sites write <c>timings?.Start() ?? 0</c>, so without a sink not even the clock is read.
/// </summary>
public sealed class RenderTimings
{
    private readonly long[] ticks = new long[Enum.GetValues<RenderStage>().Length];

    /// <summary>A timestamp to hand back to <see cref="Add"/> when the stage ends.</summary>
    public long Start() => Stopwatch.GetTimestamp();

    /// <summary>Adds the time since <paramref name="start"/> to <paramref name="stage"/>; returns now, the next stage's start.</summary>
    public long Add(RenderStage stage, long start)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref ticks[(int)stage], now - start);
        return now;
    }

    public TimeSpan Total(RenderStage stage) => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref ticks[(int)stage]));
}
