using HarfBuzzSharp;

namespace BriefingCompiler.Pdf.Fonts;

/// <summary>Reads the vertical metrics layout needs from a HarfBuzz font scaled to font units.</summary>
internal static class FontMetricsReader
{
    public static (int Ascender, int Descender, int LineGap) VerticalMetrics(Font font, int unitsPerEm)
    {
        // HarfBuzz picks OS/2 typo metrics when USE_TYPO_METRICS is set, else hhea — what browsers use too.
        if (font.TryGetHorizontalFontExtents(out var extents))
            return (extents.Ascender, -extents.Descender, Math.Max(0, extents.LineGap));
        return ((int)(unitsPerEm * 0.8), (int)(unitsPerEm * 0.2), 0);
    }
}
