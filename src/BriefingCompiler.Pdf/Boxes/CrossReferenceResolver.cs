using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// Sets the text of every cross-reference run (<see cref="InlineTag.Reference"/>) of a box tree: a new tree in which
/// only the paragraphs holding references, and the boxes above them, are new records; every other box is the same
/// object, so a layout of the new tree finds the lines of unchanged paragraphs already broken.
/// </summary>
public static class CrossReferenceResolver
{
    public static BlockBox Resolve(BlockBox root, Func<CrossReference, string> text) => (BlockBox)Box(root, text);

    private static Box Box(Box box, Func<CrossReference, string> text) => box switch
    {
        ParagraphBox paragraph => Paragraph(paragraph, text),
        TableBox table => Rows(table.HeaderRows, text) is var header && Rows(table.BodyRows, text) is var body
            && (!ReferenceEquals(header, table.HeaderRows) || !ReferenceEquals(body, table.BodyRows))
                ? table with { HeaderRows = header, BodyRows = body }
                : table,
        BlockBox block => Children(block.Children, text) is var children && !ReferenceEquals(children, block.Children) ? block with { Children = children } : block,
        ListItemBox item => Children(item.Children, text) is var children && !ReferenceEquals(children, item.Children) ? item with { Children = children } : item,
        TableCellBox cell => Children(cell.Children, text) is var children && !ReferenceEquals(children, cell.Children) ? cell with { Children = children } : cell,
        _ => box,
    };

    /// <summary>The same list when no child changed, else a new one.</summary>
    private static IReadOnlyList<Box> Children(IReadOnlyList<Box> children, Func<CrossReference, string> text)
    {
        Box[]? changed = null;
        for (var i = 0; i < children.Count; i++)
        {
            var child = Box(children[i], text);
            if (changed is null && !ReferenceEquals(child, children[i]))
                changed = [.. children];
            if (changed is not null)
                changed[i] = child;
        }

        return changed ?? children;
    }

    private static IReadOnlyList<TableRowBox> Rows(IReadOnlyList<TableRowBox> rows, Func<CrossReference, string> text)
    {
        TableRowBox[]? changed = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var cells = Cells(row.Cells, text);
            if (changed is null && !ReferenceEquals(cells, row.Cells))
                changed = [.. rows];
            if (changed is not null)
                changed[i] = ReferenceEquals(cells, row.Cells) ? row : row with { Cells = cells };
        }

        return changed ?? rows;
    }

    private static IReadOnlyList<TableCellBox> Cells(IReadOnlyList<TableCellBox> cells, Func<CrossReference, string> text)
    {
        TableCellBox[]? changed = null;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = (TableCellBox)Box(cells[i], text);
            if (changed is null && !ReferenceEquals(cell, cells[i]))
                changed = [.. cells];
            if (changed is not null)
                changed[i] = cell;
        }

        return changed ?? cells;
    }

    /// <summary>The paragraph with its reference runs set (and references inside its footnotes' bodies); itself when it has none.</summary>
    private static ParagraphBox Paragraph(ParagraphBox paragraph, Func<CrossReference, string> text)
    {
        TextRun[]? changed = null;
        for (var i = 0; i < paragraph.Runs.Count; i++)
        {
            var run = paragraph.Runs[i];
            var resolved = run.Tag switch
            {
                InlineTag { Reference: { } reference } => text(reference) is var value && value != run.Text ? run with { Text = value } : run,
                InlineTag { Footnote: { } note } tag => Box(note, text) is BlockBox body && !ReferenceEquals(body, note) ? run with { Tag = tag with { Footnote = body } } : run,
                _ => run,
            };
            if (changed is null && !ReferenceEquals(resolved, run))
                changed = [.. paragraph.Runs];
            if (changed is not null)
                changed[i] = resolved;
        }

        // The first line's runs hold the same references: set alike, so both keep the same text.
        return changed is null ? paragraph : paragraph with { Runs = changed, FirstLine = paragraph.FirstLine is { } firstLine ? Paragraph(firstLine, text) : null };
    }
}
