namespace BriefingCompiler.Pdf.Images;

/// <summary>An element of an SVG file as read (name without namespace, attributes by local name, and for <c>style</c> its text).</summary>
public sealed class SvgElement(string name, Dictionary<string, string> attributes)
{
    public string Name { get; } = name;
    public Dictionary<string, string> Attributes { get; } = attributes;
    public List<SvgElement> Children { get; } = [];
    public string Text { get; set; } = "";

    public string? this[string attribute] => Attributes.TryGetValue(attribute, out var value) ? value : null;
}
