using BriefingCompiler.Pdf.Text;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>
/// One drawing operation in page coordinates (points, y down). The paint list sits between layout and the
/// canvas so the PDF and the PNG previews are drawn by the same code, and tests can read what is drawn.
/// </summary>
public abstract record PaintCommand;

public sealed record FillRectangle(SKRect Rect, uint Color) : PaintCommand;

/// <summary>A background with rounded corners (border-radius).</summary>
public sealed record FillRoundRectangle(SKRoundRect Shape, uint Color) : PaintCommand;

/// <summary>A border of one width, colour and style all round, with rounded corners, centred on <see cref="Shape"/>'s outline.</summary>
public sealed record StrokeRoundRectangle(SKRoundRect Shape, float Thickness, uint Color, string Style) : PaintCommand;

/// <summary>A list marker's disc (filled), circle (outlined) or square (filled) inside <see cref="Rect"/>.</summary>
public sealed record DrawListSymbol(BriefingCompiler.Pdf.Layout.ListSymbol Symbol, SKRect Rect, uint Color) : PaintCommand;

/// <summary>A border side or a text decoration: a line of the given thickness, centred on the segment.</summary>
public sealed record DrawLine(SKPoint From, SKPoint To, float Thickness, uint Color, string Style) : PaintCommand;

/// <summary>A glyph run; <see cref="LineX"/> is the left edge of its line (the run's own X is added when drawing).
/// <see cref="Structure"/>: the element of the document's structure the text belongs to (null: an artifact — a running
/// header, a repeated table header).</summary>
public sealed record DrawGlyphs(GlyphRun Run, float LineX, float BaselineY, SKRect Bounds) : PaintCommand
{
    public StructureNode? Structure { get; init; }
}

/// <summary>A link area; <see cref="Structure"/>: the link element it belongs to in the document's structure.</summary>
public sealed record LinkToUrl(SKRect Rect, string Url) : PaintCommand
{
    public StructureNode? Structure { get; init; }
}

public sealed record LinkToDestination(SKRect Rect, string Name) : PaintCommand
{
    public StructureNode? Structure { get; init; }
}

public sealed record NamedDestination(SKPoint Point, string Name) : PaintCommand;

/// <summary>Clip what follows, up to the matching <see cref="EndClip"/>.</summary>
public sealed record BeginClip(SKRect Rect) : PaintCommand;

public sealed record EndClip : PaintCommand;

/// <summary>Paint what follows, up to the matching <see cref="EndLayer"/>, on a layer composited with this opacity (CSS opacity, 0 to 1).</summary>
public sealed record BeginLayer(float Opacity) : PaintCommand;

public sealed record EndLayer : PaintCommand;

/// <summary>
/// An image mapped onto <see cref="Destination"/> (the whole image: for object-fit: cover or a background tile it
/// may reach past what is shown) and shown only inside <see cref="Clip"/>. The same <see cref="Images.ImageResource"/>
/// object on several pages is one image in the PDF. <see cref="Alt"/>: its text alternative (null: decorative,
/// such as a background). With <see cref="RepeatX"/>/<see cref="RepeatY"/> (background-repeat) the image is tiled
/// across/down the clip from <see cref="Destination"/>, which is one tile. <see cref="Structure"/>: the figure it is in the
/// document's structure (null: decoration, an artifact).
/// </summary>
public sealed record DrawImage(Images.ImageResource Image, SKRect Destination, SKRect Clip, string? Alt) : PaintCommand
{
    public StructureNode? Structure { get; init; }

    public bool RepeatX { get; init; }
    public bool RepeatY { get; init; }

    /// <summary>The vector image as drawn onto one tile of <see cref="Destination"/> (an SVG without a viewBox is laid out at
    /// that size, not scaled: <see cref="Images.VectorImage.At"/>); null for raster images. Both painters draw this.</summary>
    public Images.VectorImage? Vector { get; init; } = Image.Vector?.At(Destination.Width / 0.75f, Destination.Height / 0.75f);

    /// <summary>The glyph runs of <see cref="Vector"/>'s text pieces, by shape index (<see cref="Images.VectorShape.Text"/>): a
    /// painter draws a shape that has runs as that text, placed by its <see cref="Images.VectorText.Placement"/>, instead of
    /// its outlines; null (or a null entry) draws the outlines. Set by <see cref="SvgGlyphSetter"/>.</summary>
    public IReadOnlyList<IReadOnlyList<GlyphRun>?>? VectorText { get; init; }

    /// <summary>A fixed background (background-attachment: fixed), placed in the page box once the page is painted; null otherwise.</summary>
    internal Styling.BackgroundImage? FixedBackground { get; init; }
}
