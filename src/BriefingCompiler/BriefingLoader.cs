using System.Globalization;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Loading;
using BriefingCompiler.Model;
using BriefingCompiler.Validation;

namespace BriefingCompiler;

/// <summary>
/// The first three stages in one call: read the YAML (Loading), check it (Validation) and, when there is no
/// error, build the model. Diagnostics come back in source order.
/// </summary>
public static class BriefingLoader
{
    public const int MaxDiagnosticsPerFile = 1000;

    /// <summary>Loads the file at <paramref name="path"/>, its figures read from the file's folder.</summary>
    public static LoadResult Load(string path) => Complete(YamlSourceLoader.LoadFile(path), FolderOf(path));

    /// <summary>Loads the file at <paramref name="path"/>, naming it <paramref name="displayPath"/> in diagnostics; its figures are read from the file's folder.</summary>
    public static LoadResult LoadFile(string path, string displayPath) => Complete(YamlSourceLoader.LoadFile(path, displayPath), FolderOf(path));

    /// <summary>Loads bytes as if read from <paramref name="path"/> (which only names the source in diagnostics).</summary>
    /// <param name="figureFolder">The folder the briefing's images are read from (its own); null: not read, the images stay links.</param>
    public static LoadResult Load(string path, ReadOnlySpan<byte> bytes, string? figureFolder = null) => Complete(YamlSourceLoader.Load(path, bytes), figureFolder);

    /// <summary>The folder of the briefing at <paramref name="path"/>: where its figures are.</summary>
    public static string FolderOf(string path) => Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";

    private static LoadResult Complete(SourceLoadResult source, string? figureFolder)
    {
        if (source.Root is null)
        {
            return new LoadResult(source.Path, null, InSourceOrder(source.Diagnostics));
        }

        var diagnostics = InSourceOrder([.. source.Diagnostics, .. BriefingValidator.Validate(source.Root, source.ReportedNodes)]);
        var briefing = diagnostics.Any(d => d.IsError) ? null : BriefingBuilder.Build(source.Root, source.Path);
        if (briefing is not null && figureFolder is not null)
        {
            // The images only once the briefing is valid: the file system is read for a document that can be built.
            var (images, problems) = Assets.FigureReader.Read(briefing, figureFolder, source.Text);
            briefing = problems.Any(p => p.IsError) ? null : briefing with { Figures = images };
            if (problems.Count > 0)
                diagnostics = InSourceOrder([.. diagnostics, .. problems]);
        }

        return new LoadResult(source.Path, briefing, diagnostics);
    }

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// By line and column (a stable sort keeps the stage order for findings at one place), and no more than
    /// <see cref="MaxDiagnosticsPerFile"/>: past that the file is not a briefing with mistakes but something else,
    /// and a million lines of output help nobody.
    /// </summary>
    private static IReadOnlyList<Diagnostic> InSourceOrder(IEnumerable<Diagnostic> diagnostics)
    {
        var ordered = diagnostics.OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column).ToList();
        if (ordered.Count <= MaxDiagnosticsPerFile)
        {
            return ordered;
        }

        var first = ordered[MaxDiagnosticsPerFile];
        return [.. ordered.Take(MaxDiagnosticsPerFile), new Diagnostic(Severity.Error, DiagnosticCodes.TooManyProblems,
            $"more than {Count(MaxDiagnosticsPerFile)} problems in this file; the {Count(ordered.Count - MaxDiagnosticsPerFile)} from here on are not shown",
            first.Span)];
    }
}
