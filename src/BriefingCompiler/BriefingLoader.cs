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

    public static LoadResult Load(string path) => Complete(YamlSourceLoader.LoadFile(path));

    /// <summary>Loads the file at <paramref name="path"/>, naming it <paramref name="displayPath"/> in diagnostics.</summary>
    public static LoadResult LoadFile(string path, string displayPath) => Complete(YamlSourceLoader.LoadFile(path, displayPath));

    /// <summary>Loads bytes as if read from <paramref name="path"/> (which only names the source in diagnostics).</summary>
    public static LoadResult Load(string path, ReadOnlySpan<byte> bytes) => Complete(YamlSourceLoader.Load(path, bytes));

    private static LoadResult Complete(SourceLoadResult source)
    {
        if (source.Root is null)
        {
            return new LoadResult(source.Path, null, InSourceOrder(source.Diagnostics));
        }

        var diagnostics = InSourceOrder([.. source.Diagnostics, .. BriefingValidator.Validate(source.Root, source.ReportedNodes)]);
        var briefing = diagnostics.Any(d => d.IsError) ? null : BriefingBuilder.Build(source.Root, source.Path);
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
