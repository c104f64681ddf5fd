using System.Text;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// The document outline (bookmarks, §12.3.3) from the headings' placements: h2 nested under the h1 before it,
/// h3 under the h2 (or h1) before it; a deeper level without a parent becomes a top entry. Entries are open unless their
/// bookmark is closed (<c>bookmark-state: closed</c>: a negative <c>/Count</c>, §12.3.3).
/// </summary>
internal static class PdfOutline
{
    private sealed record Node(BookmarkPlacement Bookmark, List<Node> Children);

    /// <summary>Writes the outline and returns its root object, or null when there are no bookmarks.</summary>
    public static int? Write(PdfObjectWriter writer, IReadOnlyList<BookmarkPlacement> bookmarks, IReadOnlyList<int> pages, IReadOnlyList<float> pageHeights)
    {
        if (bookmarks.Count == 0) return null;
        var roots = Tree(bookmarks);
        var numbers = new Dictionary<Node, int>(ReferenceEqualityComparer.Instance);
        var root = writer.Reserve();
        foreach (var node in roots.SelectMany(Flatten)) numbers[node] = writer.Reserve();

        void WriteLevel(List<Node> siblings, int parent)
        {
            for (var i = 0; i < siblings.Count; i++)
            {
                writer.Add(numbers[siblings[i]], Item(siblings, i, parent, numbers, pages, pageHeights));
                WriteLevel(siblings[i].Children, numbers[siblings[i]]);
            }
        }

        WriteLevel(roots, root);
        writer.Add(root, $"<</Type/Outlines/First {PdfSyntax.Reference(numbers[roots[0]])}/Last {PdfSyntax.Reference(numbers[roots[^1]])}/Count {roots.Sum(CountOpen)}>>");
        return root;
    }

    private static List<Node> Tree(IReadOnlyList<BookmarkPlacement> bookmarks)
    {
        var roots = new List<Node>();
        var stack = new List<Node>();
        foreach (var bookmark in bookmarks)
        {
            var node = new Node(bookmark, []);
            while (stack.Count > 0 && stack[^1].Bookmark.Level >= bookmark.Level) stack.RemoveAt(stack.Count - 1);
            (stack.Count > 0 ? stack[^1].Children : roots).Add(node);
            stack.Add(node);
        }

        return roots;
    }

    private static IEnumerable<Node> Flatten(Node node) => new[] { node }.Concat(node.Children.SelectMany(Flatten));

    /// <summary>The entry and the descendants a reader shows with it: none below a closed entry.</summary>
    private static int CountOpen(Node node) => 1 + (node.Bookmark.Closed ? 0 : node.Children.Sum(CountOpen));

    private static string Item(List<Node> siblings, int index, int parent, Dictionary<Node, int> numbers, IReadOnlyList<int> pages, IReadOnlyList<float> pageHeights)
    {
        var node = siblings[index];
        var b = node.Bookmark;
        var item = new StringBuilder("<</Title ").Append(PdfSyntax.TextString(b.Title)).Append("/Parent ").Append(PdfSyntax.Reference(parent));
        if (index > 0) item.Append("/Prev ").Append(PdfSyntax.Reference(numbers[siblings[index - 1]]));
        if (index < siblings.Count - 1) item.Append("/Next ").Append(PdfSyntax.Reference(numbers[siblings[index + 1]]));
        if (node.Children.Count > 0)
        {
            item.Append("/First ").Append(PdfSyntax.Reference(numbers[node.Children[0]]))
                .Append("/Last ").Append(PdfSyntax.Reference(numbers[node.Children[^1]]))
                .Append("/Count ").Append(b.Closed ? -node.Children.Sum(CountOpen) : node.Children.Sum(CountOpen));
        }

        return item.Append("/Dest[").Append(PdfSyntax.Reference(pages[b.PageIndex])).Append("/XYZ 0 ")
            .Append(PdfSyntax.Number(pageHeights[b.PageIndex] - b.Y)).Append(" null]>>").ToString();
    }
}
