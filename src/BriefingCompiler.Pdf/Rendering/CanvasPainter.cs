using BriefingCompiler.Pdf.Layout;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>
/// Executes a page's paint list on a Skia canvas (the PNG previews and rasters; the PDF is written by
/// <see cref="PdfDocumentWriter"/> from the same lists). Links and destinations are skipped on raster canvases.
/// One painter serves one document's previews: images are made once per painter (<see cref="ImagePainter"/>),
/// so dispose it after the document.
/// </summary>
public sealed class CanvasPainter : IDisposable
{
    private readonly ImagePainter images = new();

    public void Dispose() => images.Dispose();

    public void Paint(SKCanvas canvas, PagePaint page, bool annotations)
    {
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke };
        // A raster canvas (no annotations) puts box edges on whole pixels, as browsers do; the PDF keeps exact positions.
        var snap = !annotations;
        foreach (var command in page.Commands)
        {
            switch (command)
            {
                case FillRectangle rectangle:
                    fill.Color = new SKColor(rectangle.Color);
                    canvas.DrawRect(snap ? PixelSnapping.Snap(canvas.TotalMatrix, rectangle.Rect) : rectangle.Rect, fill);
                    break;
                case DrawListSymbol { Symbol: ListSymbol.Circle } circle:
                    stroke.Color = new SKColor(circle.Color);
                    stroke.StrokeWidth = circle.Rect.Width / 6;
                    stroke.PathEffect = null;
                    // Stroked inside the box, so the circle is as wide as a disc.
                    var inset = stroke.StrokeWidth / 2;
                    canvas.DrawOval(SKRect.Inflate(circle.Rect, -inset, -inset), stroke);
                    break;
                case DrawListSymbol { Symbol: ListSymbol.Square } square:
                    fill.Color = new SKColor(square.Color);
                    canvas.DrawRect(square.Rect, fill);
                    break;
                case DrawListSymbol disc:
                    fill.Color = new SKColor(disc.Color);
                    canvas.DrawOval(disc.Rect, fill);
                    break;
                case FillRoundRectangle rounded:
                    fill.Color = new SKColor(rounded.Color);
                    canvas.DrawRoundRect(rounded.Shape, fill);
                    break;
                case DrawLine line when snap && line.Style is not ("dashed" or "dotted") && PixelSnapping.AreaOf(line.From, line.To, line.Thickness) is { } area:
                    // A solid border side or rule drawn as the pixels it covers, as a browser draws it.
                    fill.Color = new SKColor(line.Color);
                    canvas.DrawRect(PixelSnapping.Snap(canvas.TotalMatrix, area, atLeastOnePixel: true), fill);
                    break;
                case DrawLine line:
                    Stroke(stroke, line.Color, line.Thickness, line.Style);
                    canvas.DrawLine(line.From, line.To, stroke);
                    break;
                case StrokeRoundRectangle outline:
                    Stroke(stroke, outline.Color, outline.Thickness, outline.Style);
                    canvas.DrawRoundRect(outline.Shape, stroke);
                    break;
                case DrawGlyphs glyphs:
                    GlyphRunPainter.Draw(canvas, glyphs.Run, glyphs.LineX, glyphs.BaselineY);
                    break;
                case LinkToUrl link when annotations:
                    canvas.DrawUrlAnnotation(link.Rect, link.Url);
                    break;
                case LinkToDestination link when annotations:
                    canvas.DrawLinkDestinationAnnotation(link.Rect, link.Name);
                    break;
                case NamedDestination destination when annotations:
                    canvas.DrawNamedDestinationAnnotation(destination.Point, destination.Name);
                    break;
                case BeginClip clip:
                    canvas.Save();
                    canvas.ClipRect(snap ? PixelSnapping.Snap(canvas.TotalMatrix, clip.Rect) : clip.Rect);
                    break;
                case EndClip:
                    canvas.Restore();
                    break;
                case BeginLayer layer:
                    using (var alpha = new SKPaint { Color = SKColors.White.WithAlpha((byte)Math.Round(layer.Opacity * 255)) })
                    {
                        canvas.SaveLayer(alpha);
                    }

                    break;
                case EndLayer:
                    canvas.Restore();
                    break;
                case DrawImage image:
                    images.Draw(canvas, image, snapToPixels: snap);
                    break;
            }
        }
    }

    private static void Stroke(SKPaint stroke, uint color, float thickness, string style)
    {
        stroke.Color = new SKColor(color);
        stroke.StrokeWidth = thickness;
        stroke.PathEffect = style switch
        {
            "dashed" => SKPathEffect.CreateDash([thickness * 3, thickness * 2], 0),
            "dotted" => SKPathEffect.CreateDash([thickness, thickness], 0),
            _ => null,
        };
    }
}
