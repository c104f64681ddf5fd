namespace BriefingCompiler.Diagnostics;

/// <summary>
/// The source lines a diagnostic quotes under its one-line message, with a caret under the place: the line of the
/// problem, and the line before it when the cause is there (a value indented under another). The lines are the
/// file's text as it is; the reporter makes them safe to print.
/// </summary>
/// <param name="Lines">The lines shown, each with its 1-based number (lines between the cause and the problem are left out).</param>
/// <param name="CaretLine">The 1-based line the caret is under (one of the lines shown).</param>
/// <param name="CaretColumn">The 1-based column of the caret, counted in code points as <see cref="SourceSpan"/> is.</param>
public sealed record SourceExcerpt(IReadOnlyList<(int Number, string Text)> Lines, int CaretLine, int CaretColumn);
