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

    /// <summary>The properties read from presentation attributes, style rules and style attributes.</summary>
    public static readonly string[] Properties =
    [
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin",
        "stroke-miterlimit", "stroke-dasharray", "color", "visibility", "display", "opacity", "clip-path", "mask", "filter",
        "stop-color", "stop-opacity",
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
            Get("visibility") is { } visibility ? visibility == "visible" : Visible);
    }
}
