using AngleSharp.Dom;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// An element's role for readers (<see cref="StructureRole"/>) and what goes with it: a heading's level, a figure's
/// text alternative, a header cell's scope, a language that differs from the document's. One object per element,
/// compared by identity: two links to the same address are two links, and the runs of one link broken over lines
/// and pages share it. Carried on boxes (<see cref="Box.Semantics"/>) and on the text runs of inline elements
/// (<see cref="InlineTag.Semantics"/>).
/// </summary>
public sealed class ElementSemantics
{
    public required StructureRole Role { get; init; }

    /// <summary>A heading's level, 1 to 6.</summary>
    public int Level { get; init; }

    /// <summary>The element's own <c>lang</c>, when it has one.</summary>
    public string? Language { get; init; }

    /// <summary>A figure's text alternative (<c>alt</c>, an SVG's title); null when the element has none.</summary>
    public string? Alt { get; init; }

    /// <summary>A link's address, for the annotation's description.</summary>
    public string? Href { get; init; }

    public HeaderScope Scope { get; init; }

    /// <summary>A cell's id and its <c>headers</c> (ids of the header cells it belongs to).</summary>
    public string? CellId { get; init; }

    public IReadOnlyList<string> Headers { get; init; } = [];

    /// <summary>Where the element is in the HTML (for a message about it: an image without a text alternative).</summary>
    public PdfSourcePosition? Source { get; init; }

    /// <summary>For an inline element: the inline element with a role around it (a link inside a span with its own language).</summary>
    public ElementSemantics? InlineParent { get; init; }

    /// <summary>The role of a block-level element, or null for one that only groups others (div, body's wrappers): its
    /// content then belongs to the nearest element around it that has a role.</summary>
    public static ElementSemantics? OfBlock(IElement element)
    {
        var language = OwnLanguage(element);
        StructureRole? role = element.LocalName switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => StructureRole.Heading,
            "p" => StructureRole.Paragraph,
            "ul" or "ol" or "menu" => StructureRole.List,
            "li" => StructureRole.ListItem,
            "section" or "article" or "main" => StructureRole.Section,
            "blockquote" => StructureRole.BlockQuote,
            "pre" => StructureRole.Code,
            "caption" or "figcaption" => StructureRole.Caption,
            "table" => StructureRole.Table,
            "tr" => StructureRole.TableRow,
            "th" => StructureRole.TableHeaderCell,
            "td" => StructureRole.TableDataCell,
            _ when IsNote(element) => StructureRole.Note,
            _ => language is null ? null : StructureRole.Section,
        };
        if (role is not { } known)
        {
            return null;
        }

        return new ElementSemantics
        {
            Role = known,
            Level = known == StructureRole.Heading ? element.LocalName[1] - '0' : 0,
            Language = language,
            Scope = known == StructureRole.TableHeaderCell ? ScopeOf(element.GetAttribute("scope")) : HeaderScope.Unknown,
            CellId = known is StructureRole.TableHeaderCell or StructureRole.TableDataCell && element.Id is { Length: > 0 } id ? id : null,
            Headers = known is StructureRole.TableHeaderCell or StructureRole.TableDataCell
                ? (element.GetAttribute("headers") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
                : [],
        };
    }

    /// <summary>The role of an inline element: a link, or a span in another language; null for one without (em, strong, span).</summary>
    public static ElementSemantics? OfInline(IElement element, string? href, ElementSemantics? around)
    {
        var language = OwnLanguage(element);
        if (element.LocalName == "a" && !string.IsNullOrEmpty(href))
        {
            return new ElementSemantics { Role = StructureRole.Link, Href = href, Language = language, InlineParent = around };
        }

        return language is null ? null : new ElementSemantics { Role = StructureRole.Span, Language = language, InlineParent = around };
    }

    /// <summary>An image's role: a figure with its text alternative (null: none given).</summary>
    public static ElementSemantics Figure(string? alt, IElement element) =>
        new()
        {
            Role = StructureRole.Figure,
            Alt = alt,
            Language = OwnLanguage(element),
            Source = PdfSourcePosition.Of(element),
        };

    private static bool IsNote(IElement element) =>
        element.GetAttribute("role") is "note" or "doc-footnote" or "doc-endnote" || element.LocalName == "aside" && element.ClassList.Contains("footnote");

    private static HeaderScope ScopeOf(string? scope) => scope?.Trim().ToLowerInvariant() switch
    {
        "row" or "rowgroup" => HeaderScope.Row,
        "col" or "colgroup" => HeaderScope.Column,
        _ => HeaderScope.Unknown,
    };

    private static string? OwnLanguage(IElement element) =>
        element.GetAttribute("lang")?.Trim() is { Length: > 0 } language ? language : null;
}
