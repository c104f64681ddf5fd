using System.Text;
using BriefingCompiler.Pdf.Text;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>
/// Draws a <see cref="GlyphRun"/> as one positioned text run carrying its UTF-8 text and clusters: Skia's
/// PDF backend then writes ActualText, so shaped text (Arabic joining, ligatures) extracts as typed.
/// On a canvas that only scales and moves (a raster page: points to pixels), the run is drawn at its size in device
/// pixels under no matrix: Skia rasterises a glyph drawn through a scale from a slightly rounded transform, and a
/// square glyph edge that falls on a pixel boundary (Ahem) then leaves a row of partly covered pixels.
/// With <c>snapToPixels</c> (a raster page) the run is moved so that its font's ascent line falls on a whole device
/// pixel and its glyphs are filled as outlines at exactly that place (Skia's glyph cache would round the baseline
/// instead, which leaves the top of a glyph 0.8 em tall between pixels): the top and bottom of an em-box glyph (Ahem)
/// then fall on pixel edges like the snapped boxes and images around it, as a browser's hinted glyphs do on a
/// screen, where a glyph at a fractional position (below a line 21.8 px tall) blended its edge rows.
/// </summary>
public static class GlyphRunPainter
{
    /// <param name="lineLeftX">Left edge of the line box the run was laid out in.</param>
    /// <param name="baselineY">Baseline of the line.</param>
    /// <param name="snapToPixels">A raster canvas: baseline on a whole device pixel, outlines hinted vertically.</param>
    public static void Draw(SKCanvas canvas, GlyphRun run, float lineLeftX, float baselineY, bool snapToPixels = false)
    {
        if (run.Glyphs.Length == 0) return;
        var matrix = canvas.TotalMatrix;
        var deviceScale = IsUniformScale(matrix) ? matrix.ScaleX : 1;
        snapToPixels &= deviceScale != 1;
        using var font = run.Font.CreateFont(run.Style.FontSize * deviceScale);
        var text = Encoding.UTF8.GetBytes(run.Text);
        var order = DrawingOrder(run);
        var points = new SKPoint[run.Glyphs.Length];
        var glyphs = new ushort[run.Glyphs.Length];
        var clusters = new uint[run.Glyphs.Length];
        var x = lineLeftX + run.X;
        for (var k = 0; k < points.Length; k++)
        {
            var i = order[k];
            points[k] = new SKPoint(x + run.Positions[i], baselineY + (run.VerticalOffsets?[i] ?? 0));
            glyphs[k] = run.Glyphs[i];
            clusters[k] = run.Clusters[i];
        }

        if (deviceScale != 1)
        {
            points = matrix.MapPoints(points);
        }

        if (snapToPixels && DrawOutlines(canvas, run, font, glyphs, points, matrix.MapPoint(0, baselineY).Y - run.Font.AscentAt(run.Style.FontSize) * deviceScale))
        {
            return;
        }

        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, text.Length, null);
        buffer.SetGlyphs(glyphs);
        buffer.SetPositions(points);
        buffer.SetText(text);
        buffer.SetClusters(clusters);
        using var blob = builder.Build();
        if (blob is null) return;
        using var paint = new SKPaint { Color = new SKColor(run.Style.Color), IsAntialias = true };
        if (deviceScale == 1)
        {
            canvas.DrawText(blob, 0, 0, paint);
            return;
        }

        canvas.Save();
        canvas.ResetMatrix();
        canvas.DrawText(blob, 0, 0, paint);
        canvas.Restore();
    }

    /// <summary>
    /// Fills each glyph's outline at its device position, moved down by less than a pixel so that
    /// <paramref name="ascentLine"/> (device y) is whole. False, having drawn nothing, when a glyph that has ink has no
    /// outline (a bitmap or colour glyph): the run is then drawn as text.
    /// </summary>
    private static bool DrawOutlines(SKCanvas canvas, GlyphRun run, SKFont font, ushort[] glyphs, SKPoint[] points, float ascentLine)
    {
        var outlines = new SKPath?[glyphs.Length];
        try
        {
            font.GetGlyphWidths(glyphs.AsSpan(), out SKRect[] inks, paint: null);
            for (var k = 0; k < glyphs.Length; k++)
            {
                outlines[k] = font.GetGlyphPath(glyphs[k]);
                if (outlines[k] is not { IsEmpty: false } && !inks[k].IsEmpty)
                {
                    return false;
                }
            }

            var shift = MathF.Round(ascentLine) - ascentLine;
            using var paint = new SKPaint { Color = new SKColor(run.Style.Color), IsAntialias = true };
            canvas.Save();
            canvas.ResetMatrix();
            for (var k = 0; k < glyphs.Length; k++)
            {
                if (outlines[k] is not { IsEmpty: false } outline) continue;
                canvas.Save();
                // To a quarter of a pixel, as Skia's glyph cache places text across: the points-to-pixels scale leaves
                // a glyph at x = 60 a hair's breadth off it (a column of 1 % coverage beside a full block), and the
                // same text a few hundredths of a pixel apart in a test and its reference should not differ.
                canvas.Translate(MathF.Round(points[k].X * 4) / 4, points[k].Y + shift);
                canvas.DrawPath(outline, paint);
                canvas.Restore();
            }

            canvas.Restore();
            return true;
        }
        finally
        {
            foreach (var outline in outlines) outline?.Dispose();
        }
    }

    /// <summary>Whether <paramref name="matrix"/> only scales (equally on both axes, by more than zero) and translates.</summary>
    private static bool IsUniformScale(SKMatrix matrix) =>
        matrix is { SkewX: 0, SkewY: 0, Persp0: 0, Persp1: 0 } && matrix.ScaleX > 0 && matrix.ScaleX == matrix.ScaleY;

    /// <summary>The glyphs' indices in drawing order: the run's order, except that inside a cluster the glyphs on
    /// the baseline come before those moved off it (marks, the dots Noto Naskh draws apart). Skia wraps a
    /// multi-glyph cluster in an ActualText span, and text extractors place the span's text where its first
    /// glyph is; a raised or lowered first glyph would put the letter on a line of its own.</summary>
    internal static int[] DrawingOrder(GlyphRun run)
    {
        var order = Enumerable.Range(0, run.Glyphs.Length).ToArray();
        if (run.VerticalOffsets is not { } offsets) return order;
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && run.Clusters[end] == run.Clusters[start]) end++;
            if (end - start > 1)
            {
                var sorted = order[start..end].OrderBy(i => offsets[i] != 0).ToArray(); // stable
                sorted.CopyTo(order, start);
            }

            start = end;
        }

        return order;
    }
}
