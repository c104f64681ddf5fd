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

    /// <summary>Writing the PDF file from the paint lists (<c>PdfDocumentWriter</c>): content streams, font subsets and
    /// their maps, the structure tree, the outline, metadata, compression.</summary>
    PdfWriting,

    /// <summary>Drawing PNG previews.</summary>
    PngPreviews,
}
