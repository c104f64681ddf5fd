namespace BriefingCompiler.Pdf.Styling;

/// <summary>One page's size, margins (points) and margin boxes, as the @page rules that match it give them.</summary>
public sealed record PageFormat(float Width, float Height, Edges Margins, IReadOnlyList<MarginBox> MarginBoxes)
{
    public float ContentWidth => Width - Margins.Horizontal;

    public float ContentHeight => Height - Margins.Vertical;
}
