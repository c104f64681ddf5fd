using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// A table and its captions where they stand in their parent's flow: the table at <see cref="TableIndex"/>, the
/// captions around it, from <see cref="First"/> to <see cref="Last"/>. Together they are the table wrapper box
/// (CSS 2.1 §17.4), which takes the table's margins: its top margin goes above the captions above the table and its
/// bottom margin below the captions below it, collapsing with the margins outside; the captions' own margins are
/// inside the wrapper (it is a block formatting context), collapsing only between captions on one side.
/// </summary>
internal readonly record struct WrappedTable(TableBox Table, int TableIndex, int First, int Last)
{
    /// <summary>The margins that adjoin the top of the child at <paramref name="index"/> from the flow before it.</summary>
    public CollapsedMargin TopMargins(Box child, int index, ClearSide floats) =>
        index == First ? MarginCollapsing.TopMargins(Table, floats)
        : index == TableIndex ? CollapsedMargin.Zero
        : CollapsedMargin.Of(child.Style.Margin.Top);

    /// <summary>The margins that adjoin the bottom of the child at <paramref name="index"/> towards the flow after it.</summary>
    public CollapsedMargin BottomMargins(Box child, int index, ClearSide floats) =>
        index == Last ? MarginCollapsing.BottomMargins(Table, floats)
        : index == TableIndex ? CollapsedMargin.Zero
        : CollapsedMargin.Of(child.Style.Margin.Bottom);

    /// <summary>Whether the child at <paramref name="index"/> is the first caption above the table (its top margin comes after the wrapper's).</summary>
    public bool OpensWith(int index) => index == First && index != TableIndex;

    /// <summary>Whether the child at <paramref name="index"/> is the last caption below the table (its bottom margin comes before the wrapper's).</summary>
    public bool ClosesWith(int index) => index == Last && index != TableIndex;

    /// <summary>The tables with captions among <paramref name="children"/>, by the wrapper they share with their captions, or null when there are none.</summary>
    public static Dictionary<TableWrapper, WrappedTable>? Among(IReadOnlyList<Box> children)
    {
        Dictionary<TableWrapper, WrappedTable>? wrappers = null;
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i] is TableBox { Wrapper: { } wrapper } table)
            {
                (wrappers ??= new Dictionary<TableWrapper, WrappedTable>(ReferenceEqualityComparer.Instance))[wrapper] = new WrappedTable(table, i, i, i);
            }
        }

        if (wrappers is null)
        {
            return null;
        }

        for (var i = 0; i < children.Count; i++)
        {
            if (children[i] is not TableBox && children[i].Wrapper is { } wrapper && wrappers.TryGetValue(wrapper, out var wrapped))
            {
                wrappers[wrapper] = wrapped with { First = Math.Min(wrapped.First, i), Last = Math.Max(wrapped.Last, i) };
            }
        }

        return wrappers;
    }
}
