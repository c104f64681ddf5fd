using BriefingCompiler.Diagnostics;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Html;

/// <summary>
/// The HTML pipeline for one source: load → validate → model (<see cref="BriefingLoader"/>) → template → one HTML
/// document, then the file. The CLI only chooses the files, the template and where output goes.
/// </summary>
public static class HtmlBuild
{
    /// <summary>Compiles a briefing to an HTML string; Html is null when the source or the template has an error.</summary>
    public static HtmlBuildResult Compile(string sourcePath, BriefingTemplate template)
    {
        var loaded = BriefingLoader.Load(sourcePath);
        if (loaded.Briefing is null)
            return new HtmlBuildResult(sourcePath, null, null, loaded.Diagnostics);
        var rendered = template.Render(loaded.Briefing);
        return new HtmlBuildResult(sourcePath, rendered.Html, null, [.. loaded.Diagnostics, .. rendered.Diagnostics]);
    }

    /// <summary>
    /// Compiles a briefing and writes <c>&lt;outputFolder&gt;/&lt;name&gt;.html</c> atomically; a source with errors writes
    /// nothing (an older output of it stays as it was).
    /// </summary>
    public static HtmlBuildResult BuildFile(string sourcePath, string outputFolder, BriefingTemplate template)
    {
        var result = Compile(sourcePath, template);
        if (result.Html is null || result.HasErrors)
            return result;
        var outputPath = OutputName.For(sourcePath, outputFolder, ".html");
        AtomicFile.WriteAllText(outputPath, result.Html);
        return result with { OutputPath = outputPath };
    }
}

/// <summary>The outcome of building one source: its HTML (when it built), where it was written, and every diagnostic.</summary>
public sealed record HtmlBuildResult(string SourcePath, string? Html, string? OutputPath, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Html is null || Diagnostics.Any(d => d.IsError);
}
