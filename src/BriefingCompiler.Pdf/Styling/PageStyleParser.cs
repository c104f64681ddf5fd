using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// Reads @page rules from the document's style sheet text. AngleSharp.Css keeps @page size and margins but
/// drops the nested margin-box rules (@top-center { content: … }), so the whole @page block is read here,
/// with a small tokenizer that knows strings, comments and nested braces.
/// </summary>
public sealed class PageStyleParser(MessageLog log)
{
    private static readonly FrozenDictionary<string, MarginBoxPosition> Positions = new Dictionary<string, MarginBoxPosition>(StringComparer.OrdinalIgnoreCase)
    {
        ["top-left"] = MarginBoxPosition.TopLeft,
        ["top-center"] = MarginBoxPosition.TopCenter,
        ["top-right"] = MarginBoxPosition.TopRight,
        ["bottom-left"] = MarginBoxPosition.BottomLeft,
        ["bottom-center"] = MarginBoxPosition.BottomCenter,
        ["bottom-right"] = MarginBoxPosition.BottomRight,
        ["left-top"] = MarginBoxPosition.LeftTop,
        ["left-middle"] = MarginBoxPosition.LeftMiddle,
        ["left-bottom"] = MarginBoxPosition.LeftBottom,
        ["right-top"] = MarginBoxPosition.RightTop,
        ["right-middle"] = MarginBoxPosition.RightMiddle,
        ["right-bottom"] = MarginBoxPosition.RightBottom,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <param name="styleSheets">The text of every &lt;style&gt; element, in document order.</param>
    /// <param name="rootStyle">The body's style: margin boxes inherit their font and colour from it.</param>
    public PageStyle Parse(IEnumerable<string> styleSheets, ComputedStyle rootStyle) =>
        Parse(styleSheets.Select(text => new StyleSheetText(text, null)), rootStyle);

    /// <summary>A style sheet's text and where it starts in the HTML (the offset of its first character, with the
    /// HTML to count lines in), so that a message about an @page rule names the rule's line; null when unknown.</summary>
    public sealed record StyleSheetText(string Text, (string Html, int Offset)? Origin);

    public PageStyle Parse(IEnumerable<StyleSheetText> styleSheets, ComputedStyle rootStyle)
    {
        var rules = new List<PageRule>();
        ComputedStyle? footnoteArea = null;
        foreach (var sheet in styleSheets)
        {
            var text = StripComments(sheet.Text);
            var at = 0;
            while ((at = text.IndexOf("@page", at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var open = text.IndexOf('{', at);
                if (open < 0)
                {
                    break;
                }

                var previous = log.Position;
                log.Position = PositionOf(sheet, at) ?? previous;
                var selectors = text[(at + 5)..open].Trim();
                var close = MatchingBrace(text, open);
                var body = text[(open + 1)..close];
                at = Math.Min(close + 1, text.Length);
                var parsed = selectors.Split(',').Select(selector => (Text: selector.Trim(), Selector: PageSelector.Parse(selector))).ToArray();
                foreach (var unknown in parsed.Where(p => p.Selector is null))
                {
                    log.WarnOnce("PDF105", "@page " + unknown.Text, $"'@page {unknown.Text}' is not supported by the PDF engine (a page name and :first, :left, :right, :blank, :nth(An+B [of name]) are); ignored.");
                }

                // A list with a selector the engine does not know is dropped whole, as an invalid selector list is in CSS.
                if (parsed.All(p => p.Selector is not null))
                {
                    var (declarations, boxes, footnote) = PageBlock(body, rootStyle);
                    if (footnote is not null)
                        footnoteArea = FootnoteAreaOf(footnote, footnoteArea ?? rootStyle.Anonymous(Display.Block));
                    foreach (var (_, selector) in parsed)
                        rules.Add(new PageRule(selector!, rules.Count, declarations, boxes));
                }

                log.Position = previous;
            }
        }

        var page = new PageStyle(rules, rootStyle) { FootnoteArea = footnoteArea };
        // The size and margins of the plain page and the first are checked now, so a bad value is reported whatever the pages are.
        page.For(PageContext.Unnamed(0), log);
        page.For(PageContext.Unnamed(1), log);
        return page;
    }

    /// <summary>Where <paramref name="index"/> of the sheet's text is in the HTML: its line and column, and the offset of the style element's start tag.</summary>
    private static PdfSourcePosition? PositionOf(StyleSheetText sheet, int index)
    {
        if (sheet.Origin is not var (html, offset) || offset + index > html.Length)
            return null;
        var at = offset + index;
        var before = html.AsSpan(0, at);
        var lineStart = before.LastIndexOf('\n') + 1;
        var tag = before.LastIndexOf("<style", StringComparison.OrdinalIgnoreCase);
        return new PdfSourcePosition(1 + before.Count('\n'), 1 + at - lineStart, Math.Max(0, tag));
    }

    /// <summary>An @page block: its declarations, its margin boxes' declarations (each box's declarations validated now:
    /// unsupported properties and content are reported here, once), and its <c>@footnote</c> declarations if it has that rule.</summary>
    private (List<(string Name, string Value)> Declarations, Dictionary<MarginBoxPosition, IReadOnlyList<(string Name, string Value)>> Boxes, List<(string Name, string Value)>? Footnote)
        PageBlock(string body, ComputedStyle rootStyle)
    {
        var declarations = new List<(string Name, string Value)>();
        var boxes = new Dictionary<MarginBoxPosition, IReadOnlyList<(string Name, string Value)>>();
        List<(string Name, string Value)>? footnote = null;
        var i = 0;
        while (i < body.Length)
        {
            if (char.IsWhiteSpace(body[i]))
            {
                i++;
                continue;
            }

            if (body[i] == '@')
            {
                var open = body.IndexOf('{', i);
                if (open < 0)
                {
                    break;
                }

                var name = body[(i + 1)..open].Trim();
                var close = MatchingBrace(body, open);
                if (Positions.TryGetValue(name, out var position))
                {
                    var boxDeclarations = Declarations(body[(open + 1)..close]);
                    MarginBoxOf(position, boxDeclarations, rootStyle);
                    boxes[position] = boxes.TryGetValue(position, out var earlier) ? [.. earlier, .. boxDeclarations] : boxDeclarations;
                }
                else if (name.Equals("footnote", StringComparison.OrdinalIgnoreCase))
                {
                    footnote = [.. footnote ?? [], .. Declarations(body[(open + 1)..close])];
                }
                else
                {
                    log.WarnOnce("PDF106", "@" + name, $"Page margin box '@{name}' is not supported by the PDF engine (only @top-left/center/right, @bottom-left/center/right, @left-top/middle/bottom and @right-top/middle/bottom); ignored.");
                }

                i = close + 1;
                continue;
            }

            var end = DeclarationEnd(body, i);
            var declaration = body[i..end];
            var colon = declaration.IndexOf(':');
            if (colon > 0)
            {
                var property = declaration[..colon].Trim().ToLowerInvariant();
                if (property is "size" or "margin" or "margin-top" or "margin-right" or "margin-bottom" or "margin-left")
                    declarations.Add((property, declaration[(colon + 1)..].Trim()));
                else
                    log.WarnOnce("PDF107", "@page " + property, $"'{property}' in @page is not supported by the PDF engine; ignored.");
            }

            i = end + 1;
        }

        return (declarations, boxes, footnote);
    }

    /// <summary>The <c>@footnote</c> area's box: the space, rule and padding above the footnotes (margin-top, border-top, padding-top).</summary>
    private ComputedStyle FootnoteAreaOf(IReadOnlyList<(string Name, string Value)> declarations, ComputedStyle style)
    {
        foreach (var (name, value) in declarations)
        {
            switch (name)
            {
                case "margin-top":
                    style = style with { Margin = style.Margin with { Top = CssValueReader.Length(value, style.FontSize) ?? style.Margin.Top } };
                    break;
                case "padding-top":
                    style = style with { Padding = style.Padding with { Top = CssValueReader.Length(value, style.FontSize) ?? style.Padding.Top } };
                    break;
                case "border-top":
                    style = style with { BorderTop = BorderOf(value, style) };
                    break;
                case "float" or "display":
                    // float: bottom and display: block are what the area is; nothing else is supported.
                    break;
                default:
                    log.WarnOnce("PDF107", "@footnote " + name, $"'{name}' in @footnote is not supported by the PDF engine (margin-top, border-top and padding-top are); ignored.");
                    break;
            }
        }

        return style;
    }

    /// <summary>A border shorthand such as <c>0.5pt solid #999</c> (width, style and colour in any order).</summary>
    private static BorderSide BorderOf(string value, ComputedStyle style)
    {
        var width = 3 * CssValueReader.PointsPerPixel;
        var lineStyle = "none";
        var color = style.Color;
        foreach (var part in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part is "none" or "hidden" or "solid" or "dotted" or "dashed" or "double" or "groove" or "ridge" or "inset" or "outset")
                lineStyle = part;
            else if (part is "thin" or "medium" or "thick")
                width = (part == "thin" ? 1 : part == "medium" ? 3 : 5) * CssValueReader.PointsPerPixel;
            else if (CssValueReader.Length(part, style.FontSize) is { } length)
                width = length;
            else if (CssValueReader.Color(part, style.Color) is { } c)
                color = c;
        }

        return lineStyle is "none" or "hidden" ? BorderSide.None : new BorderSide(width, lineStyle, color);
    }

    /// <summary>A margin box from its declarations in cascade order (a later one of a property wins), inheriting from <paramref name="rootStyle"/>.</summary>
    internal MarginBox MarginBoxOf(MarginBoxPosition position, IReadOnlyList<(string Name, string Value)> declarations, ComputedStyle rootStyle)
    {
        var style = rootStyle.Anonymous(Display.Block) with
        {
            TextAlign = position switch
            {
                MarginBoxPosition.TopLeft or MarginBoxPosition.BottomLeft => Text.TextAlignment.Left,
                MarginBoxPosition.TopRight or MarginBoxPosition.BottomRight => Text.TextAlignment.Right,
                _ => Text.TextAlignment.Center,
            },
        };
        IReadOnlyList<ContentPart> content = [];
        float? imageHeight = null;
        var vertical = position switch
        {
            MarginBoxPosition.LeftTop or MarginBoxPosition.RightTop => MarginBoxAlignment.Start,
            MarginBoxPosition.LeftBottom or MarginBoxPosition.RightBottom => MarginBoxAlignment.End,
            _ => MarginBoxAlignment.Middle,
        };
        foreach (var (name, value) in declarations)
        {
            switch (name)
            {
                case "content":
                    content = Content(value);
                    break;
                case "vertical-align":
                    vertical = value switch
                    {
                        "top" => MarginBoxAlignment.Start,
                        "bottom" => MarginBoxAlignment.End,
                        "middle" => MarginBoxAlignment.Middle,
                        _ => vertical,
                    };
                    break;
                case "height":
                    imageHeight = CssValueReader.Length(value, style.FontSize) is { } height and > 0 ? height : null;
                    break;
                case "font-size":
                    style = style with { FontSize = CssValueReader.Length(value, rootStyle.FontSize) ?? style.FontSize };
                    break;
                case "font-family":
                    style = style with { FontFamilies = value.Split(',').Select(f => f.Trim().Trim('"', '\'')).Where(f => f.Length > 0).ToArray() };
                    break;
                case "font-weight":
                    style = style with { FontWeight = value == "bold" ? 700 : value == "normal" ? 400 : (int)(CssValueReader.Number(value) ?? 400) };
                    break;
                case "font-style":
                    style = style with { Italic = value is "italic" or "oblique" };
                    break;
                case "color":
                    style = style with { Color = CssValueReader.Color(value, style.Color) ?? style.Color };
                    break;
                case "text-align":
                    style = style with
                    {
                        TextAlign = value switch
                        {
                            "left" => Text.TextAlignment.Left,
                            "right" => Text.TextAlignment.Right,
                            "start" => Text.TextAlignment.Start,
                            "end" => Text.TextAlignment.End,
                            "center" => Text.TextAlignment.Center,
                            _ => style.TextAlign,
                        },
                    };
                    break;
                default:
                    log.WarnOnce("PDF108", "margin box " + name, $"'{name}' in a page margin box is not supported by the PDF engine (content, font-*, color, text-align, vertical-align, height are); ignored.");
                    break;
            }
        }

        return new MarginBox(position, content, style, imageHeight) { VerticalAlign = vertical };
    }

    /// <summary>Parses <c>"Page " counter(page) " of " counter(pages)</c> and <c>string(title)</c>.</summary>
    public IReadOnlyList<ContentPart> Content(string value)
    {
        var parts = new List<ContentPart>();
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '"' or '\'')
            {
                var (literal, next) = ReadString(value, i);
                parts.Add(new ContentPart(literal, null));
                i = next;
            }
            else if (value.AsSpan(i).StartsWith("url(", StringComparison.OrdinalIgnoreCase))
            {
                var close = value.IndexOf(')', i);
                var address = value[(i + 4)..(close < 0 ? value.Length : close)].Trim().Trim('"', '\'');
                if (parts.Count > 0)
                    log.WarnOnce("PDF109", "content url", "An image in a margin box's content is drawn only as its first part (before any text); this one is left out.");
                else
                    parts.Add(new ContentPart(null, null, address));
                i = close < 0 ? value.Length : close + 1;
            }
            else if (value.AsSpan(i).StartsWith("string(", StringComparison.OrdinalIgnoreCase) || value.AsSpan(i).StartsWith("element(", StringComparison.OrdinalIgnoreCase))
            {
                var function = value[i..value.IndexOf('(', i)].ToLowerInvariant();
                var close = value.IndexOf(')', i);
                var arguments = value[(i + function.Length + 1)..(close < 0 ? value.Length : close)].Split(',').Select(a => a.Trim()).ToArray();
                var policy = arguments.Length > 1 ? arguments[1].ToLowerInvariant() : "first";
                if (policy is not ("first" or "start" or "last" or "first-except"))
                {
                    log.WarnOnce("PDF109", function + " " + policy, $"'{function}({arguments[0]}, {arguments[1]})' names no policy the PDF engine knows (first, start, last, first-except); first is used.");
                    policy = "first";
                }

                if (arguments[0].Length > 0 && function == "string")
                    parts.Add(new ContentPart(null, null) { StringName = arguments[0], StringPolicy = policy });
                else if (arguments[0].Length > 0 && parts.Any(p => p.ElementName is not null))
                    log.WarnOnce("PDF109", "content element twice", "A margin box shows one running element (element()); the others in its content are left out.");
                else if (arguments[0].Length > 0)
                    parts.Add(new ContentPart(null, null) { ElementName = arguments[0], StringPolicy = policy });
                i = close < 0 ? value.Length : close + 1;
            }
            else if (value.AsSpan(i).StartsWith("counter(", StringComparison.OrdinalIgnoreCase))
            {
                var close = value.IndexOf(')', i);
                var name = value[(i + 8)..(close < 0 ? value.Length : close)].Split(',')[0].Trim();
                if (name is not ("page" or "pages"))
                {
                    log.WarnOnce("PDF109", "counter(" + name + ")", $"counter({name}) in a page margin box is not supported by the PDF engine (only page and pages); left empty.");
                }

                parts.Add(new ContentPart(null, name));
                i = close < 0 ? value.Length : close + 1;
            }
            else
            {
                var end = value.IndexOfAny([' ', '"', '\''], i);
                var token = value[i..(end < 0 ? value.Length : end)];
                if (token is not ("none" or "normal"))
                {
                    log.WarnOnce("PDF109", "content " + token, $"'{token}' in a margin box's content is not supported by the PDF engine (strings, counter(page), counter(pages), string(), element(), url() are); left out.");
                }

                i = end < 0 ? value.Length : end;
            }
        }

        return parts;
    }

    /// <summary>A quoted CSS string from <paramref name="start"/> (its quote) with escapes resolved; and where reading goes on.</summary>
    internal static (string Text, int Next) ReadString(string value, int start)
    {
        var quote = value[start];
        var text = new StringBuilder();
        var i = start + 1;
        while (i < value.Length && value[i] != quote)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i = value[i + 1] == '\n' ? i + 2 : Escape(value, i + 1, text);
                continue;
            }

            text.Append(value[i]);
            i++;
        }

        return (text.ToString(), Math.Min(i + 1, value.Length));
    }

    /// <summary>A CSS escape: up to six hex digits and one optional space, or the escaped character itself.</summary>
    internal static int Escape(string value, int i, StringBuilder into)
    {
        var start = i;
        while (i < value.Length && i - start < 6 && char.IsAsciiHexDigit(value[i]))
        {
            i++;
        }

        if (i == start)
        {
            into.Append(value[i]);
            return i + 1;
        }

        // CSS: zero, a surrogate or a number past U+10FFFF is the replacement character.
        var code = Convert.ToInt32(value[start..i], 16);
        into.Append(code is 0 or (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF ? "\uFFFD" : char.ConvertFromUtf32(code));
        return i < value.Length && value[i] == ' ' ? i + 1 : i;
    }

    /// <summary>What em in an @page size is measured against: the initial font size (12 pt, 16 px).</summary>
    internal const float DefaultFontSize = 12;

    internal static (float, float)? Size(string value)
    {
        var words = value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var landscape = words.Contains("landscape");
        (float W, float H)? size = null;
        var lengths = words.Select(w => CssValueReader.Length(w, DefaultFontSize)).Where(l => l is not null).Select(l => l!.Value).ToArray();
        if (lengths.Length == 2)
        {
            size = (lengths[0], lengths[1]);
        }
        else if (lengths.Length == 1)
        {
            size = (lengths[0], lengths[0]);
        }

        foreach (var word in words)
        {
            size = word switch
            {
                "a4" => (PageStyle.A4Width, PageStyle.A4Height),
                "a5" => (419.53f, PageStyle.A4Width),
                "a3" => (PageStyle.A4Height, 1190.55f),
                "letter" => (612f, 792f),
                "legal" => (612f, 1008f),
                _ => size,
            };
        }

        if (size is not { } s)
        {
            return words.Contains("portrait") || landscape ? (landscape ? (PageStyle.A4Height, PageStyle.A4Width) : (PageStyle.A4Width, PageStyle.A4Height)) : null;
        }

        return landscape ? (Math.Max(s.W, s.H), Math.Min(s.W, s.H)) : s;
    }

    private static List<(string Name, string Value)> Declarations(string block) =>
        SplitDeclarations(block)
            .Select(d => (Name: d[..Math.Max(0, d.IndexOf(':'))].Trim().ToLowerInvariant(), Value: d[(d.IndexOf(':') + 1)..].Trim()))
            .Where(d => d.Name.Length > 0)
            .ToList();

    private static IEnumerable<string> SplitDeclarations(string block)
    {
        var i = 0;
        while (i < block.Length)
        {
            var end = DeclarationEnd(block, i);
            var declaration = block[i..end];
            if (declaration.Contains(':'))
            {
                yield return declaration;
            }

            i = end + 1;
        }
    }

    /// <summary>The index of the ';' ending the declaration that starts at <paramref name="start"/>, skipping strings.</summary>
    private static int DeclarationEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] != ';')
        {
            if (text[i] is '"' or '\'')
            {
                i = StringEnd(text, i);
            }

            i++;
        }

        return Math.Min(i, text.Length);
    }

    private static int StringEnd(string text, int open)
    {
        var quote = text[open];
        var i = open + 1;
        while (i < text.Length && text[i] != quote)
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i, text.Length - 1);
    }

    /// <summary>The index of the brace closing the block opened at <paramref name="open"/> (strings skipped); the text's
    /// length when the block is left open.</summary>
    internal static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] is '"' or '\'')
            {
                i = StringEnd(text, i);
            }
            else if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        // CSS closes a block left open at the end of the style sheet: the block runs to the end.
        return text.Length;
    }

    private static string StripComments(string css)
    {
        var result = new StringBuilder(css.Length);
        var i = 0;
        while (i < css.Length)
        {
            if (css[i] is '"' or '\'')
            {
                var end = StringEnd(css, i);
                result.Append(css, i, end - i + 1);
                i = end + 1;
            }
            else if (i + 1 < css.Length && css[i] == '/' && css[i + 1] == '*')
            {
                // Blanked, not removed: a place in the text stays the place in the sheet (messages name its line).
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var next = end < 0 ? css.Length : end + 2;
                for (; i < next; i++)
                    result.Append(css[i] == '\n' ? '\n' : ' ');
            }
            else
            {
                result.Append(css[i]);
                i++;
            }
        }

        return result.ToString();
    }
}
