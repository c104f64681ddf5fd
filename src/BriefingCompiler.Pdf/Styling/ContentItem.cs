namespace BriefingCompiler.Pdf.Styling;

/// <summary>One piece of a <c>::before</c>, <c>::after</c> or <c>::marker</c> <c>content</c> value.</summary>
public abstract record ContentItem;

/// <summary>A string.</summary>
public sealed record ContentText(string Text) : ContentItem;

/// <summary><c>counter(name, style)</c>, or with a <see cref="Separator"/> <c>counters(name, "sep", style)</c>.</summary>
public sealed record ContentCounter(string Name, string? Separator, string Style) : ContentItem;

/// <summary><c>url(…)</c>: an image, set in the generated box as an inline replaced element (CSS 2.1 §12.2).</summary>
public sealed record ContentImage(string Url) : ContentItem;

/// <summary><c>attr(name)</c>: the element's attribute, or nothing.</summary>
public sealed record ContentAttribute(string Name) : ContentItem;

/// <summary><c>open-quote</c>, <c>close-quote</c> (<see cref="Drawn"/>) and <c>no-open-quote</c>, <c>no-close-quote</c> (only the nesting changes).</summary>
public sealed record ContentQuote(bool Open, bool Drawn) : ContentItem;

/// <summary>
/// Where a cross-reference points (CSS GCPM): <c>attr(href url)</c> — the element's attribute — or a <c>url(…)</c> /
/// string given in the rule. Only in-document targets (<c>#id</c>) resolve.
/// </summary>
public sealed record ContentTarget(string? Attribute, string? Url);

/// <summary><c>target-counter(url, name, style)</c>, or with a <see cref="Separator"/> <c>target-counters(url, name, "sep", style)</c>:
/// the counter's value at the target element (<c>page</c>: the page it lands on).</summary>
public sealed record ContentTargetCounter(ContentTarget Target, string Name, string? Separator, string Style) : ContentItem;

/// <summary><c>target-text(url, part)</c>: the target element's text (<c>content</c>, <c>before</c>, <c>after</c>, <c>first-letter</c>).</summary>
public sealed record ContentTargetText(ContentTarget Target, string Part) : ContentItem;

/// <summary><c>leader(…)</c>: <see cref="Pattern"/> repeated to fill the line's free space (dotted is ". ", solid "_", space " ").</summary>
public sealed record ContentLeader(string Pattern) : ContentItem;

/// <summary><c>content(text | before | after | first-letter)</c> in <c>string-set</c> and <c>bookmark-label</c> (CSS GCPM): the
/// element's own text, the text of its <c>::before</c> or <c>::after</c>, or its first letter.</summary>
public sealed record ContentOfElement(string Part) : ContentItem;
