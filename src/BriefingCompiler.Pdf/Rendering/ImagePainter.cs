using BriefingCompiler.Pdf.Images;
using BriefingCompiler.Pdf.Text;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>
/// Draws <see cref="DrawImage"/> commands on a Skia canvas (PNG previews and pages: the PDF writer draws images itself).
/// Raster images become one <see cref="SKImage"/> per <see cref="ImageResource"/> for the painter's life (one
/// document), so a logo on every page is decoded once. Vector images are drawn as paths and gradients, never rasterized.
/// </summary>
public sealed class ImagePainter : IDisposable
{
    private readonly Dictionary<ImageResource, SKImage?> images = new(ReferenceEqualityComparer.Instance);

    /// <param name="snapToPixels">On a raster canvas, the image's edges go to whole device pixels, as browsers paint
    /// images and backgrounds: an image at a fractional position would otherwise blend its edge rows with what lies
    /// under them. The PDF keeps exact positions.</param>
    public void Draw(SKCanvas canvas, DrawImage command, bool snapToPixels)
    {
        if (command.Destination.Width <= 0 || command.Destination.Height <= 0)
            return;
        if (snapToPixels)
        {
            command = command with { Destination = PixelSnapping.Snap(canvas.TotalMatrix, command.Destination), Clip = PixelSnapping.Snap(canvas.TotalMatrix, command.Clip) };
            // Less than half a pixel across or down: nothing to show (as in browsers).
            if (command.Destination.IsEmpty || command.Clip.IsEmpty)
                return;
        }

        canvas.Save();
        canvas.ClipRect(command.Clip);
        if (command.Vector is { } vector)
        {
            foreach (var tile in Tiles(command))
                DrawVector(canvas, vector, tile, command.VectorText);
        }
        else if (RasterOf(command.Image) is { } image)
        {
            using var paint = new SKPaint { IsAntialias = true };
            var sampling = new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear);
            if (command.RepeatX || command.RepeatY)
            {
                // One image shader (a PDF tiling pattern) however many tiles: a 1-pixel image repeated over a page stays small.
                var destination = command.Destination;
                var local = SKMatrix.CreateScale(destination.Width / image.Width, destination.Height / image.Height).PostConcat(SKMatrix.CreateTranslation(destination.Left, destination.Top));
                using var shader = image.ToShader(command.RepeatX ? SKShaderTileMode.Repeat : SKShaderTileMode.Decal, command.RepeatY ? SKShaderTileMode.Repeat : SKShaderTileMode.Decal, sampling, local);
                paint.Shader = shader;
                canvas.DrawRect(command.Clip, paint);
            }
            else
                canvas.DrawImage(image, command.Destination, sampling, paint);
        }

        canvas.Restore();
    }

    /// <summary>The most tiles a repeated vector image is drawn as (past that the tiles are too small to see).</summary>
    public const int MaxVectorTiles = 2_000;

    /// <summary>Where the copies of a repeated image go: the destination, stepped across and/or down to cover the clip.</summary>
    public static IEnumerable<SKRect> Tiles(DrawImage command)
    {
        var tile = command.Destination;
        var clip = command.Clip;
        var firstX = command.RepeatX ? tile.Left - MathF.Ceiling((tile.Left - clip.Left) / tile.Width) * tile.Width : tile.Left;
        var firstY = command.RepeatY ? tile.Top - MathF.Ceiling((tile.Top - clip.Top) / tile.Height) * tile.Height : tile.Top;
        var across = command.RepeatX ? (int)Math.Min(MaxVectorTiles, MathF.Ceiling((clip.Right - firstX) / tile.Width)) : 1;
        var down = command.RepeatY ? (int)Math.Min(MaxVectorTiles, MathF.Ceiling((clip.Bottom - firstY) / tile.Height)) : 1;
        var count = 0;
        for (var row = 0; row < down; row++)
        {
            for (var column = 0; column < across; column++)
            {
                if (++count > MaxVectorTiles)
                    yield break;
                yield return SKRect.Create(firstX + column * tile.Width, firstY + row * tile.Height, tile.Width, tile.Height);
            }
        }
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

    /// <summary>The shapes of <paramref name="vector"/> mapped into <paramref name="destination"/>; a text piece with glyph runs
    /// in <paramref name="text"/> drawn as that text (hinted, anti-aliased as text) instead of its outlines.</summary>
    private static void DrawVector(SKCanvas canvas, VectorImage vector, SKRect destination, IReadOnlyList<IReadOnlyList<GlyphRun>?>? text)
    {
        canvas.Save();
        canvas.Concat(ViewBoxTransform(vector, destination));
        for (var i = 0; i < vector.Shapes.Count; i++)
        {
            var shape = vector.Shapes[i];
            if (text?[i] is { } runs && shape.Text is { } piece)
            {
                canvas.Save();
                var m = piece.Placement;
                canvas.Concat(new SKMatrix(m.M11, m.M21, m.M31, m.M12, m.M22, m.M32, 0, 0, 1));
                foreach (var run in runs)
                    GlyphRunPainter.Draw(canvas, run, 0, 0);
                canvas.Restore();
                continue;
            }

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
