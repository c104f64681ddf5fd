using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// The document's rules for <c>::before</c>, <c>::after</c> and <c>::marker</c>, found once by reading the
/// style sheets. AngleSharp computes <c>::before</c>/<c>::after</c> styles but at the price of a full cascade
/// per element, so the box tree asks only for elements one of these rules' selectors (the pseudo-element cut
/// off) matches. AngleSharp does not know <c>::marker</c>: its declarations are kept here and applied in
/// source order, as are <c>::footnote-call</c> and <c>::footnote-marker</c>. The declarations of <c>::first-letter</c> and
/// <c>::first-line</c> rules are kept too and given in cascade order (specificity, then source order): the box tree
/// applies them to the letter and to the first formatted line of the block containers they match.
/// </summary>
public sealed class PseudoElementRules
{
    private readonly List<ISelector> before = [];
    private readonly List<ISelector> after = [];
    private readonly List<(ISelector Selector, ICssStyleDeclaration Style)> marker = [];
    private readonly List<(ISelector Selector, ICssStyleDeclaration Style)> footnoteCall = [];
    private readonly List<(ISelector Selector, ICssStyleDeclaration Style)> footnoteMarker = [];
    private readonly List<(ISelector Selector, ICssStyleDeclaration Style)> firstLetter = [];
    private readonly List<(ISelector Selector, ICssStyleDeclaration Style)> firstLine = [];

    public PseudoElementRules(IDocument document, ICssSelectorParser parser, MessageLog log)
    {
        foreach (var sheet in document.StyleSheets.OfType<ICssStyleSheet>())
        {
            Read(sheet.Rules, parser, log);
        }

        ReportDroppedContent(document, log);
    }

    /// <summary>
    /// AngleSharp drops a <c>content</c> declaration holding a function it does not know (<c>element()</c>, <c>string()</c>),
    /// which the engine shows only in page margin boxes, so the style sheets' text outside @page is searched for them once, to report them (the target
    /// functions and <c>leader()</c> are supported: <see cref="GeneratedContentStash"/>; <c>string-set</c> and <c>bookmark-*</c>
    /// reach the cascade as unknown declarations and are read by the box tree builder).
    /// </summary>
    private static void ReportDroppedContent(IDocument document, MessageLog log)
    {
        foreach (var style in document.QuerySelectorAll("style"))
        {
            var text = style.TextContent;
            var outside = OutsidePageRules(text);
            // element() is shown in page margin boxes (inside @page); anywhere else AngleSharp drops the declaration.
            if (outside.Contains("element(", StringComparison.OrdinalIgnoreCase))
                log.WarnOnce("PDF126", "content element()", "'element()' is supported in page margin boxes only (@page { @top-center { content: element(name) } }); in ::before/::after content the declaration is ignored.");

            // string() is shown in page margin boxes (inside @page); anywhere else it is generated content the engine drops.
            if (outside.Contains("string(", StringComparison.OrdinalIgnoreCase))
                log.WarnOnce("PDF126", "content string()", "'string()' is supported in page margin boxes only (@page { @top-center { content: string(name) } }); in ::before/::after content the declaration is ignored.");
        }
    }

    /// <summary>The style sheet's text without its <c>@page</c> rules (their braces matched, nested margin boxes included).</summary>
    private static string OutsidePageRules(string css)
    {
        var outside = new System.Text.StringBuilder(css.Length);
        for (var at = 0; at < css.Length;)
        {
            var page = css.IndexOf("@page", at, StringComparison.OrdinalIgnoreCase);
            var open = page < 0 ? -1 : css.IndexOf('{', page);
            if (open < 0)
            {
                outside.Append(css, at, css.Length - at);
                break;
            }

            outside.Append(css, at, page - at);
            at = PageStyleParser.MatchingBrace(css, open) + 1;
        }

        return outside.ToString();
    }

    /// <summary>Whether the style sheet declares <paramref name="property"/>: its name right after a <c>{</c> or <c>;</c> (white space
    /// between) and before a colon — not a longer name (<c>@page</c>, <c>page-break-before</c>) nor a value.</summary>
    private static bool Declares(string css, string property)
    {
        for (var at = css.IndexOf(property, StringComparison.OrdinalIgnoreCase); at >= 0; at = css.IndexOf(property, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at - 1;
            while (before >= 0 && char.IsWhiteSpace(css[before])) before--;
            var after = at + property.Length;
            while (after < css.Length && char.IsWhiteSpace(css[after])) after++;
            if ((before < 0 || css[before] is '{' or ';') && after < css.Length && css[after] == ':')
                return true;
        }

        return false;
    }

    public bool Any => before.Count > 0 || after.Count > 0;

    public bool MayHaveBefore(IElement element) => before.Any(s => s.Match(element));

    public bool MayHaveAfter(IElement element) => after.Any(s => s.Match(element));

    /// <summary>The declarations of the ::marker rules that match, in source order (later ones win).</summary>
    public IEnumerable<ICssStyleDeclaration> Marker(IElement element) =>
        marker.Where(m => m.Selector.Match(element)).Select(m => m.Style);

    /// <summary>Whether any rule styles a ::first-letter or a ::first-line: without one, no paragraph is looked at for them.</summary>
    public bool AnyFirst => firstLetter.Count > 0 || firstLine.Count > 0;

    /// <summary>The declarations of the ::first-letter rules that match, in cascade order (later ones win).</summary>
    public IReadOnlyList<ICssStyleDeclaration> FirstLetter(IElement element) => Cascade(firstLetter, element);

    /// <summary>The declarations of the ::first-line rules that match, in cascade order (later ones win).</summary>
    public IReadOnlyList<ICssStyleDeclaration> FirstLine(IElement element) => Cascade(firstLine, element);

    /// <summary>
    /// The matching rules' declarations by specificity, then source order (a stable sort keeps it); rules holding an
    /// <c>!important</c> declaration after the others (a rule, not each declaration, is the unit here: a rule mixing both
    /// kinds lets its normal declarations win too).
    /// </summary>
    private static IReadOnlyList<ICssStyleDeclaration> Cascade(List<(ISelector Selector, ICssStyleDeclaration Style)> rules, IElement element)
    {
        if (rules.Count == 0)
            return [];
        return rules.Where(r => r.Selector.Match(element))
            .OrderBy(r => r.Style.Any(p => p.IsImportant))
            .ThenBy(r => r.Selector.Specificity)
            .Select(r => r.Style)
            .ToArray();
    }

    /// <summary>The declarations of the ::footnote-call rules that match (CSS GCPM), in source order.</summary>
    public IEnumerable<ICssStyleDeclaration> FootnoteCall(IElement element) =>
        footnoteCall.Where(m => m.Selector.Match(element)).Select(m => m.Style);

    /// <summary>The declarations of the ::footnote-marker rules that match, in source order.</summary>
    public IEnumerable<ICssStyleDeclaration> FootnoteMarker(IElement element) =>
        footnoteMarker.Where(m => m.Selector.Match(element)).Select(m => m.Style);

    private void Read(ICssRuleList rules, ICssSelectorParser parser, MessageLog log)
    {
        foreach (var rule in rules)
        {
            switch (rule)
            {
                case ICssStyleRule style:
                    ReadSelectors(style, parser, log);
                    break;
                case ICssMediaRule media when AppliesToPrint(media.Media.MediaText):
                    Read(media.Rules, parser, log);
                    break;
                case ICssSupportsRule supports:
                    Read(supports.Rules, parser, log);
                    break;
            }
        }
    }

    /// <summary>@media print, all or a list naming print; not screen-only rules (the engine styles for print).</summary>
    private static bool AppliesToPrint(string media)
    {
        var text = media.Trim().ToLowerInvariant();
        return text.Length == 0 || text.Contains("print") || text.Contains("all") || (!text.Contains("screen") && !text.Contains("speech"));
    }

    private void ReadSelectors(ICssStyleRule rule, ICssSelectorParser parser, MessageLog log)
    {
        var text = rule.SelectorText;
        if (!text.Contains(':'))
        {
            return;
        }

        foreach (var selector in TopLevelParts(text))
        {
            var lower = selector.ToLowerInvariant();
            if (Cut(lower, "before") is { } beforeBase && parser.ParseSelector(BaseOrUniversal(selector, beforeBase)) is { } b)
            {
                before.Add(b);
            }
            else if (Cut(lower, "after") is { } afterBase && parser.ParseSelector(BaseOrUniversal(selector, afterBase)) is { } a)
            {
                after.Add(a);
            }
            else if (Cut(lower, "footnote-call") is { } callBase && parser.ParseSelector(BaseOrUniversal(selector, callBase)) is { } fc)
            {
                footnoteCall.Add((fc, rule.Style));
            }
            else if (Cut(lower, "footnote-marker") is { } footnoteMarkerBase && parser.ParseSelector(BaseOrUniversal(selector, footnoteMarkerBase)) is { } fm)
            {
                footnoteMarker.Add((fm, rule.Style));
            }
            else if (Cut(lower, "marker") is { } markerBase && parser.ParseSelector(BaseOrUniversal(selector, markerBase)) is { } m)
            {
                marker.Add((m, rule.Style));
            }
            else if (Cut(lower, "first-letter") is { } letterBase && parser.ParseSelector(BaseOrUniversal(selector, letterBase)) is { } fl)
            {
                firstLetter.Add((fl, rule.Style));
                ReportInapplicable(rule.Style, FirstLetterProperties, "::first-letter", log);
            }
            else if (Cut(lower, "first-line") is { } lineBase && parser.ParseSelector(BaseOrUniversal(selector, lineBase)) is { } fline)
            {
                firstLine.Add((fline, rule.Style));
                ReportInapplicable(rule.Style, FirstLineProperties, "::first-line", log);
            }
        }
    }

    /// <summary>The properties that apply to ::first-letter (CSS 2.1 §5.12.2, css-pseudo-4 §3.2) and that the engine sets on it.</summary>
    private static readonly string[] FirstLetterProperties =
    [
        "font", "color", "background", "margin", "padding", "border", "text-decoration", "text-transform", "letter-spacing",
        "word-spacing", "vertical-align", "line-height", "float", "clear", "opacity", "visibility", "box-shadow",
    ];

    /// <summary>The properties that apply to ::first-line (CSS 2.1 §5.12.1, css-pseudo-4 §3.1).</summary>
    private static readonly string[] FirstLineProperties =
    [
        "font", "color", "background", "text-decoration", "text-transform", "letter-spacing", "word-spacing", "vertical-align",
        "line-height", "opacity", "visibility",
    ];

    /// <summary>
    /// A declaration of a property that does not apply to the pseudo-element (its width, its position, a margin on a
    /// ::first-line) is ignored, as CSS says; it is reported, since the author expected it to do something.
    /// </summary>
    private static void ReportInapplicable(ICssStyleDeclaration style, string[] applicable, string pseudo, MessageLog log)
    {
        foreach (var property in style)
        {
            var name = property.Name;
            if (name.StartsWith("--", StringComparison.Ordinal) || applicable.Any(p => name.StartsWith(p, StringComparison.Ordinal)) || name is "content" or "direction" or "unicode-bidi")
                continue;
            log.WarnOnce("PDF127", pseudo + " " + name, $"'{name}' does not apply to {pseudo} (CSS 2.1 §5.12); it is ignored.");
        }
    }

    private static string BaseOrUniversal(string selector, int length)
    {
        var baseText = selector[..length].TrimEnd();
        return baseText.Length == 0 || baseText[^1] is ' ' or '>' or '+' or '~' ? baseText + "*" : baseText;
    }

    /// <summary>The length of the selector before a trailing <c>::name</c> (or legacy <c>:name</c>); null when it does not end so.</summary>
    private static int? Cut(string selector, string name)
    {
        var trimmed = selector.TrimEnd();
        if (!trimmed.EndsWith(name, StringComparison.Ordinal))
        {
            return null;
        }

        var colon = trimmed.Length - name.Length - 1;
        if (colon < 0 || trimmed[colon] != ':')
        {
            return null;
        }

        return colon > 0 && trimmed[colon - 1] == ':' ? colon - 1 : colon;
    }

    /// <summary>A selector list split at its top-level commas (not those inside :is(…) or strings).</summary>
    private static IEnumerable<string> TopLevelParts(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return text[start..i].Trim();
                    start = i + 1;
                    break;
            }
        }

        yield return text[start..].Trim();
    }
}
