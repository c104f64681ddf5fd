namespace BriefingCompiler.Diagnostics;

/// <summary>
/// One finding about a source, carried as data from the stage that found it to the CLI.
/// <paramref name="Code"/> is stable (BRFnnnn) and documented in docs/diagnostics.md.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>Source lines to quote under the message (YAML syntax errors, whose cause is easier seen than said); null for most.</summary>
    public SourceExcerpt? Excerpt { get; init; }

    /// <summary>MSBuild style, clickable in IDEs: <c>path(line,col): error BRF1234: message</c>.</summary>
    public override string ToString() =>
        $"{Span.File}({Span.Line},{Span.Column}): {(IsError ? "error" : "warning")} {Code}: {Message}";
}
