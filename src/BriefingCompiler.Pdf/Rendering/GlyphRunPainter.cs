using System.Text;
using BriefingCompiler.Pdf.Text;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>
/// Draws a <see cref="GlyphRun"/> as one positioned text run carrying its UTF-8 text and clusters: Skia's
/// PDF backend then writes ActualText, so shaped text (Arabic joining, ligatures) extracts as typed.
/// </summary>
public static class GlyphRunPainter
{
    /// <param name="lineLeftX">Left edge of the line box the run was laid out in.</param>
    /// <param name="baselineY">Baseline of the line.</param>
    public static void Draw(SKCanvas canvas, GlyphRun run, float lineLeftX, float baselineY)
    {
        if (run.Glyphs.Length == 0) return;
        using var font = run.Font.CreateFont(run.Style.FontSize);
        var text = Encoding.UTF8.GetBytes(run.Text);
        var points = new SKPoint[run.Glyphs.Length];
        var x = lineLeftX + run.X;
        for (var i = 0; i < points.Length; i++)
            points[i] = new SKPoint(x + run.Positions[i], baselineY + (run.VerticalOffsets?[i] ?? 0));

        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, text.Length, null);
        buffer.SetGlyphs(run.Glyphs);
        buffer.SetPositions(points);
        buffer.SetText(text);
        buffer.SetClusters(run.Clusters);
        using var blob = builder.Build();
        if (blob is null) return;
        using var paint = new SKPaint { Color = new SKColor(run.Style.Color), IsAntialias = true };
        canvas.DrawText(blob, 0, 0, paint);
    }
}
