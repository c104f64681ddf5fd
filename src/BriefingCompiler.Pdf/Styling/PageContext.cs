namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// What the page selectors of one page test (CSS Paged Media 3 §4.3, CSS GCPM 3 §5): its index in the document (0 is
/// the first page), its name (the <c>page</c> value its first box starts with; null for an unnamed page), whether it is
/// a left page (a right page otherwise: the first page of a left-to-right document is a right page), whether it is blank,
/// and its index among the pages of its name that run without a break to another name (for <c>:nth(An+B of name)</c>).
/// </summary>
public readonly record struct PageContext(int Index, string? Name, bool IsLeft, bool IsBlank, int IndexInName)
{
    /// <summary>An unnamed, not blank page at <paramref name="index"/> of a document whose first page is a right page.</summary>
    public static PageContext Unnamed(int index) => new(index, null, IsLeftPage(index, false), false, index);

    /// <summary>Whether the page at <paramref name="index"/> is a left page: pages alternate from a right first page in a
    /// left-to-right document, a left one in a right-to-left document (§4.3.2).</summary>
    public static bool IsLeftPage(int index, bool rightToLeft) => index % 2 == (rightToLeft ? 0 : 1);
}
