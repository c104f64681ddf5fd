using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// A node of the box tree: immutable, built once from the styled HTML, laid out as often as needed.
/// <see cref="Id"/> is the element's id (a target for in-document links). <see cref="Semantics"/> is what the element
/// is to a reader (heading, list, table cell, figure…), carried unchanged through layout to the painters.
/// </summary>
public abstract record Box(ComputedStyle Style, string? Id)
{
    /// <summary>The element's role for readers; null for a box that only groups others (a div) or that no element made.</summary>
    public ElementSemantics? Semantics { get; init; }

    /// <summary>The named strings the element sets (<c>string-set</c>), in the order written; null for none. A page's strings
    /// are set where the box begins (not where it continues).</summary>
    public IReadOnlyList<StringSet>? StringSets { get; init; }

    /// <summary>The value a <c>counter-reset: page N</c> on the element gives the page counter of the page it begins on; null for none.</summary>
    public int? PageCounterReset { get; init; }

    /// <summary>On a table with captions and on each of its captions: the table wrapper they share; null elsewhere.</summary>
    public TableWrapper? Wrapper { get; init; }

    /// <summary>On the empty block left where a running element was (<c>position: running(name)</c>): that element; null elsewhere.</summary>
    public RunningElement? Running { get; init; }
}
