namespace BriefingCompiler.Importing;

/// <summary>
/// A run of text with the formatting the importer turns into Markdown; <see cref="Link"/> is its hyperlink target;
/// <see cref="Note"/> the Word footnote a footnote call (text <c>[^label]</c>) stands for.
/// </summary>
public sealed record WordSpan(string Text, bool Bold, bool Italic, bool Code, string? Link, string? CharacterStyle, WordFootnote? Note = null);
