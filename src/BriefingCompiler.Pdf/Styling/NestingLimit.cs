namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// Keeps pathological nesting from making parsing quadratic. AngleSharp (like Chromium) attaches elements nested
/// deeper than 512 to the 512th ancestor, but still keeps every open element on its parser's stack and searches
/// that stack for each tag: 8,000 nested <c>div</c>s parsed in 3 s, 100,000 in 476 s. Before parsing, a light scan
/// follows how deep start and end tags nest, and the tags of elements deeper than <see cref="MaxDepth"/> are
/// replaced by as many spaces (line breaks kept), so their text stays and every offset in the document — which
/// warnings report — is unchanged. Documents that nest less deeply (all real ones) are passed through untouched.
/// The scan is deliberately simple: it knows comments, raw-text elements, void elements and the end tags HTML
/// lets authors omit between siblings (<c>li</c>, <c>p</c>, <c>td</c>…), and when unsure it counts an element as
/// nested, which can only make it blank a tag deeper than the limit.
/// </summary>
public static class NestingLimit
{
    /// <summary>As deep as AngleSharp and Chromium build the tree; deeper elements are attached to this level anyway.</summary>
    public const int MaxDepth = 512;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
    };

    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    /// <summary>Elements whose end tag may be left out before a sibling of the same kind (and cells before cells).</summary>
    private static readonly HashSet<string> ClosedBySibling = new(StringComparer.OrdinalIgnoreCase)
    {
        "li", "p", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "rt", "rp",
    };

    /// <summary>How far up the stack an omitted end tag or a stray end tag is looked for (bounded, so the scan stays linear).</summary>
    private const int SearchDepth = 16;

    /// <summary>The HTML with the tags of elements nested deeper than <see cref="MaxDepth"/> blanked, and whether any were.</summary>
    public static (string Html, bool Limited) Apply(string html)
    {
        var stack = new List<(string Name, bool Blanked)>();
        List<(int Start, int End)>? blanked = null;
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            var next = html[at + 1];
            if (html.AsSpan(at).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                at = end < 0 ? html.Length : end + 3;
            }
            else if (next is '!' or '?')
            {
                at = TagEnd(html, at);
            }
            else if (next == '/' && at + 2 < html.Length && char.IsAsciiLetter(html[at + 2]))
            {
                var name = Name(html, at + 2);
                var end = TagEnd(html, at);
                var index = Find(stack, name);
                if (index >= 0)
                {
                    if (stack[index].Blanked)
                        (blanked ??= []).Add((at, end));
                    stack.RemoveRange(index, stack.Count - index);
                }

                at = end;
            }
            else if (char.IsAsciiLetter(next))
            {
                var name = Name(html, at + 1);
                var end = TagEnd(html, at);
                if (RawTextElements.Contains(name))
                {
                    var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                    at = close < 0 ? html.Length : close;
                    continue;
                }

                if (!VoidElements.Contains(name) && html[end - 2] != '/')
                {
                    if (ClosedBySibling.Contains(name) && Find(stack, name) is var open and >= 0)
                        stack.RemoveRange(open, stack.Count - open);
                    var blank = stack.Count >= MaxDepth;
                    if (blank)
                        (blanked ??= []).Add((at, end));
                    stack.Add((name, blank));
                }
                else if (stack.Count >= MaxDepth)
                {
                    (blanked ??= []).Add((at, end));
                }

                at = end;
            }
            else
            {
                at++;
            }
        }

        if (blanked is null)
            return (html, false);
        var chars = html.ToCharArray();
        foreach (var (start, end) in blanked)
        {
            for (var i = start; i < end; i++)
            {
                if (chars[i] is not ('\n' or '\r'))
                    chars[i] = ' ';
            }
        }

        return (new string(chars), true);
    }

    /// <summary>The index of the nearest open element of this name among the top <see cref="SearchDepth"/>, or -1.</summary>
    private static int Find(List<(string Name, bool Blanked)> stack, string name)
    {
        for (var i = stack.Count - 1; i >= 0 && i >= stack.Count - SearchDepth; i--)
        {
            if (string.Equals(stack[i].Name, name, StringComparison.OrdinalIgnoreCase))
                return i;
        }

        return -1;
    }

    private static string Name(string html, int start)
    {
        var end = start;
        while (end < html.Length && !char.IsWhiteSpace(html[end]) && html[end] is not ('/' or '>'))
            end++;
        return html[start..end];
    }

    /// <summary>Just past the tag's closing <c>&gt;</c> (quoted attribute values skipped), or the end of the text.</summary>
    private static int TagEnd(string html, int start)
    {
        char? quote = null;
        for (var i = start + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is { } q)
            {
                if (c == q)
                    quote = null;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }
}
