using System.Diagnostics;
using BriefingCompiler.Pdf.Timing;

namespace BriefingCompiler.Building;

/// <summary>
/// Time per pipeline stage summed over a build (<c>briefc build --timings</c>): the briefing stages counted
/// here, the engine's in <see cref="Render"/>. Briefings compile in parallel, so the stages add up to thread
/// time, which can exceed the build's wall time. Passed down as an optional sink: without one nothing is measured.
/// </summary>
public sealed class BuildTimings
{
    private long loadTicks;
    private long templateTicks;
    private long writeTicks;
    private long wordTicks;

    public RenderTimings Render { get; } = new();

    public long Start() => Stopwatch.GetTimestamp();

    /// <summary>Adds the time since <paramref name="start"/> to loading and validation; returns now.</summary>
    public long AddLoad(long start) => Add(ref loadTicks, start);

    /// <summary>Adds the time since <paramref name="start"/> to templating (briefing → HTML); returns now.</summary>
    public long AddTemplate(long start) => Add(ref templateTicks, start);

    /// <summary>Adds the time since <paramref name="start"/> to writing the Word document (briefing → DOCX bytes); returns now.</summary>
    public long AddWord(long start) => Add(ref wordTicks, start);

    /// <summary>Adds the time since <paramref name="start"/> to writing outputs and the manifest; returns now.</summary>
    public long AddWrite(long start) => Add(ref writeTicks, start);

    /// <summary>Every stage in pipeline order, with its display name and summed time.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Total)> Stages() =>
    [
        ("load + validate", Elapsed(ref loadTicks)),
        ("template", Elapsed(ref templateTicks)),
        ("styling", Render.Total(RenderStage.Styling)),
        ("text/fonts", Render.Total(RenderStage.TextAndFonts)),
        ("layout", Render.Total(RenderStage.Layout)),
        ("PDF writing", Render.Total(RenderStage.PdfWriting)),
        ("PNG previews", Render.Total(RenderStage.PngPreviews)),
        ("DOCX writing", Elapsed(ref wordTicks)),
        ("write outputs", Elapsed(ref writeTicks)),
    ];

    private static long Add(ref long ticks, long start)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref ticks, now - start);
        return now;
    }

    private static TimeSpan Elapsed(ref long ticks) => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref ticks));
}
