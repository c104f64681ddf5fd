namespace BriefingCompiler.Pdf.Styling;

/// <summary>One piece of a <c>::before</c>, <c>::after</c> or <c>::marker</c> <c>content</c> value.</summary>
public abstract record ContentItem;

/// <summary>A string.</summary>
public sealed record ContentText(string Text) : ContentItem;

/// <summary><c>counter(name, style)</c>, or with a <see cref="Separator"/> <c>counters(name, "sep", style)</c>.</summary>
public sealed record ContentCounter(string Name, string? Separator, string Style) : ContentItem;

/// <summary><c>attr(name)</c>: the element's attribute, or nothing.</summary>
public sealed record ContentAttribute(string Name) : ContentItem;

/// <summary><c>open-quote</c>, <c>close-quote</c> (<see cref="Drawn"/>) and <c>no-open-quote</c>, <c>no-close-quote</c> (only the nesting changes).</summary>
public sealed record ContentQuote(bool Open, bool Drawn) : ContentItem;
