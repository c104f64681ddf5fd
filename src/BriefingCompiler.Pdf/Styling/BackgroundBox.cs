namespace BriefingCompiler.Pdf.Styling;

/// <summary>The box a background is painted in (background-clip) or its image positioned in (background-origin), CSS Backgrounds 3 §3.7–3.8.</summary>
public enum BackgroundBox
{
    BorderBox,
    PaddingBox,
    ContentBox,
}
