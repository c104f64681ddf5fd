namespace BriefingCompiler.Pdf.Styling;

/// <summary>The CSS Paged Media margin boxes the engine paints: three in the top band, three in the bottom one, three down
/// each side margin (CSS Paged Media 3 §5.2; the corner boxes are not painted).</summary>
public enum MarginBoxPosition
{
    TopLeft,
    TopCenter,
    TopRight,
    BottomLeft,
    BottomCenter,
    BottomRight,
    LeftTop,
    LeftMiddle,
    LeftBottom,
    RightTop,
    RightMiddle,
    RightBottom,
}
