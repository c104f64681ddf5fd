namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// One @page rule as written (one selector of its list): the page's own declarations and each margin box's, in source
/// order; <see cref="Order"/> is its place among the document's @page rules (the cascade's last tie-breaker).
/// </summary>
public sealed record PageRule(
    PageSelector Selector,
    int Order,
    IReadOnlyList<(string Name, string Value)> Declarations,
    IReadOnlyDictionary<MarginBoxPosition, IReadOnlyList<(string Name, string Value)>> MarginBoxes);
