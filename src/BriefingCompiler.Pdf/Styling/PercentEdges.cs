namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// The sides of a margin or padding given as percentages (null: that side is a length, in <see cref="Edges"/>).
/// CSS 2.1 §8.3, §8.4: a percentage is of the width of the containing block, also for the top and bottom sides, so
/// it is known only in layout.
/// </summary>
public sealed record PercentEdges(float? Top, float? Right, float? Bottom, float? Left)
{
    /// <summary>The edges with each percentage side resolved against <paramref name="containingWidth"/>, the other sides as <paramref name="lengths"/> has them.</summary>
    public Edges Resolve(Edges lengths, float containingWidth) => new(
        Top is { } top ? top * containingWidth / 100 : lengths.Top,
        Right is { } right ? right * containingWidth / 100 : lengths.Right,
        Bottom is { } bottom ? bottom * containingWidth / 100 : lengths.Bottom,
        Left is { } left ? left * containingWidth / 100 : lengths.Left);

    /// <summary>The percentages of four sides, or null when none is one.</summary>
    public static PercentEdges? Of(float? top, float? right, float? bottom, float? left) =>
        top is null && right is null && bottom is null && left is null ? null : new PercentEdges(top, right, bottom, left);
}
