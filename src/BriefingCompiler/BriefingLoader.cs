using System.Globalization;
using BriefingCompiler.Assets;
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
    public static LoadResult Load(string path) => Complete(YamlSourceLoader.LoadFile(path), Folder(FolderOf(path)));

    /// <summary>Loads the file at <paramref name="path"/>, naming it <paramref name="displayPath"/> in diagnostics; its figures are read from the file's folder.</summary>
    public static LoadResult LoadFile(string path, string displayPath) => Complete(YamlSourceLoader.LoadFile(path, displayPath), Folder(FolderOf(path)));

    /// <summary>Loads bytes as if read from <paramref name="path"/> (which only names the source in diagnostics).</summary>
    /// <param name="figureFolder">The folder the briefing's images are read from (its own); null: not read, the images stay links.</param>
    public static LoadResult Load(string path, ReadOnlySpan<byte> bytes, string? figureFolder = null) => Complete(YamlSourceLoader.Load(path, bytes), Folder(figureFolder));

    /// <summary>
    /// Loads an earlier version of a briefing (bytes from a git revision, named <paramref name="path"/>), its figures read
    /// from <paramref name="figureFiles"/> (its folder at that revision). That version cannot be corrected any more and its
    /// text is still worth comparing, so a figure problem there is a warning, not an error: the image it concerns is left
    /// out of the version (a comparison shows it as added when the newer version has it).
    /// </summary>
    public static LoadResult LoadEarlier(string path, ReadOnlySpan<byte> bytes, IFigureFiles figureFiles) =>
        Complete(YamlSourceLoader.Load(path, bytes), figureFiles, figureProblemsStop: false);

    /// <summary>The folder of the briefing at <paramref name="path"/>: where its figures are.</summary>
    public static string FolderOf(string path) => Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";

    private static IFigureFiles? Folder(string? figureFolder) => figureFolder is null ? null : new FolderFigureFiles(figureFolder);

    /// <param name="figureFiles">Where the figures are read from; null: not read, the images stay links.</param>
    /// <param name="figureProblemsStop">Whether a figure's error makes the briefing invalid (a version that is built), or
    /// is only a warning (an earlier version, compared).</param>
    private static LoadResult Complete(SourceLoadResult source, IFigureFiles? figureFiles, bool figureProblemsStop = true)
    {
        if (source.Root is null)
        {
            return new LoadResult(source.Path, null, InSourceOrder(source.Diagnostics));
        }

        var diagnostics = InSourceOrder([.. source.Diagnostics, .. BriefingValidator.Validate(source.Root, source.ReportedNodes)]);
        var briefing = diagnostics.Any(d => d.IsError) ? null : BriefingBuilder.Build(source.Root, source.Path);
        if (briefing is not null && figureFiles is not null)
        {
            // The images only once the briefing is valid: the file system is read for a document that can be built.
            var (images, problems) = FigureReader.Read(briefing, figureFiles, source.Text);
            if (!figureProblemsStop)
                problems = [.. problems.Select(AsEarlierVersionWarning)];
            briefing = problems.Any(p => p.IsError) ? null : briefing with { Figures = images };
            if (problems.Count > 0)
                diagnostics = InSourceOrder([.. diagnostics, .. problems]);
        }

        return new LoadResult(source.Path, briefing, diagnostics);
    }

    /// <summary>A figure's error in an earlier version, as a warning that says what the comparison makes of it.</summary>
    private static Diagnostic AsEarlierVersionWarning(Diagnostic problem) => problem switch
    {
        { IsError: false } => problem,
        // The image was read: it is compared; only its description is missing.
        { Code: DiagnosticCodes.FigureWithoutAlt } => problem with { Severity = Severity.Warning },
        _ => problem with { Severity = Severity.Warning, Message = $"{problem.Message} (in this earlier version; it is compared as if it had no such image)" },
    };

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
