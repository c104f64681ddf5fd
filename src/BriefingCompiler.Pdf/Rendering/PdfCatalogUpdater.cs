using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>
/// Adds what SkiaSharp's PDF backend has no API for — the outline (bookmarks) and the document language —
/// as an incremental update appended to Skia's file: the outline objects, a new version of the catalog that
/// points at them, an xref section for just those objects and a trailer with /Prev. Readers take the newest
/// catalog; the bytes Skia wrote stay untouched.
/// </summary>
public static partial class PdfCatalogUpdater
{
    public static byte[] Append(byte[] pdf, IReadOnlyList<BookmarkPlacement> bookmarks, IReadOnlyList<float> pageHeights, string? language)
    {
        if (bookmarks.Count == 0 && string.IsNullOrEmpty(language))
        {
            return pdf;
        }

        var text = Encoding.Latin1.GetString(pdf);
        var previousXref = int.Parse(StartXref().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var trailer = Dictionary(text, text.IndexOf("<<", trailerAt, StringComparison.Ordinal));
        var size = int.Parse(SizeEntry().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var root = int.Parse(RootEntry().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var info = InfoEntry().Match(trailer);
        var id = IdEntry().Match(trailer);

        var catalog = ObjectDictionary(text, root);
        var pages = PageObjects(text, int.Parse(PagesEntry().Match(catalog).Groups[1].Value, CultureInfo.InvariantCulture));

        var objects = new SortedDictionary<int, string>();
        var catalogBody = catalog[2..^2].Trim();
        if (bookmarks.Count > 0)
        {
            var outlineRoot = size;
            var nodes = OutlineTree(bookmarks);
            var numbers = new Dictionary<OutlineNode, int>(ReferenceEqualityComparer.Instance);
            var next = outlineRoot + 1;
            foreach (var node in nodes.SelectMany(Flatten))
            {
                numbers[node] = next++;
            }

            void Write(List<OutlineNode> siblings, int parent)
            {
                for (var i = 0; i < siblings.Count; i++)
                {
                    objects[numbers[siblings[i]]] = OutlineItem(siblings, i, parent, numbers, pages, pageHeights);
                    Write(siblings[i].Children, numbers[siblings[i]]);
                }
            }

            Write(nodes, outlineRoot);

            objects[outlineRoot] = $"<</Type /Outlines /First {numbers[nodes[0]]} 0 R /Last {numbers[nodes[^1]]} 0 R /Count {nodes.Sum(CountOpen)}>>";
            catalogBody += $"\n/Outlines {outlineRoot} 0 R\n/PageMode /UseOutlines";
            size = next;
        }

        if (!string.IsNullOrEmpty(language))
        {
            catalogBody += "\n/Lang " + LiteralString(language);
        }

        objects[root] = "<<" + catalogBody + ">>";

        var update = new StringBuilder("\n");
        var offsets = new Dictionary<int, int>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = pdf.Length + update.Length;
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var xrefAt = pdf.Length + update.Length;
        update.Append("xref\n");
        foreach (var group in Consecutive(offsets.Keys.Order().ToArray()))
        {
            update.Append(CultureInfo.InvariantCulture, $"{group[0]} {group.Count}\n");
            foreach (var number in group)
            {
                update.Append(CultureInfo.InvariantCulture, $"{offsets[number]:D10} 00000 n \n");
            }
        }

        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size}\n/Root {root} 0 R");
        if (info.Success)
        {
            update.Append(CultureInfo.InvariantCulture, $"\n/Info {info.Groups[1].Value} 0 R");
        }

        if (id.Success)
        {
            update.Append("\n/ID ").Append(id.Groups[1].Value);
        }

        update.Append(CultureInfo.InvariantCulture, $"\n/Prev {previousXref}>>\nstartxref\n{xrefAt}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    private sealed record OutlineNode(BookmarkPlacement Bookmark, List<OutlineNode> Children);

    /// <summary>Nests h2 under the h1 before it, h3 under the h2 (or h1) before it; a deeper level without a parent becomes a top entry.</summary>
    private static List<OutlineNode> OutlineTree(IReadOnlyList<BookmarkPlacement> bookmarks)
    {
        var roots = new List<OutlineNode>();
        var stack = new List<OutlineNode>();
        foreach (var bookmark in bookmarks)
        {
            var node = new OutlineNode(bookmark, []);
            while (stack.Count > 0 && stack[^1].Bookmark.Level >= bookmark.Level)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            (stack.Count > 0 ? stack[^1].Children : roots).Add(node);
            stack.Add(node);
        }

        return roots;
    }

    private static IEnumerable<OutlineNode> Flatten(OutlineNode node) => new[] { node }.Concat(node.Children.SelectMany(Flatten));

    private static int CountOpen(OutlineNode node) => 1 + node.Children.Sum(CountOpen);

    private static string OutlineItem(List<OutlineNode> siblings, int index, int parent, Dictionary<OutlineNode, int> numbers, IReadOnlyList<int> pages, IReadOnlyList<float> pageHeights)
    {
        var node = siblings[index];
        var b = node.Bookmark;
        var top = pageHeights[b.PageIndex] - b.Y;
        var item = new StringBuilder();
        item.Append(CultureInfo.InvariantCulture, $"<</Title {HexString(b.Title)}\n/Parent {parent} 0 R");
        if (index > 0)
        {
            item.Append(CultureInfo.InvariantCulture, $"\n/Prev {numbers[siblings[index - 1]]} 0 R");
        }

        if (index < siblings.Count - 1)
        {
            item.Append(CultureInfo.InvariantCulture, $"\n/Next {numbers[siblings[index + 1]]} 0 R");
        }

        if (node.Children.Count > 0)
        {
            item.Append(CultureInfo.InvariantCulture, $"\n/First {numbers[node.Children[0]]} 0 R\n/Last {numbers[node.Children[^1]]} 0 R\n/Count {node.Children.Sum(CountOpen)}");
        }

        item.Append(CultureInfo.InvariantCulture, $"\n/Dest [{pages[b.PageIndex]} 0 R /XYZ 0 {top:0.###} null]>>");
        return item.ToString();
    }

    private static List<List<int>> Consecutive(int[] numbers)
    {
        var groups = new List<List<int>>();
        foreach (var number in numbers)
        {
            if (groups.Count > 0 && groups[^1][^1] == number - 1)
            {
                groups[^1].Add(number);
            }
            else
            {
                groups.Add([number]);
            }
        }

        return groups;
    }

    /// <summary>Page object numbers in page order, read from the page tree.</summary>
    private static List<int> PageObjects(string text, int node)
    {
        var dictionary = ObjectDictionary(text, node);
        if (!PagesType().IsMatch(dictionary))
        {
            return [node];
        }

        var kids = Kids().Match(dictionary).Groups[1].Value;
        return Reference().Matches(kids).SelectMany(m => PageObjects(text, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))).ToList();
    }

    private static string ObjectDictionary(string text, int number)
    {
        var match = new Regex($@"(?<![0-9]){number} 0 obj\s*").Matches(text)[^1];
        return Dictionary(text, match.Index + match.Length);
    }

    /// <summary>The dictionary starting at <paramref name="start"/> ("&lt;&lt;"), nested dictionaries included.</summary>
    private static string Dictionary(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length - 1; i++)
        {
            if (text[i] == '<' && text[i + 1] == '<')
            {
                depth++;
                i++;
            }
            else if (text[i] == '>' && text[i + 1] == '>')
            {
                depth--;
                i++;
                if (depth == 0)
                {
                    return text[start..(i + 1)];
                }
            }
        }

        throw new InvalidDataException("Unterminated dictionary in the PDF written by Skia.");
    }

    private static string HexString(string value) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    private static string LiteralString(string value) =>
        "(" + value.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)") + ")";

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex RootEntry();

    [GeneratedRegex(@"/Info\s+(\d+)\s+0\s+R")]
    private static partial Regex InfoEntry();

    [GeneratedRegex(@"/ID\s*(\[[^\]]*\])")]
    private static partial Regex IdEntry();

    [GeneratedRegex(@"/Pages\s+(\d+)\s+0\s+R")]
    private static partial Regex PagesEntry();

    [GeneratedRegex(@"/Type\s*/Pages\b")]
    private static partial Regex PagesType();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex Kids();

    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex Reference();
}
