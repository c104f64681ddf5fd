namespace BriefingCompiler.Pdf.Styling;

/// <summary>One side of a border. Width is in points and already 0 when the style is none or hidden.</summary>
public sealed record BorderSide(float Width, string Style, uint Color)
{
    public static readonly BorderSide None = new(0, "none", 0xFF000000);

    /// <summary>border-style: hidden — no border, but one that wins every conflict of collapsing table borders (CSS 2.1 §17.6.2.1).</summary>
    public static readonly BorderSide Hidden = new(0, "hidden", 0xFF000000);

    public bool IsVisible => Width > 0 && (Color >> 24) != 0;
}
