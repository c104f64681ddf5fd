using System.Collections.Frozen;
using AngleSharp.Css;
using AngleSharp.Dom;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// Walks the styled DOM and builds the box tree: blocks, anonymous paragraphs for inline content, list items
/// with their markers, tables with header and body rows. Elements the engine cannot draw are reported once
/// per kind and left out.
/// </summary>
public sealed class BoxTreeBuilder(StyleResolver resolver, MessageLog log, AngleSharp.Css.IRenderDevice renderDevice)
{
    private static readonly FrozenSet<string> UnsupportedElements = new[]
    {
        "img", "svg", "picture", "video", "audio", "canvas", "iframe", "object", "embed", "input", "button",
        "select", "textarea", "math", "progress", "meter",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public BlockBox Build(IDocument document)
    {
        var window = document.DefaultView ?? throw new InvalidOperationException("The document has no window to compute styles in.");
        var css = new ComputedDeclarations(window.GetStyleCollection(renderDevice));
        var root = document.DocumentElement;
        var rootStyle = Style(css, root, new ComputedStyle { Display = Display.Block }) with { Display = Display.Block };
        return new BlockBox(rootStyle, Children(css, root, rootStyle), root.Id);
    }

    private static ComputedStyle Style(ComputedDeclarations css, IElement element, ComputedStyle parent, StyleResolver resolver) =>
        resolver.Resolve(css.For(element), parent, element.LocalName);

    private ComputedStyle Style(ComputedDeclarations css, IElement element, ComputedStyle parent) => Style(css, element, parent, resolver);

    private List<Box> Children(ComputedDeclarations css, IElement parent, ComputedStyle parentStyle)
    {
        var boxes = new List<Box>();
        var inline = new InlineCollector();
        var ordinal = FirstOrdinal(parent) - 1;
        foreach (var node in parent.ChildNodes)
        {
            if (node is IText text)
            {
                inline.Add(text.Data, parentStyle, RootTag(parentStyle));
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var style = Style(css, element, parentStyle);
            if (style.Display == Display.None || !IsSupported(element))
            {
                continue;
            }

            if (style.Display == Display.Inline)
            {
                AddInline(css, element, style, inline, RootTag(parentStyle));
                continue;
            }

            Flush(inline, parentStyle, boxes);
            if (style.Display == Display.ListItem)
            {
                ordinal = int.TryParse(element.GetAttribute("value"), out var value) ? value : ordinal + 1;
            }

            boxes.AddRange(BlockLevel(css, element, style, ordinal));
        }

        Flush(inline, parentStyle, boxes);
        return boxes;
    }

    private static InlineTag RootTag(ComputedStyle style) => new(null, null, style.Underline, style.LineThrough);

    private static int FirstOrdinal(IElement list) =>
        list.LocalName == "ol" && int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;

    private static void Flush(InlineCollector inline, ComputedStyle blockStyle, List<Box> boxes)
    {
        if (inline.HasContent && inline.Flush(blockStyle) is { } paragraph)
        {
            boxes.Add(paragraph);
        }
    }

    private bool IsSupported(IElement element)
    {
        if (!UnsupportedElements.Contains(element.LocalName))
        {
            return true;
        }

        log.WarnOnce("PDF120", "<" + element.LocalName + ">", $"The <{element.LocalName}> element is not supported by the PDF engine; it is left out of the PDF.");
        return false;
    }

    private void AddInline(ComputedDeclarations css, IElement element, ComputedStyle style, InlineCollector inline, InlineTag parentTag)
    {
        if (element.Id is { Length: > 0 } id)
        {
            inline.Anchor(id);
        }
        else if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name)
        {
            inline.Anchor(name);
        }

        var href = element.LocalName == "a" ? element.GetAttribute("href")?.Trim() : null;
        var bordered = style.BorderTop.IsVisible || style.BorderRight.IsVisible || style.BorderBottom.IsVisible || style.BorderLeft.IsVisible;
        if (style.WhiteSpace == WhiteSpace.NoWrap && !InheritsNoWrap(css, element))
        {
            log.WarnOnce("PDF125", "inline nowrap", $"white-space: nowrap on an inline element (<{element.LocalName}>) is not supported by the PDF engine (only on blocks and cells); its text may wrap.");
        }

        if (style.Padding.Horizontal != 0 || style.Margin.Horizontal != 0)
        {
            log.WarnOnce("PDF124", "inline spacing", $"Horizontal padding and margins of inline elements (<{element.LocalName}>) are not laid out by the PDF engine; their borders and backgrounds are drawn around the text.");
        }

        var tag = new InlineTag(
            string.IsNullOrEmpty(href) ? parentTag.Href : href,
            null,
            style.Underline,
            style.LineThrough,
            style.BackgroundColor != 0 ? style.BackgroundColor : parentTag.Background,
            bordered ? style : parentTag.Box);
        if (element.LocalName == "br")
        {
            inline.AddBreak(style, tag);
            return;
        }

        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                inline.Add(text.Data, style, tag);
            }
            else if (node is IElement child)
            {
                var childStyle = Style(css, child, style);
                if (childStyle.Display == Display.None || !IsSupported(child))
                {
                    continue;
                }

                if (childStyle.Display != Display.Inline)
                {
                    log.WarnOnce("PDF121", "block in inline", $"A block (<{child.LocalName}>) inside an inline element (<{element.LocalName}>) is not supported by the PDF engine; its text is set inline.");
                }

                AddInline(css, child, childStyle with { Display = Display.Inline }, inline, tag);
            }
        }
    }

    /// <summary>Whether nowrap comes from the block around the inline (then the whole paragraph is unbroken).</summary>
    private static bool InheritsNoWrap(ComputedDeclarations css, IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            var declarations = css.For(parent);
            if (declarations.GetPropertyValue("display") is not ("inline" or ""))
            {
                return declarations.GetPropertyValue("white-space") == "nowrap";
            }
        }

        return false;
    }

    private IEnumerable<Box> BlockLevel(ComputedDeclarations css, IElement element, ComputedStyle style, int ordinal)
    {
        switch (style.Display)
        {
            case Display.Table:
                return Table(css, element, style);
            case Display.ListItem:
                var marker = ListMarkerFormatter.Format(style.ListStyleType, ordinal);
                if (marker is null)
                {
                    log.WarnOnce("PDF122", "list-style-type:" + style.ListStyleType, $"list-style-type '{style.ListStyleType}' is not supported by the PDF engine; a bullet is used.");
                    marker = "•";
                }

                return [new ListItemBox(style, marker, Children(css, element, style), NullIfEmpty(element.Id))];
            default:
                var bookmark = element.LocalName is "h1" or "h2" or "h3"
                    ? new Bookmark(element.LocalName[1] - '0', CollapsedText(element.TextContent))
                    : null;
                return [new BlockBox(style with { Display = Display.Block }, Children(css, element, style), NullIfEmpty(element.Id), bookmark)];
        }
    }

    private IEnumerable<Box> Table(ComputedDeclarations css, IElement table, ComputedStyle style)
    {
        var before = new List<Box>();
        var after = new List<Box>();
        var header = new List<TableRowBox>();
        var body = new List<TableRowBox>();
        var footer = new List<TableRowBox>();
        var columns = new List<CssLength?>();
        var bareRows = new List<(IElement Row, ComputedStyle Style)>();
        void FlushBareRows()
        {
            // Rows directly in the table form an anonymous row group: rowspans stop at its end.
            body.AddRange(RowGroup(css, bareRows));
            bareRows.Clear();
        }

        foreach (var child in table.Children)
        {
            if (child.LocalName is "colgroup" or "col")
            {
                Columns(css, child, style, columns);
                continue;
            }

            var childStyle = Style(css, child, style);
            if (childStyle.Display == Display.TableRow)
            {
                bareRows.Add((child, childStyle));
                continue;
            }

            FlushBareRows();
            switch (childStyle.Display)
            {
                case Display.None:
                    break;
                case Display.TableHeaderGroup:
                    header.AddRange(Rows(css, child, childStyle));
                    break;
                case Display.TableRowGroup:
                    body.AddRange(Rows(css, child, childStyle));
                    break;
                case Display.TableFooterGroup:
                    footer.AddRange(Rows(css, child, childStyle));
                    break;
                default:
                    // A caption (or stray block) goes above the table, or below with caption-side: bottom.
                    var side = css.For(child).GetPropertyValue("caption-side");
                    (side == "bottom" ? after : before).Add(new BlockBox(childStyle with { Display = Display.Block }, Children(css, child, childStyle), NullIfEmpty(child.Id)));
                    break;
            }
        }

        FlushBareRows();
        body.AddRange(footer);
        var columnCount = header.Concat(body).SelectMany(r => r.Cells).Select(c => c.Column + c.ColumnSpan).DefaultIfEmpty(0).Max();
        before.Add(new TableBox(style, header, body, columnCount, NullIfEmpty(table.Id)) { ColumnWidths = columns });
        before.AddRange(after);
        return before;
    }

    /// <summary>The widths <c>col</c> elements give (a <c>colgroup</c> without them counts <c>span</c> columns of its own width).</summary>
    private void Columns(ComputedDeclarations css, IElement element, ComputedStyle tableStyle, List<CssLength?> columns)
    {
        var style = Style(css, element, tableStyle, resolver);
        var width = style.Width ?? HtmlWidth(element.GetAttribute("width"));
        var cols = element.LocalName == "colgroup" ? element.Children.Where(c => c.LocalName == "col").ToArray() : [];
        if (cols.Length > 0)
        {
            foreach (var col in cols)
            {
                var colStyle = Style(css, col, style, resolver);
                var colWidth = colStyle.Width ?? HtmlWidth(col.GetAttribute("width")) ?? width;
                columns.AddRange(Enumerable.Repeat(colWidth, SpanOf(col.GetAttribute("span"))));
            }

            return;
        }

        columns.AddRange(Enumerable.Repeat(width, SpanOf(element.GetAttribute("span"))));
    }

    private static int SpanOf(string? attribute) => int.TryParse(attribute, out var span) && span > 1 ? Math.Min(span, 1000) : 1;

    /// <summary>The HTML width attribute: pixels ("120") or a percentage ("30%").</summary>
    private static CssLength? HtmlWidth(string? attribute)
    {
        if (string.IsNullOrWhiteSpace(attribute))
        {
            return null;
        }

        var text = attribute.Trim();
        var percent = text.EndsWith('%');
        return float.TryParse(percent ? text[..^1] : text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0 && float.IsFinite(value)
            ? new CssLength(percent ? value : value * 0.75f, percent)
            : null;
    }

    private IEnumerable<TableRowBox> Rows(ComputedDeclarations css, IElement group, ComputedStyle groupStyle) =>
        RowGroup(css, group.Children
            .Select(row => (Row: row, Style: Style(css, row, groupStyle)))
            .Where(r => r.Style.Display == Display.TableRow)
            .ToArray());

    /// <summary>
    /// The rows of one row group with their cells placed on the grid (HTML's table model): a cell takes the
    /// first column not covered by a cell from a row above that spans down into this one; a rowspan stops at
    /// the group's end (rowspan="0" reaches it).
    /// </summary>
    private List<TableRowBox> RowGroup(ComputedDeclarations css, IReadOnlyList<(IElement Row, ComputedStyle Style)> rows)
    {
        var result = new List<TableRowBox>(rows.Count);
        var coveredUntil = new List<int>();
        for (var r = 0; r < rows.Count; r++)
        {
            var (row, rowStyle) = rows[r];
            var cells = new List<TableCellBox>();
            var column = 0;
            foreach (var cell in row.Children)
            {
                var cellStyle = Style(css, cell, rowStyle);
                if (cellStyle.Display == Display.None)
                {
                    continue;
                }

                while (column < coveredUntil.Count && coveredUntil[column] > r)
                {
                    column++;
                }

                var span = SpanOf(cell.GetAttribute("colspan"));
                var rowSpan = int.TryParse(cell.GetAttribute("rowspan"), out var rs) && rs != 1
                    ? rs == 0 ? rows.Count - r : Math.Clamp(rs, 1, rows.Count - r)
                    : 1;
                while (coveredUntil.Count < column + span)
                {
                    coveredUntil.Add(0);
                }

                for (var c = column; c < column + span; c++)
                {
                    coveredUntil[c] = r + rowSpan;
                }

                cells.Add(new TableCellBox(cellStyle with { Display = Display.TableCell }, Children(css, cell, cellStyle), span, NullIfEmpty(cell.Id), column, rowSpan));
                column += span;
            }

            result.Add(new TableRowBox(rowStyle, cells, NullIfEmpty(row.Id)));
        }

        return result;
    }

    private static string? NullIfEmpty(string? id) => string.IsNullOrEmpty(id) ? null : id;

    private static string CollapsedText(string text) =>
        string.Join(' ', text.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
}
