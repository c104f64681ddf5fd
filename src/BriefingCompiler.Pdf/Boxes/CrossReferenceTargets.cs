namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// What the box tree builder learnt about the elements cross-references can point to: the counters in force at each
/// element with an id (after its own increments, as CSS GCPM says) and its text. Filled while the tree is built (only
/// when the document uses a target function, so other documents pay nothing), read when references are set; the first
/// element with an id wins, as for links. The page each element lands on is not known here: pagination supplies it.
/// </summary>
public sealed class CrossReferenceTargets
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, int[]>> counters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> contents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> befores = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> afters = new(StringComparer.Ordinal);

    /// <summary>Whether the tree holds generated text made from a reference (then it is set again after pagination).</summary>
    public bool HasReferences { get; internal set; }

    /// <summary>Whether a reference needs the page its target lands on.</summary>
    public bool HasPageReferences { get; internal set; }

    internal void AddElement(string id, IReadOnlyDictionary<string, int[]> countersThere, string content)
    {
        counters.TryAdd(id, countersThere);
        contents.TryAdd(id, content);
    }

    internal void AddGenerated(string id, bool before, string text) => (before ? befores : afters).TryAdd(id, text);

    /// <summary>
    /// The text of a reference: a counter's value at the target in <paramref name="format"/> (the reference's style),
    /// or the target's text. A page reference takes its number from <paramref name="pages"/>; before the first
    /// pagination (null) it shows 0, a stand-in as wide as a one-digit number. A target that does not exist shows nothing.
    /// </summary>
    public string Text(CrossReference reference, IReadOnlyDictionary<string, int>? pages, Func<int, string, string> format)
    {
        if (reference.TargetId is not { } id || !counters.TryGetValue(id, out var countersThere))
            return "";
        if (reference.TextPart is { } part)
            return part switch
            {
                "before" => befores.GetValueOrDefault(id, ""),
                "after" => afters.GetValueOrDefault(id, ""),
                "first-letter" => FirstLetter(contents[id]),
                _ => contents[id],
            };
        if (reference.IsPage)
            return format(pages is null ? 0 : pages.GetValueOrDefault(id, 0), reference.Style);
        var values = countersThere.TryGetValue(reference.Counter!, out var stack) ? stack : [0];
        return reference.Separator is null
            ? format(values[^1], reference.Style)
            : string.Join(reference.Separator, values.Select(v => format(v, reference.Style)));
    }

    /// <summary>A counter value in a list-style-type (decimal for a style the engine does not know; the box tree builder reported it).</summary>
    public static string Format(int value, string style) =>
        ListMarkerFormatter.Representation(style, value) ?? ListMarkerFormatter.Representation("decimal", value)!;

    /// <summary>The first grapheme of the text with the punctuation before it, as ::first-letter takes it.</summary>
    internal static string FirstLetter(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsPunctuation(text[start])) start++;
        return start >= text.Length ? text : text[..(start + System.Globalization.StringInfo.GetNextTextElementLength(text, start))];
    }
}
