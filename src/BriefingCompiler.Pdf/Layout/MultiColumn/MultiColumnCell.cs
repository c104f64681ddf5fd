using BriefingCompiler.Pdf.Boxes;

namespace BriefingCompiler.Pdf.Layout.MultiColumn;

/// <summary>
/// A table cell that is a multi-column container (CSS Multi-column 1 applies to block containers, table cells among
/// them): the cell keeps its own box — its borders, padding, height and vertical alignment — and its content goes
/// into an anonymous block filling its content box that is the multi-column container, so the table sees a cell
/// like any other and the columns are laid out, balanced and measured as a block's are.
/// </summary>
public static class MultiColumnCell
{
    /// <summary>The cell with its content in the anonymous multi-column block; the cell's style keeps no columns.</summary>
    public static TableCellBox Of(TableCellBox cell)
    {
        var style = cell.Style;
        var columns = new BlockBox(style.Anonymous(Styling.Display.Block) with { MultiColumn = style.MultiColumn, FormattingContextRoot = true }, cell.Children);
        return cell with { Style = style with { MultiColumn = null }, Children = [columns] };
    }
}
