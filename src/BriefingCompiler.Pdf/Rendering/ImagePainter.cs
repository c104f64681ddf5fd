using BriefingCompiler.Pdf.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>
/// Draws <see cref="DrawImage"/> commands on a Skia canvas. Raster images become one <see cref="SKImage"/> per
/// <see cref="ImageResource"/> for the painter's life (one document): Skia's PDF backend writes an image once per
/// image object, so a logo on every page is embedded once, and a JPEG made from its encoded data is passed
/// through without decoding. Vector images are drawn as paths and gradients, never rasterized.
/// </summary>
public sealed class ImagePainter : IDisposable
{
    private readonly Dictionary<ImageResource, SKImage?> images = new(ReferenceEqualityComparer.Instance);

    public void Draw(SKCanvas canvas, DrawImage command)
    {
        if (command.Destination.Width <= 0 || command.Destination.Height <= 0)
            return;
        canvas.Save();
        canvas.ClipRect(command.Clip);
        if (command.Image.Vector is { } vector)
            DrawVector(canvas, vector, command.Destination);
        else if (RasterOf(command.Image) is { } image)
        {
            using var paint = new SKPaint { IsAntialias = true };
            canvas.DrawImage(image, command.Destination, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
        }

        canvas.Restore();
    }

    private SKImage? RasterOf(ImageResource resource)
    {
        if (!images.TryGetValue(resource, out var image))
        {
            // Lazily decoded by Skia when first drawn; the loader has checked the header's size against the limits.
            using var data = SKData.CreateCopy(resource.Encoded);
            image = SKImage.FromEncodedData(data);
            images[resource] = image;
        }

        return image;
    }

    /// <summary>The view box mapped into <paramref name="destination"/>: stretched, or scaled evenly and centred (SVG's default xMidYMid meet).</summary>
    public static SKMatrix ViewBoxTransform(VectorImage vector, SKRect destination)
    {
        var box = vector.ViewBox;
        if (box.Width <= 0 || box.Height <= 0)
            return SKMatrix.CreateTranslation(destination.Left, destination.Top);
        var scaleX = destination.Width / box.Width;
        var scaleY = destination.Height / box.Height;
        var offsetX = destination.Left;
        var offsetY = destination.Top;
        if (!vector.StretchToFit)
        {
            var scale = Math.Min(scaleX, scaleY);
            offsetX += (destination.Width - box.Width * scale) / 2;
            offsetY += (destination.Height - box.Height * scale) / 2;
            scaleX = scaleY = scale;
        }

        return new SKMatrix(scaleX, 0, offsetX - box.X * scaleX, 0, scaleY, offsetY - box.Y * scaleY, 0, 0, 1);
    }

    private static void DrawVector(SKCanvas canvas, VectorImage vector, SKRect destination)
    {
        canvas.Save();
        canvas.Concat(ViewBoxTransform(vector, destination));
        foreach (var shape in vector.Shapes)
        {
            using var path = PathOf(shape.Path, shape.EvenOddFill ? SKPathFillType.EvenOdd : SKPathFillType.Winding);
            if (shape.Fill is { } fill)
            {
                using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
                Apply(paint, fill, shape.Opacity);
                canvas.DrawPath(path, paint);
            }

            if (shape.Stroke is { Width: > 0 } stroke)
            {
                using var paint = new SKPaint
                {
                    IsAntialias = true,
                    Style = SKPaintStyle.Stroke,
                    StrokeWidth = stroke.Width,
                    StrokeMiter = stroke.MiterLimit,
                    StrokeJoin = stroke.LineJoin switch { "round" => SKStrokeJoin.Round, "bevel" => SKStrokeJoin.Bevel, _ => SKStrokeJoin.Miter },
                    StrokeCap = stroke.LineCap switch { "round" => SKStrokeCap.Round, "square" => SKStrokeCap.Square, _ => SKStrokeCap.Butt },
                };
                Apply(paint, stroke.Paint, shape.Opacity);
                if (stroke.Dashes.Count >= 2 && stroke.Dashes.Sum() > 0)
                    paint.PathEffect = SKPathEffect.CreateDash([.. stroke.Dashes], 0);
                canvas.DrawPath(path, paint);
            }
        }

        canvas.Restore();
    }

    private static void Apply(SKPaint paint, VectorPaint source, float opacity)
    {
        switch (source)
        {
            case SolidPaint solid:
                paint.Color = WithOpacity(solid.Color, opacity);
                break;
            case LinearGradientPaint linear:
                paint.Shader = SKShader.CreateLinearGradient(
                    new SKPoint(linear.X1, linear.Y1), new SKPoint(linear.X2, linear.Y2),
                    [.. linear.Stops.Select(s => WithOpacity(s.Color, opacity))], [.. linear.Stops.Select(s => s.Offset)], SKShaderTileMode.Clamp);
                break;
            case RadialGradientPaint radial:
                paint.Shader = SKShader.CreateRadialGradient(
                    new SKPoint(radial.CenterX, radial.CenterY), Math.Max(radial.Radius, 0.0001f),
                    [.. radial.Stops.Select(s => WithOpacity(s.Color, opacity))], [.. radial.Stops.Select(s => s.Offset)], SKShaderTileMode.Clamp);
                break;
        }
    }

    private static SKColor WithOpacity(uint argb, float opacity)
    {
        var color = new SKColor(argb);
        return opacity >= 1 ? color : color.WithAlpha((byte)Math.Round(color.Alpha * Math.Clamp(opacity, 0, 1)));
    }

    public static SKPath PathOf(VectorPath source, SKPathFillType fillType)
    {
        using var path = new SKPathBuilder { FillType = fillType };
        foreach (var segment in source.Segments)
        {
            switch (segment)
            {
                case MoveTo move:
                    path.MoveTo(move.X, move.Y);
                    break;
                case LineTo line:
                    path.LineTo(line.X, line.Y);
                    break;
                case CubicTo cubic:
                    path.CubicTo(cubic.X1, cubic.Y1, cubic.X2, cubic.Y2, cubic.X, cubic.Y);
                    break;
                case ClosePath:
                    path.Close();
                    break;
            }
        }

        return path.Detach();
    }

    public void Dispose()
    {
        foreach (var image in images.Values)
            image?.Dispose();
        images.Clear();
    }
}
