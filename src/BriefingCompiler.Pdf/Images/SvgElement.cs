namespace BriefingCompiler.Pdf.Images;

/// <summary>An element of an SVG file as read (name without namespace, attributes by local name, and for <c>style</c> its text).</summary>
public sealed class SvgElement(string name, Dictionary<string, string> attributes)
{
    public string Name { get; } = name;
    public Dictionary<string, string> Attributes { get; } = attributes;
    public List<SvgElement> Children { get; } = [];
    public string Text { get; set; } = "";

    public string? this[string attribute] => Attributes.TryGetValue(attribute, out var value) ? value : null;

    /// <summary>The name of a node holding characters (<see cref="Text"/>) of a <c>text</c> or <c>tspan</c> element.</summary>
    public const string CharactersName = "#text";

    /// <summary>Whether an element's characters are drawn (kept as <see cref="CharactersName"/> children).</summary>
    public static bool HoldsCharacters(string name) => name is "text" or "tspan";

    /// <summary>A node holding characters of a <c>text</c> or <c>tspan</c> element.</summary>
    public static SvgElement Characters(string text) => new(CharactersName, []) { Text = text };
}
