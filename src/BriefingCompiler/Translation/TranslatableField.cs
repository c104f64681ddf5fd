using BriefingCompiler.Loading;

namespace BriefingCompiler.Translation;

/// <summary>
/// One field of a briefing whose text a translator translates: its logical path (<c>agenda.2.title</c> whether item 2
/// is written as a string or as a mapping), the scalar that holds it, whether it is Markdown, and the line of its key
/// (or list item), above which the author's comments for it are.
/// </summary>
public sealed record TranslatableField(string Path, ScalarNode Node, bool IsMarkdown, int KeyLine, int KeyColumn);
