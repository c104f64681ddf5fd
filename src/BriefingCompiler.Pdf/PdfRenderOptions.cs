namespace BriefingCompiler.Pdf;

/// <summary>
/// How to render. <see cref="Date"/> becomes the PDF's creation and modification date (pass the document's own
/// date, never the clock, so the bytes stay reproducible; null leaves the dates out).
/// </summary>
public sealed record PdfRenderOptions
{
    public DateTimeOffset? Date { get; init; }

    public string Creator { get; init; } = "briefc";

    /// <summary>The page size, over the document's <c>@page size</c> (null: the document's, else A4).</summary>
    public Styling.PageSize? PageSize { get; init; }

    /// <summary>The margin on every side of every page, in points, over the document's <c>@page</c> margins (null: the document's).</summary>
    public float? PageMargin { get; init; }

    /// <summary>
    /// The folder images are read from (relative <c>src</c> and <c>url()</c> resolve against it; nothing outside it
    /// is read, symbolic links included): the template's folder in a build, the input file's in <c>briefc render</c>.
    /// Null: only <c>data:</c> images.
    /// </summary>
    public string? ResourceFolder { get; init; }

    /// <summary>Where relative image addresses start when not at <see cref="ResourceFolder"/> itself: a folder inside it
    /// (the conformance harness: a test's own folder inside the suite, so <c>../support/x.png</c> stays in the suite).</summary>
    public string? ResourceBase { get; init; }

    /// <summary>
    /// Images the caller gives by their exact address (an <c>src</c> or <c>url()</c> equal to a key), before any folder is
    /// looked at: briefc.yaml's emblem is given once for a whole build, so the HTML the engine parses names it by a
    /// short address instead of carrying megabytes of <c>data:</c> URI. The address should be unique to the bytes (the
    /// images are kept per renderer by address).
    /// </summary>
    public IReadOnlyDictionary<string, byte[]>? NamedImages { get; init; }

    /// <summary>Resolution of PNG previews, in dots per inch.</summary>
    public float PreviewDpi { get; init; } = 96;

    /// <summary>Whether <see cref="PdfRenderer.RenderPdf"/> also draws PNG previews of the pages (from the same layout).</summary>
    public bool IncludePreviews { get; init; }

    /// <summary>The standards the PDF claims to meet (<c>--pdf-standard</c>; the briefing pipeline passes ua-1 unless told
    /// otherwise); every PDF is tagged whatever this says. Default: none claimed.</summary>
    public PdfStandard Standard { get; init; } = PdfStandard.None;

    /// <summary>Where to add the time each stage takes, or null (the default) to measure nothing.</summary>
    public Timing.RenderTimings? Timings { get; init; }
}
