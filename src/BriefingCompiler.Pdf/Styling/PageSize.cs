namespace BriefingCompiler.Pdf.Styling;

/// <summary>A page's width and height in points, as a caller sets it over the document's own <c>@page size</c>.</summary>
public readonly record struct PageSize(float Width, float Height)
{
    /// <summary>PDF's own limits for a page side, in points (ISO 32000-1, annex C).</summary>
    public const float MinimumSide = 3, MaximumSide = 14_400;

    /// <summary>
    /// A size written as CSS writes <c>@page { size }</c>: two lengths (<c>800px 600px</c>, <c>210mm 297mm</c>), one
    /// length for a square, or a name (<c>A4</c>, <c>A5</c>, <c>A3</c>, <c>letter</c>, <c>legal</c>) with an optional
    /// <c>landscape</c>. Null when the text is none of these or the size is outside PDF's limits.
    /// </summary>
    public static PageSize? Parse(string text)
    {
        // Stricter than @page (which skips words it does not know): every word must be a length or a size keyword.
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lengths = words.Count(w => CssValueReader.Length(w, PageStyleParser.DefaultFontSize) is not null);
        if (words.Length == 0 || lengths > 2 || words.Any(w => CssValueReader.Length(w, PageStyleParser.DefaultFontSize) is null && !Keywords.Contains(w)))
            return null;
        return PageStyleParser.Size(text) is var (width, height) && IsUsable(width) && IsUsable(height) ? new PageSize(width, height) : null;
    }

    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase) { "a3", "a4", "a5", "letter", "legal", "portrait", "landscape" };

    public static bool IsUsable(float side) => float.IsFinite(side) && side >= MinimumSide && side <= MaximumSide;
}
