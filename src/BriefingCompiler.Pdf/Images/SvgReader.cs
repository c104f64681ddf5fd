using System.Xml;

namespace BriefingCompiler.Pdf.Images;

/// <summary>
/// Reads an SVG file into a <see cref="VectorImage"/> (our own reader of the subset logos and emblems use — shapes,
/// paths, groups, transforms, <c>use</c>, fills, strokes, linear and radial gradients, a simple <c>&lt;style&gt;</c>;
/// native-AOT safe). The XML is read with no DTD processing and no resolver, so an entity or a DTD never reads a
/// file or the network; a reference outside the file (<c>use</c> or <c>image</c> pointing at another file or a URL)
/// is left out with a warning. Work is bounded: nesting depth, element count and path segments are limited.
/// </summary>
public static class SvgReader
{
    public const int MaxDepth = 256;
    public const int MaxElements = 100_000;

    /// <summary>The most path segments of one image (after <c>use</c> copies), so a small file cannot expand without end.</summary>
    public const int MaxSegments = 2_000_000;

    /// <summary>Whether the bytes start (after a byte order mark, white space, an XML declaration or comments) like an SVG document.</summary>
    public static bool LooksLikeSvg(ReadOnlySpan<byte> bytes)
    {
        var head = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 4096)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith('<') && head.Contains("<svg", StringComparison.Ordinal);
    }

    /// <summary>The most characters of <c>&lt;text&gt;</c> one image draws (the rest is left out with a warning).</summary>
    public const int MaxTextCharacters = 100_000;

    /// <param name="text">Sets <c>&lt;text&gt;</c> as outlines in the build's fonts; null: text is left out with a warning.</param>
    public static SvgReadResult Read(byte[] bytes, ISvgTextOutliner? text = null)
    {
        var root = Parse(bytes, out var problem);
        return root is null ? new SvgReadResult(null, problem, []) : Read(root, text);
    }

    /// <summary>An SVG tree already parsed (an inline <c>&lt;svg&gt;</c> of an HTML document).</summary>
    public static SvgReadResult Read(SvgElement root, ISvgTextOutliner? text = null)
    {
        if (root.Name != "svg")
            return new SvgReadResult(null, $"its root element is <{root.Name}>, not <svg>", []);
        var warnings = new SortedSet<string>(StringComparer.Ordinal);
        var image = new SvgShapeBuilder(root, warnings, text).Build();
        return image is null
            ? new SvgReadResult(null, "it draws more than the engine reads (2 million path segments)", [.. warnings])
            : new SvgReadResult(image, null, [.. warnings]);
    }

    private static SvgElement? Parse(byte[] bytes, out string? problem)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
        };
        var stack = new Stack<SvgElement>();
        SvgElement? root = null;
        var count = 0;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (++count > MaxElements)
                        {
                            problem = $"it has more than {MaxElements:N0} elements";
                            return null;
                        }

                        if (reader.Depth >= MaxDepth)
                        {
                            problem = $"its elements are nested more than {MaxDepth} deep";
                            return null;
                        }

                        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
                        if (reader.MoveToFirstAttribute())
                        {
                            do
                            {
                                // xlink:href and href are the same reference.
                                attributes[reader.LocalName] = reader.Value;
                            }
                            while (reader.MoveToNextAttribute());
                            reader.MoveToElement();
                        }

                        var element = new SvgElement(reader.LocalName, attributes);
                        if (stack.TryPeek(out var parent))
                            parent.Children.Add(element);
                        else
                            root = element;
                        if (!reader.IsEmptyElement)
                            stack.Push(element);
                        break;
                    case XmlNodeType.EndElement:
                        stack.Pop();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when stack.TryPeek(out var holder) && holder.Name == "style":
                        holder.Text += reader.Value;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace
                        when stack.TryPeek(out var textHolder) && SvgElement.HoldsCharacters(textHolder.Name):
                        // The characters of <text> and <tspan> as nodes among their children, in document order.
                        textHolder.Children.Add(SvgElement.Characters(reader.Value));
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            problem = $"it is not well-formed XML (line {e.LineNumber}: {e.Message.Split(" Line ")[0]})";
            return null;
        }

        problem = root is null ? "it has no elements" : null;
        return root;
    }
}
