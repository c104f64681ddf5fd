namespace BriefingCompiler.Pdf.Images;

/// <summary>A replaced element's own width and height in points and its aspect ratio (width / height); each may be unknown.</summary>
public sealed record IntrinsicSize(float? Width, float? Height, float? Ratio)
{
    /// <summary>What CSS gives a replaced element that says nothing of its size: 300 × 150 CSS px.</summary>
    public const float DefaultWidth = 300 * 0.75f, DefaultHeight = 150 * 0.75f;
}
