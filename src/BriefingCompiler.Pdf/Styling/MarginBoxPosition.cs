namespace BriefingCompiler.Pdf.Styling;

/// <summary>The CSS Paged Media margin boxes the engine paints: three in the top band, three in the bottom one.</summary>
public enum MarginBoxPosition
{
    TopLeft,
    TopCenter,
    TopRight,
    BottomLeft,
    BottomCenter,
    BottomRight,
}
