namespace BriefingCompiler.Pdf.Images;

/// <summary>
/// An SVG image as data: shapes in the coordinates of its <see cref="ViewBox"/> (every transform already applied
/// to their points), painted in order. A painter maps the view box into the box it is given, keeping the aspect
/// ratio centred unless <see cref="StretchToFit"/> (<c>preserveAspectRatio="none"</c>).
/// </summary>
public sealed record VectorImage(IntrinsicSize Intrinsic, ViewBox ViewBox, bool StretchToFit, IReadOnlyList<VectorShape> Shapes)
{
    /// <summary>
    /// The parsed file when it has no viewBox: such an image is not scaled to the size it is drawn at but laid out
    /// again in a viewport of that size (its percentages resolve against it), as browsers draw it; null otherwise.
    /// </summary>
    internal SvgElement? Source { get; init; }

    /// <summary>What set the image's text when it was read (to set it again when <see cref="Source"/> is laid out again).</summary>
    internal ISvgTextOutliner? Text { get; init; }

    /// <summary>
    /// The image as drawn onto a box <paramref name="width"/> × <paramref name="height"/> CSS px: itself when it has a
    /// viewBox (mapped into the box) or already has that size; otherwise its shapes laid out in a viewport of that size.
    /// </summary>
    public VectorImage At(float width, float height)
    {
        if (Source is null || width <= 0 || height <= 0 || !float.IsFinite(width) || !float.IsFinite(height)
            || (Math.Abs(width - ViewBox.Width) < 0.01f && Math.Abs(height - ViewBox.Height) < 0.01f))
            return this;
        // The file was read once within the limits; laying it out again at another size draws the same elements.
        return new SvgShapeBuilder(Source, new SortedSet<string>(StringComparer.Ordinal), Text, (width, height)).Build() is { } sized
            ? sized with { Intrinsic = Intrinsic }
            : this;
    }
}

/// <summary>The rectangle of SVG user space that is shown.</summary>
public readonly record struct ViewBox(float X, float Y, float Width, float Height);
