using System.Text;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>A Skia path (y down) as PDF path operators (y up), filled with the non-zero rule as glyph outlines are.</summary>
internal static class PdfPath
{
    public static byte[] Fill(SKPath path)
    {
        var content = new StringBuilder();
        using var iterator = path.CreateRawIterator();
        var points = new SKPoint[4];
        SKPathVerb verb;
        var current = SKPoint.Empty;
        while ((verb = iterator.Next(points)) != SKPathVerb.Done)
        {
            switch (verb)
            {
                case SKPathVerb.Move:
                    Append(content, points[0]).Append("m ");
                    current = points[0];
                    break;
                case SKPathVerb.Line:
                    Append(content, points[1]).Append("l ");
                    current = points[1];
                    break;
                case SKPathVerb.Quad:
                    // A quadratic Bézier as the cubic that draws the same curve.
                    var c1 = current + new SKPoint((points[1].X - current.X) * 2 / 3, (points[1].Y - current.Y) * 2 / 3);
                    var c2 = points[2] + new SKPoint((points[1].X - points[2].X) * 2 / 3, (points[1].Y - points[2].Y) * 2 / 3);
                    Append(Append(Append(content, c1), c2), points[2]).Append("c ");
                    current = points[2];
                    break;
                case SKPathVerb.Conic:
                    // TrueType outlines have no conics; a weight-1 conic is a quadratic, near enough for others.
                    var k1 = current + new SKPoint((points[1].X - current.X) * 2 / 3, (points[1].Y - current.Y) * 2 / 3);
                    var k2 = points[2] + new SKPoint((points[1].X - points[2].X) * 2 / 3, (points[1].Y - points[2].Y) * 2 / 3);
                    Append(Append(Append(content, k1), k2), points[2]).Append("c ");
                    current = points[2];
                    break;
                case SKPathVerb.Cubic:
                    Append(Append(Append(content, points[1]), points[2]), points[3]).Append("c ");
                    current = points[3];
                    break;
                case SKPathVerb.Close:
                    content.Append("h ");
                    break;
            }
        }

        content.Append('f');
        return Encoding.ASCII.GetBytes(content.ToString());
    }

    private static StringBuilder Append(StringBuilder content, SKPoint point) =>
        content.Append(PdfSyntax.Number(point.X)).Append(' ').Append(PdfSyntax.Number(-point.Y)).Append(' ');
}
