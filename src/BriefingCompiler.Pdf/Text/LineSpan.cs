namespace BriefingCompiler.Pdf.Text;

/// <summary>A line chosen by the filler: characters [Start, ContentEnd) are drawn, [ContentEnd, End) are the
/// trailing spaces and line break that hang past the edge. <see cref="Mandatory"/> lines end a paragraph or a
/// forced break and are not justified.</summary>
internal readonly record struct LineSpan(int Start, int ContentEnd, int End, bool Mandatory);
