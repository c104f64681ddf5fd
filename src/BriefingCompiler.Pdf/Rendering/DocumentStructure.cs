using BriefingCompiler.Pdf.Boxes;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>
/// The document's logical structure, made from the box tree in document order: headings, paragraphs, lists with
/// their labels and bodies, tables with row groups, rows and header or data cells, figures, links, spans in another
/// language. Boxes that only group others (a div) add no node: what they hold belongs to the node around them. Text
/// directly in a section (not in a p) gets a paragraph node of its own. The painter asks which node a box or a
/// run's inline element belongs to and names it on the content it paints; the PDF writer makes the tags.
/// </summary>
public sealed class DocumentStructure
{
    private readonly Dictionary<object, StructureNode> nodes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ListItemBox, (StructureNode? Label, StructureNode Body)> listItems = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ReplacedBox, StructureNode> linksAroundImages = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Box> decorative = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<TableRowBox> headerRows = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<TableRowBox, BoxFragmentKey> headerRowsPainted = new(ReferenceEqualityComparer.Instance);

    private DocumentStructure(BlockBox root)
    {
        Root = new StructureNode(StructureRole.Document, root.Semantics, null);
        nodes[root] = Root;
        var container = (ContainerBox)root;
        foreach (var child in container.Children)
        {
            Walk(child, Root);
        }
    }

    /// <summary>The document node, the root of the tree.</summary>
    public StructureNode Root { get; }

    public static DocumentStructure Of(BlockBox root) => new(root);

    /// <summary>The node a box's content belongs to: its own, or null when the box has none (its parent's is meant).</summary>
    public StructureNode? NodeOf(Box box) => nodes.GetValueOrDefault(box);

    /// <summary>The node of an inline element (a link, a span in another language).</summary>
    public StructureNode? NodeOf(ElementSemantics semantics) => nodes.GetValueOrDefault(semantics);

    /// <summary>A list item's label (its marker; null when it has none) and body (its content).</summary>
    public (StructureNode? Label, StructureNode Body)? PartsOf(ListItemBox item) =>
        listItems.TryGetValue(item, out var parts) ? parts : null;

    /// <summary>The link node around an image inside <c>a href</c>.</summary>
    public StructureNode? LinkAround(ReplacedBox image) => linksAroundImages.GetValueOrDefault(image);

    /// <summary>Whether a box is decoration only (an image with <c>alt=""</c>): painted as an artifact, in no node.</summary>
    public bool IsDecorative(Box box) => decorative.Contains(box);

    /// <summary>
    /// Whether this fragment of a table's header row repeats it on a later page: the repeat is drawn for the eye
    /// (an artifact), the row's content is in the tree once. Asked in paint order; the first fragment painted is the row.
    /// </summary>
    public bool IsRepeatedHeader(Layout.BoxFragment fragment)
    {
        if (fragment.Box is not TableRowBox row || !headerRows.Contains(row) || fragment.IsContinuation) return false;
        var key = new BoxFragmentKey(fragment);
        return !headerRowsPainted.TryAdd(row, key) && !ReferenceEquals(headerRowsPainted[row].Fragment, fragment);
    }

    /// <summary>A fragment compared by identity (fragments are records: two repeats of a row may be equal in value).</summary>
    private readonly record struct BoxFragmentKey(Layout.BoxFragment Fragment);

    private void Walk(Box box, StructureNode parent)
    {
        switch (box)
        {
            case ParagraphBox paragraph:
                Paragraph(paragraph, parent);
                break;
            case ListItemBox item:
                ListItem(item, parent);
                break;
            case TableBox table:
                Table(table, parent);
                break;
            case ReplacedBox image:
                Image(image, parent);
                break;
            case RubyBox ruby:
                // Each base is read before its annotation (their runs carry the RB and RT under the ruby's Ruby).
                foreach (var pair in ruby.Pairs)
                {
                    if (pair.Base is { } rubyBase)
                        Paragraph(rubyBase, parent);
                    if (pair.Annotation is { } annotation)
                        Paragraph(annotation, parent);
                }

                break;
            case ContainerBox container:
                var node = container.Semantics is { } semantics ? Own(container, parent, semantics) : parent;
                foreach (var child in container.Children)
                {
                    Walk(child, node);
                }

                break;
        }
    }

    private StructureNode Own(Box box, StructureNode parent, ElementSemantics semantics, HeaderScope scope = HeaderScope.Unknown)
    {
        var node = parent.Add(semantics.Role, semantics, scope);
        nodes[box] = node;
        return node;
    }

    /// <summary>A paragraph's runs: text loose in a section or the document is a paragraph of its own; in a p, heading,
    /// cell, caption or list body it is that element's. Inline elements with a role get their nodes in reading order.</summary>
    private void Paragraph(ParagraphBox paragraph, StructureNode parent)
    {
        // Images or inline-blocks alone in a line (a logo in a section) are read as themselves, not as a paragraph.
        var onlyObjects = paragraph.Runs.All(run => run.ObjectWidth is not null || string.IsNullOrWhiteSpace(run.Text));
        var node = !onlyObjects && parent.Role is StructureRole.Document or StructureRole.Section or StructureRole.BlockQuote or StructureRole.Note
            ? parent.Add(StructureRole.Paragraph, null)
            : parent;
        if (!ReferenceEquals(node, parent))
        {
            nodes[paragraph] = node;
        }

        foreach (var run in paragraph.Runs)
        {
            if (run.Tag is InlineTag { Semantics: { } semantics })
            {
                InlineNode(semantics, node);
            }

            if (run.Tag is InlineTag { Atomic: { } atomic })
            {
                // An inline-block or an image in a line is read where it stands, inside the inline element around it.
                Walk(atomic, run.Tag is InlineTag { Semantics: { } around } ? InlineNode(around, node) : node);
            }

            if (run.Tag is InlineTag { Positioned: { } positioned })
            {
                // A positioned box in the text is read where it stands in it, as an inline-block is.
                Walk(positioned, run.Tag is InlineTag { Semantics: { } around } ? InlineNode(around, node) : node);
            }

            if (run.Tag is InlineTag { Footnote: { } footnote } && !nodes.ContainsKey(footnote))
            {
                // A footnote is read where it is called (a Note in the paragraph), though it is painted at the page's foot.
                var note = node.Add(StructureRole.Note, footnote.Semantics);
                nodes[footnote] = note;
                foreach (var child in footnote.Children)
                {
                    Walk(child, note);
                }
            }
        }
    }

    private StructureNode InlineNode(ElementSemantics semantics, StructureNode paragraph)
    {
        if (nodes.TryGetValue(semantics, out var known))
        {
            return known;
        }

        var parent = semantics.InlineParent is { } around ? InlineNode(around, paragraph) : paragraph;
        var node = parent.Add(semantics.Role, semantics);
        nodes[semantics] = node;
        return node;
    }

    private void ListItem(ListItemBox item, StructureNode parent)
    {
        var node = Own(item, parent, item.Semantics ?? new ElementSemantics { Role = StructureRole.ListItem });
        var label = item.Marker.Length > 0 || item.MarkerImage is not null ? node.Add(StructureRole.ListLabel, null) : null;
        var body = node.Add(StructureRole.ListBody, null);
        listItems[item] = (label, body);
        foreach (var child in item.Children)
        {
            Walk(child, body);
        }
    }

    private void Table(TableBox table, StructureNode parent)
    {
        var node = Own(table, parent, table.Semantics ?? new ElementSemantics { Role = StructureRole.Table });
        if (table.HeaderRows.Count > 0)
        {
            var head = node.Add(StructureRole.TableHead, null);
            foreach (var row in table.HeaderRows)
            {
                headerRows.Add(row);
                Row(row, head, HeaderScope.Column);
            }

            var body = table.BodyRows.Count > 0 ? node.Add(StructureRole.TableBody, null) : node;
            foreach (var row in table.BodyRows)
            {
                Row(row, body, HeaderScope.Row);
            }

            return;
        }

        // Without a thead, a row of header cells only is the column headers; a th among data cells heads its row.
        foreach (var row in table.BodyRows)
        {
            var allHeaders = row.Cells.Count > 0 && row.Cells.All(c => c.Semantics?.Role == StructureRole.TableHeaderCell);
            Row(row, node, allHeaders ? HeaderScope.Column : HeaderScope.Row);
        }
    }

    private void Row(TableRowBox row, StructureNode parent, HeaderScope headerScope)
    {
        var node = Own(row, parent, row.Semantics ?? new ElementSemantics { Role = StructureRole.TableRow });
        foreach (var cell in row.Cells)
        {
            var semantics = cell.Semantics ?? new ElementSemantics { Role = StructureRole.TableDataCell };
            var scope = semantics.Role != StructureRole.TableHeaderCell ? HeaderScope.Unknown
                : semantics.Scope != HeaderScope.Unknown ? semantics.Scope : headerScope;
            var cellNode = Own(cell, node, semantics, scope);
            foreach (var child in cell.Children)
            {
                Walk(child, cellNode);
            }
        }
    }

    private void Image(ReplacedBox image, StructureNode parent)
    {
        if (image.Semantics is not { } semantics || semantics.Alt is { Length: 0 } || (semantics.Alt is null && image.Alt is { Length: 0 }))
        {
            // alt="": the author says the image is decoration.
            decorative.Add(image);
            return;
        }

        if (image.Href is { Length: > 0 } && parent.Role == StructureRole.Link)
        {
            // An image set in a line inside the link's text: that link is its link.
            linksAroundImages[image] = parent;
        }
        else if (image.Href is { Length: > 0 } href)
        {
            var link = parent.Add(StructureRole.Link, new ElementSemantics { Role = StructureRole.Link, Href = href });
            linksAroundImages[image] = link;
            parent = link;
        }

        Own(image, parent, semantics);
    }
}
