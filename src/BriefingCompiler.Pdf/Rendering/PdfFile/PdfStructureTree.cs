using System.Globalization;
using System.Text;
using BriefingCompiler.Pdf.Boxes;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// The tagged PDF's structure tree (ISO 32000-1 §14.7, §14.8): a structure element per <see cref="StructureNode"/> that
/// holds content, the marked-content sequences (MCIDs) and link annotations (OBJR) of each in the order the pages show
/// them, the parent tree that leads from a page's MCIDs and from an annotation back to its element. Elements without
/// any content are left out, except the cells of a table (a table stays a grid) and the document itself.
/// </summary>
internal sealed class PdfStructureTree(PdfObjectWriter writer, StructureNode root)
{
    private readonly Dictionary<StructureNode, Element> elements = new(ReferenceEqualityComparer.Instance);
    private readonly List<(int Key, string Value)> parentTree = [];

    /// <summary>Table cells' ids (HTML <c>id</c>, the first cell of each) and their elements, for /ID, /Headers and the IDTree.</summary>
    private readonly SortedDictionary<string, int> ids = new(StringComparer.Ordinal);
    private HashSet<string> cellIds = [];
    private int nextKey;

    /// <summary>The StructTreeRoot's object number (the catalog refers to it).</summary>
    public int Number { get; } = writer.Reserve();

    /// <summary>
    /// A page's marked content and annotations, in content order: each MCID and annotation joins its element's kids
    /// (and the element its parent's, on its first content). Returns the page's /StructParents key, or null when the page
    /// holds no marked content.
    /// </summary>
    public int? AddPage(int pageObject, IReadOnlyList<MarkedItem> items, IReadOnlyDictionary<PaintCommand, int> annotations, Dictionary<int, int> annotationKeys)
    {
        var mcidElements = new List<int>();
        foreach (var item in items)
        {
            var element = Attach(item.Node);
            if (item.Annotation is { } link && annotations.TryGetValue(link, out var annotation))
            {
                element.Kids.Add(new Kid(null, pageObject, -1, annotation));
                var key = nextKey++;
                parentTree.Add((key, PdfSyntax.Reference(element.Number)));
                annotationKeys[annotation] = key;
            }
            else if (item.Annotation is null)
            {
                element.Kids.Add(new Kid(null, pageObject, item.Mcid, 0));
                element.Page ??= pageObject;
                mcidElements.Add(element.Number);
            }
        }

        if (mcidElements.Count == 0) return null;
        var pageKey = nextKey++;
        parentTree.Add((pageKey, "[" + string.Join(' ', mcidElements.Select(PdfSyntax.Reference)) + "]"));
        return pageKey;
    }

    /// <summary>Writes the elements and the StructTreeRoot.</summary>
    public void Write()
    {
        var document = Attach(root);
        cellIds = CellIds(root);
        WriteElement(root, document, Number);
        var nums = new StringBuilder();
        foreach (var (key, value) in parentTree.OrderBy(p => p.Key)) nums.Append(key.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(value).Append(' ');
        // The ID tree (§14.7.2) leads from an id in a cell's /Headers to that cell's element; keys sorted as bytes.
        var idTree = ids.Count == 0 ? "" : "/IDTree<</Names[" + string.Join(' ', ids.Select(p => PdfSyntax.ByteString(p.Key) + " " + PdfSyntax.Reference(p.Value))) + "]>>";
        writer.Add(Number, $"<</Type/StructTreeRoot/K {PdfSyntax.Reference(document.Number)}/ParentTree<</Nums[{nums.ToString().TrimEnd()}]>>/ParentTreeNextKey {nextKey}{idTree}>>");
    }

    /// <summary>The ids of the table cells of the tree that will be written: cells of tables with content (rows keep all
    /// their cells). A <c>headers</c> id not among them names nothing in the PDF and is left out.</summary>
    private HashSet<string> CellIds(StructureNode node)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        void Visit(StructureNode n)
        {
            if (n.Role is StructureRole.TableHeaderCell or StructureRole.TableDataCell && n.Semantics?.CellId is { } id && IsWritten(n)) found.Add(id);
            foreach (var child in n.Children) Visit(child);
        }

        Visit(node);
        return found;
    }

    /// <summary>A cell is written when its table is: a table with content (attached) keeps all its parts, rows and cells.</summary>
    private bool IsWritten(StructureNode cell)
    {
        var table = cell.Parent;
        while (table is not null && table.Role != StructureRole.Table) table = table.Parent;
        return table is not null && elements.ContainsKey(table);
    }

    /// <summary>The PDF standard structure type of a node (§14.8.4).</summary>
    public static string TypeName(StructureNode node) => node.Role switch
    {
        StructureRole.Document => "Document",
        StructureRole.Section => "Sect",
        StructureRole.Heading => node.Semantics?.Level is >= 1 and <= 6 and var level ? "H" + level.ToString(CultureInfo.InvariantCulture) : "H",
        StructureRole.Paragraph => "P",
        StructureRole.List => "L",
        StructureRole.ListItem => "LI",
        StructureRole.ListLabel => "Lbl",
        StructureRole.ListBody => "LBody",
        StructureRole.Table => "Table",
        StructureRole.TableHead => "THead",
        StructureRole.TableBody => "TBody",
        StructureRole.TableFoot => "TFoot",
        StructureRole.TableRow => "TR",
        StructureRole.TableHeaderCell => "TH",
        StructureRole.TableDataCell => "TD",
        StructureRole.Caption => "Caption",
        StructureRole.Figure => "Figure",
        StructureRole.Link => "Link",
        StructureRole.Span => "Span",
        StructureRole.BlockQuote => "BlockQuote",
        StructureRole.Note => "Note",
        StructureRole.Code => "Code",
        StructureRole.Ruby => "Ruby",
        StructureRole.RubyBase => "RB",
        StructureRole.RubyText => "RT",
        _ => "Span",
    };

    /// <summary>Table parts keep all their children, content or not, so that every row has its cells.</summary>
    private static bool KeepsAllChildren(StructureNode node) =>
        node.Role is StructureRole.Table or StructureRole.TableHead or StructureRole.TableBody or StructureRole.TableFoot or StructureRole.TableRow;

    private Element Attach(StructureNode node)
    {
        if (elements.TryGetValue(node, out var known)) return known;
        var element = new Element(writer.Reserve());
        elements.Add(node, element);
        if (node.Parent is { } parent)
        {
            var parentElement = Attach(parent);
            if (!KeepsAllChildren(parent)) parentElement.Kids.Add(new Kid(node, 0, -1, 0));
        }

        return element;
    }

    private void WriteElement(StructureNode node, Element element, int parentNumber)
    {
        // The kids are written into the body as they come (each element is one short string, not a list of them).
        var body = new StringBuilder("<</Type/StructElem/S/").Append(TypeName(node)).Append("/P ").Append(parentNumber).Append(" 0 R");
        if (element.Page is { } page) body.Append("/Pg ").Append(page).Append(" 0 R");
        body.Append("/K[");
        var first = true;
        StringBuilder Kid()
        {
            if (!first) body.Append(' ');
            first = false;
            return body;
        }

        void Child(StructureNode child)
        {
            var childElement = Attach(child);
            WriteElement(child, childElement, element.Number);
            Kid().Append(childElement.Number).Append(" 0 R");
        }

        if (KeepsAllChildren(node))
        {
            foreach (var child in node.Children) Child(child);
        }

        foreach (var kid in element.Kids)
        {
            if (kid.Node is { } child) Child(child);
            else if (kid.Annotation > 0) Kid().Append("<</Type/OBJR/Obj ").Append(kid.Annotation).Append(" 0 R/Pg ").Append(kid.Page).Append(" 0 R>>");
            else if (kid.Page == element.Page) Kid().Append(kid.Mcid);
            else Kid().Append("<</Type/MCR/Pg ").Append(kid.Page).Append(" 0 R/MCID ").Append(kid.Mcid).Append(">>");
        }

        body.Append(']');
        var semantics = node.Semantics;
        if (node.Role == StructureRole.Figure && semantics?.Alt is { Length: > 0 } alt) body.Append("/Alt ").Append(PdfSyntax.TextString(alt));
        if (semantics?.Language is { } language) body.Append("/Lang ").Append(PdfSyntax.TextString(language));
        if (node.Role is StructureRole.TableHeaderCell or StructureRole.TableDataCell)
        {
            if (semantics?.CellId is { } id && ids.TryAdd(id, element.Number)) body.Append("/ID ").Append(PdfSyntax.ByteString(id));
            var headers = (semantics?.Headers ?? []).Where(h => h != semantics?.CellId && cellIds.Contains(h)).Distinct().ToList();
            var scope = node.Role == StructureRole.TableHeaderCell
                ? "/Scope/" + node.Scope switch { HeaderScope.Row => "Row", HeaderScope.Both => "Both", _ => "Column" }
                : "";
            if (scope.Length > 0 || headers.Count > 0)
            {
                body.Append("/A<</O/Table").Append(scope);
                if (headers.Count > 0) body.Append("/Headers[").AppendJoin(' ', headers.Select(PdfSyntax.ByteString)).Append(']');
                body.Append(">>");
            }
        }

        writer.Add(element.Number, body.Append(">>").ToString());
    }

    private sealed class Element(int number)
    {
        public int Number { get; } = number;

        /// <summary>The page of the element's first marked content (its /Pg; MCIDs on other pages are written with their own).</summary>
        public int? Page { get; set; }

        public List<Kid> Kids { get; } = [];
    }

    /// <summary>A kid: a child element (<see cref="Node"/>), an annotation (its object number), or an MCID on a page.</summary>
    private readonly record struct Kid(StructureNode? Node, int Page, int Mcid, int Annotation);
}

/// <summary>What a page's content stream tied to a structure node: a marked-content sequence (its MCID) or a link annotation.</summary>
internal readonly record struct MarkedItem(StructureNode Node, int Mcid, PaintCommand? Annotation);
