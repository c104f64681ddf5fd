using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Images;

/// <summary>The inherited SVG painting properties at an element (paints kept as written: colours, <c>none</c>, <c>url(#id)</c>).</summary>
internal sealed record SvgPaintStyle(
    string Fill,
    float FillOpacity,
    bool EvenOdd,
    string Stroke,
    float StrokeWidth,
    float StrokeOpacity,
    string LineCap,
    string LineJoin,
    float MiterLimit,
    IReadOnlyList<float> Dashes,
    uint Color,
    bool Visible)
{
    public static readonly SvgPaintStyle Initial = new("black", 1, false, "none", 1, 1, "butt", "miter", 4, [], 0xFF000000, true);

    /// <summary>The inherited font properties of text (the initial font is the bundled sans-serif at 16 px, as browsers draw it).</summary>
    public IReadOnlyList<string> FontFamilies { get; init; } = ["sans-serif"];

    /// <summary>The font size in user units.</summary>
    public float FontSize { get; init; } = 16;

    public int FontWeight { get; init; } = 400;

    public bool Italic { get; init; }

    /// <summary><c>text-anchor</c>: start, middle or end.</summary>
    public string TextAnchor { get; init; } = "start";

    /// <summary><c>direction: rtl</c>: text starts at the right, and <c>text-anchor: start</c> is its right end.</summary>
    public bool RightToLeft { get; init; }

    /// <summary>The properties read from presentation attributes, style rules and style attributes.</summary>
    public static readonly string[] Properties =
    [
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin",
        "stroke-miterlimit", "stroke-dasharray", "color", "visibility", "display", "opacity", "clip-path", "mask", "filter",
        "stop-color", "stop-opacity", "font-family", "font-size", "font-weight", "font-style", "text-anchor", "direction",
        "writing-mode",
    ];

    public SvgPaintStyle With(IReadOnlyDictionary<string, string> declared, float diagonal)
    {
        string? Get(string name) => declared.TryGetValue(name, out var value) && value != "inherit" ? value : null;
        float Opacity(string name, float inherited) => Get(name) is { } text
            ? Math.Clamp(text.EndsWith('%') ? (SvgShapeBuilder.Number(text[..^1]) ?? 100) / 100 : SvgShapeBuilder.Number(text) ?? 1, 0, 1)
            : inherited;
        var color = Get("color") is { } c ? CssValueReader.Color(c, Color) ?? Color : Color;
        var dashes = Get("stroke-dasharray") is { } dashText
            ? dashText == "none" ? [] : SvgShapeBuilder.Numbers(dashText) is var list && list.All(d => d >= 0) ? (list.Count % 2 == 1 ? [.. list, .. list] : list) : Dashes
            : Dashes;
        return new SvgPaintStyle(
            Get("fill") ?? Fill,
            Opacity("fill-opacity", FillOpacity),
            Get("fill-rule") is { } rule ? rule == "evenodd" : EvenOdd,
            Get("stroke") ?? Stroke,
            Get("stroke-width") is { } width ? SvgShapeBuilder.Length(width, diagonal) ?? StrokeWidth : StrokeWidth,
            Opacity("stroke-opacity", StrokeOpacity),
            Get("stroke-linecap") ?? LineCap,
            Get("stroke-linejoin") ?? LineJoin,
            SvgShapeBuilder.Number(Get("stroke-miterlimit")) ?? MiterLimit,
            dashes,
            color,
            Get("visibility") is { } visibility ? visibility == "visible" : Visible)
        {
            FontFamilies = StyleResolver.FontFamilies(Get("font-family")) ?? FontFamilies,
            FontSize = Get("font-size") is { } size ? FontSizeOf(size) ?? FontSize : FontSize,
            FontWeight = Get("font-weight") is { } weight ? StyleResolver.FontWeight(weight, FontWeight) : FontWeight,
            Italic = Get("font-style") is { } fontStyle ? fontStyle is "italic" or "oblique" || fontStyle.StartsWith("oblique ", StringComparison.Ordinal) : Italic,
            TextAnchor = Get("text-anchor") is "start" or "middle" or "end" ? Get("text-anchor")! : TextAnchor,
            RightToLeft = Get("direction") is { } direction ? direction == "rtl" : RightToLeft,
        };
    }

    /// <summary>A font size in user units: em and % of the inherited size, the CSS size keywords, lengths.</summary>
    private float? FontSizeOf(string text)
    {
        float? size = text switch
        {
            "xx-small" => 9,
            "x-small" => 10,
            "small" => 13,
            "medium" => 16,
            "large" => 18,
            "x-large" => 24,
            "xx-large" => 32,
            "larger" => FontSize * 1.2f,
            "smaller" => FontSize / 1.2f,
            _ when text.EndsWith("em", StringComparison.Ordinal) && !text.EndsWith("rem", StringComparison.Ordinal) => SvgShapeBuilder.Number(text[..^2]) * FontSize,
            _ when text.EndsWith('%') => SvgShapeBuilder.Number(text[..^1]) / 100 * FontSize,
            _ => SvgShapeBuilder.Length(text, FontSize, allowPercent: false),
        };
        return size is >= 0 and < 100_000 ? size : null;
    }
}
