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
    public static LoadResult Load(string path) => Complete(YamlSourceLoader.LoadFile(path));

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

    /// <summary>By line and column; a stable sort keeps the stage order for findings at one place.</summary>
    private static IReadOnlyList<Diagnostic> InSourceOrder(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column)];
}
