namespace BriefingCompiler.Pdf.Images;

/// <summary>What fills or strokes a <see cref="VectorShape"/>: a colour or a gradient, colours as ARGB (alpha from the colour and its opacity).</summary>
public abstract record VectorPaint
{
    /// <summary>An ARGB colour with <paramref name="opacity"/> (0 to 1) folded into its alpha.</summary>
    public static uint WithOpacity(uint argb, float opacity)
    {
        var alpha = (uint)Math.Round((argb >> 24) * Math.Clamp(opacity, 0, 1));
        return (alpha << 24) | (argb & 0xFFFFFF);
    }
}

public sealed record SolidPaint(uint Color) : VectorPaint;

/// <summary>A colour at an offset (0 to 1) along a gradient.</summary>
public readonly record struct GradientStop(float Offset, uint Color);

/// <summary>A linear gradient from (X1, Y1) to (X2, Y2) in view box coordinates; beyond its ends the end colours continue (SVG's spreadMethod pad).</summary>
public sealed record LinearGradientPaint(float X1, float Y1, float X2, float Y2, IReadOnlyList<GradientStop> Stops) : VectorPaint;

/// <summary>A radial gradient around (CenterX, CenterY) with radius <see cref="Radius"/>, in view box coordinates (focus at the centre).</summary>
public sealed record RadialGradientPaint(float CenterX, float CenterY, float Radius, IReadOnlyList<GradientStop> Stops) : VectorPaint;
