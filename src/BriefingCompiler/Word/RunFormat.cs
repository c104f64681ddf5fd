namespace BriefingCompiler.Word;

/// <summary>Inline formatting from Markdown emphasis.</summary>
internal readonly record struct RunFormat(bool Bold = false, bool Italic = false, bool Strike = false, bool Code = false);
