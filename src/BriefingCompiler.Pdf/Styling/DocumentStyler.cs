using AngleSharp;
using AngleSharp.Css;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// Parses HTML with AngleSharp and AngleSharp.Css, puts our user-agent style sheet in front of the
/// document's own styles, and reads @page rules and metadata. Computed styles are then asked per element.
/// </summary>
public static partial class DocumentStyler
{
    public static StyledDocument Load(string html, MessageLog log)
    {
        var parserOptions = new CssParserOptions
        {
            IsIncludingUnknownDeclarations = true,
            IsIncludingUnknownRules = true,
            IsToleratingInvalidSelectors = true,
        };
        // A printer device, so @media print rules apply and @media screen ones do not. A render device is needed for AngleSharp to compute some values (it throws without one); we never
        // read its viewport-relative results: percentages are kept and resolved by our layout.
        var device = new DefaultRenderDevice { ViewPortWidth = 794, ViewPortHeight = 1123, DeviceWidth = 794, DeviceHeight = 1123, Category = DeviceCategory.Printer };
        // Source references: every element knows its line and column, so warnings can name it.
        var configuration = Configuration.Default
            .With<IHtmlParser>(context => new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }, context))
            .WithCss(parserOptions)
            .WithRenderDevice(device);
        var context = BrowsingContext.New(configuration);
        var (limited, wasLimited) = NestingLimit.Apply(html);
        if (wasLimited)
        {
            log.WarnOnce("PDF112", "nesting", $"The HTML nests elements more than {NestingLimit.MaxDepth} deep; the tags of the deeper elements are ignored (their text is kept), as browsers stop nesting there too.");
        }

        var document = context.OpenAsync(request => request.Content(limited)).GetAwaiter().GetResult();
        if (document.Doctype is null)
        {
            log.WarnOnce("PDF110", "doctype", "The HTML has no <!DOCTYPE html>: it is parsed in quirks mode, where tables do not inherit font sizes.");
        }

        var authorSheets = document.QuerySelectorAll("style").Select(s => s.TextContent).ToArray();
        var pageSheets = document.QuerySelectorAll("style").Select(s => new PageStyleParser.StyleSheetText(s.TextContent, OriginOf(s, limited))).ToArray();
        foreach (var style in document.QuerySelectorAll("style").Where(s => SpacedImportant().IsMatch(s.TextContent)))
        {
            // CSS allows white space between '!' and 'important' (CSS 2.1 §4.1.8); AngleSharp reads such a
            // declaration as not important.
            style.TextContent = SpacedImportant().Replace(style.TextContent, "!important");
        }

        // Setting a sheet's text parses it again: only where a declaration was dropped or rewritten.
        void Dropped(string property, string value) =>
            log.WarnOnce("PDF101", property + ": " + value, $"CSS '{property}: {value}' is not a valid value of {property} (CSS Text Decoration 3 §3); the declaration is ignored.");
        foreach (var style in document.QuerySelectorAll("style").Where(s => InvalidDeclarations.Concerns(s.TextContent)))
        {
            if (InvalidDeclarations.Filter(style.TextContent, Dropped) is var valid && valid != style.TextContent)
                style.TextContent = valid;
        }

        foreach (var styled in document.QuerySelectorAll("[style]").Where(e => InvalidDeclarations.Concerns(e.GetAttribute("style")!)))
        {
            log.Position = PdfSourcePosition.Of(styled);
            if (InvalidDeclarations.Filter(styled.GetAttribute("style")!, Dropped) is var valid && valid != styled.GetAttribute("style"))
                styled.SetAttribute("style", valid);
        }

        log.Position = null;

        var stash = new GeneratedContentStash();
        foreach (var style in document.QuerySelectorAll("style").Where(s => GeneratedContentStash.Concerns(s.TextContent)))
        {
            // Setting the text parses the sheet again, now with markers AngleSharp keeps.
            style.TextContent = stash.Rewrite(style.TextContent);
        }

        var head = document.Head ?? document.DocumentElement.AppendChild(document.CreateElement("head")) as IElement;
        var userAgent = document.CreateElement("style");
        userAgent.TextContent = UserAgentStyleSheet.Css;
        if (PresentationalHints.Sheet(document) is { } hints)
        {
            var hintSheet = document.CreateElement("style");
            hintSheet.TextContent = hints;
            head!.Prepend(hintSheet);
        }

        head!.Prepend(userAgent);

        var resolver = new StyleResolver(log);
        // The same cascade the box tree uses (not window.GetComputedStyle, whose code the JIT would compile for
        // these two elements alone: a cold process paid for it on every build).
        var css = new ComputedDeclarations(document.DefaultView!.GetStyleCollection(device));
        var rootStyle = new ComputedStyle { Display = Display.Block };
        var bodyStyle = document.Body is { } body
            ? resolver.Resolve(css.For(body), resolver.Resolve(css.For(document.DocumentElement), rootStyle, "html",
                StyleResolver.LanguageOf(document.DocumentElement)), "body", StyleResolver.LanguageOf(body))
            : rootStyle;
        var page = new PageStyleParser(log).Parse(pageSheets, bodyStyle);
        var hasExLengths = authorSheets.Any(ExLength().IsMatch) || document.QuerySelectorAll("[style]").Any(e => ExLength().IsMatch(e.GetAttribute("style")!));
        return new StyledDocument(document, page, MetadataOf(document), device) { ContentStash = stash, HasExLengths = hasExLengths };
    }

    /// <summary>Where a style element's text starts in the HTML, when the text stands there as written (not in XHTML's CDATA, say).</summary>
    private static (string Html, int Offset)? OriginOf(IElement style, string html)
    {
        if (style.SourceReference is not { } source)
            return null;
        var close = html.IndexOf('>', Math.Max(0, source.Position.Position - 1));
        var text = style.TextContent;
        return close >= 0 && close + 1 + text.Length <= html.Length && string.CompareOrdinal(html, close + 1, text, 0, text.Length) == 0
            ? (html, close + 1)
            : null;
    }

    private static DocumentMetadata MetadataOf(IDocument document)
    {
        string? Meta(string name) => document.QuerySelectorAll("meta")
            .OfType<IHtmlMetaElement>()
            .FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))?.Content?.Trim() is { Length: > 0 } content
            ? content
            : null;

        var title = document.Title?.Trim();
        var language = document.DocumentElement.GetAttribute("lang")?.Trim();
        return new DocumentMetadata(
            string.IsNullOrEmpty(title) ? null : title,
            string.IsNullOrEmpty(language) ? null : language,
            Meta("description"),
            Meta("keywords"),
            Meta("author"));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"!\s+important", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SpacedImportant();

    /// <summary>A number with the unit ex (not the end of a word such as "index").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w-])[+-]?(?:\d+\.?\d*|\.\d+)ex\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ExLength();
}
