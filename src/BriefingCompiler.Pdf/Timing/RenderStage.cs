namespace BriefingCompiler.Pdf.Timing;

/// <summary>The engine's stages as <see cref="RenderTimings"/> counts them.</summary>
public enum RenderStage
{
    /// <summary>AngleSharp parse and cascade, computed styles, box tree.</summary>
    Styling,

    /// <summary>Registering every run of the document with the fonts, font fallback, hb-subset.</summary>
    TextAndFonts,

    /// <summary>Line breaking, shaping, layout, pagination, running header and footer, paint lists.</summary>
    Layout,

    /// <summary>Drawing the paint lists on Skia's PDF canvas, the outline and /Lang update.</summary>
    PdfWriting,

    /// <summary>Drawing PNG previews.</summary>
    PngPreviews,
}
