namespace BriefingCompiler.Pdf.Styling;

/// <summary>Four lengths in points, for margins and padding.</summary>
public readonly record struct Edges(float Top, float Right, float Bottom, float Left)
{
    public static readonly Edges Zero = new(0, 0, 0, 0);

    public float Horizontal => Left + Right;

    public float Vertical => Top + Bottom;
}
