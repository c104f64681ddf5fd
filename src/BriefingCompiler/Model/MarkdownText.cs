using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Model;

/// <summary>Markdown source text (CommonMark + pipe tables) and where it was written.</summary>
public sealed record MarkdownText(string Source, SourceSpan Span)
{
    /// <summary>
    /// In an audience edition: the 0-based lines of <see cref="Source"/> that come from audience blocks (<c>::: NAME</c>)
    /// this edition sees, or every line when the whole field is restricted (a position with an <c>audience</c>); null
    /// when none. Numbered paragraphs skip them, so a paragraph's number is the same in every edition.
    /// </summary>
    public IReadOnlySet<int>? RestrictedLines { get; init; }

    /// <summary>Written as a literal block (<c>|</c>): line <c>i</c> of <see cref="Source"/> is the file's line
    /// <c>Span.Line + 1 + i</c>, so a finding inside the Markdown can be placed at its own line.</summary>
    public bool IsLiteral { get; init; }
}
