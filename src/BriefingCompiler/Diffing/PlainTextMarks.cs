using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Diffing;

/// <summary>
/// Replaces the placeholders that <see cref="TemplateRedlineRenderer"/> put in place of changed plain-text
/// fields, each for where the template put it: in the body's text, the text with its deletions and insertions
/// marked (<c>&lt;del&gt;</c>, <c>&lt;ins&gt;</c>); in a <c>&lt;style&gt;</c> (a CSS string, such as the running
/// header), in the <c>&lt;title&gt;</c> or in an attribute, the new text alone, escaped for that place.
/// </summary>
internal static partial class PlainTextMarks
{
    public static string Apply(string html, IReadOnlyDictionary<string, BlockDiff> changes)
    {
        var document = new HtmlParser().ParseDocument(html);
        string NewText(string placeholder) => changes[placeholder].NewText;

        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes.Where(a => Placeholder().IsMatch(a.Value)).ToList())
                element.SetAttribute(attribute.Name, Placeholder().Replace(attribute.Value, m => Known(m, changes) ? NewText(m.Value) : m.Value));
        }

        foreach (var text in Texts(document).Where(t => Placeholder().IsMatch(t.Data)).ToList())
        {
            var parent = text.ParentElement;
            if (parent?.LocalName == "style")
            {
                // Inside a CSS string already: the new text's escaped characters, without quotes of its own.
                text.Data = Placeholder().Replace(text.Data, m => Known(m, changes) ? CssText.QuotedString(NewText(m.Value))[1..^1] : m.Value);
            }
            else if (parent is null || parent.LocalName is "title" or "script" or "textarea" || parent.Closest("body") is null)
            {
                text.Data = Placeholder().Replace(text.Data, m => Known(m, changes) ? NewText(m.Value) : m.Value);
            }
            else
            {
                Mark(document, text, changes);
            }
        }

        return document.ToHtml();
    }

    private static bool Known(Match match, IReadOnlyDictionary<string, BlockDiff> changes) => changes.ContainsKey(match.Value);

    /// <summary>Replaces <paramref name="text"/> by its text with each placeholder spelt out as equal, deleted and inserted runs.</summary>
    private static void Mark(IDocument document, IText text, IReadOnlyDictionary<string, BlockDiff> changes)
    {
        var nodes = new List<INode>();
        var at = 0;
        foreach (Match match in Placeholder().Matches(text.Data))
        {
            if (!changes.TryGetValue(match.Value, out var change))
                continue;
            nodes.Add(document.CreateTextNode(text.Data[at..match.Index]));
            foreach (var segment in change.Segments)
            {
                if (segment.Op == SegmentOp.Equal)
                {
                    nodes.Add(document.CreateTextNode(segment.Text));
                    continue;
                }
                var mark = document.CreateElement(segment.Op == SegmentOp.Deleted ? "del" : "ins");
                mark.TextContent = segment.Text;
                nodes.Add(mark);
            }
            at = match.Index + match.Length;
        }
        nodes.Add(document.CreateTextNode(text.Data[at..]));
        text.Replace([.. nodes.Where(n => n is not IText { Data.Length: 0 })]);
    }

    private static IEnumerable<IText> Texts(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
                yield return text;
            foreach (var inner in Texts(child))
                yield return inner;
        }
    }

    [GeneratedRegex(@"briefcredlinetext\d{6}x")]
    private static partial Regex Placeholder();
}
