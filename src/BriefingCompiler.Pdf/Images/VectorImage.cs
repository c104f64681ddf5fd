namespace BriefingCompiler.Pdf.Images;

/// <summary>
/// An SVG image as data: shapes in the coordinates of its <see cref="ViewBox"/> (every transform already applied
/// to their points), painted in order. A painter maps the view box into the box it is given, keeping the aspect
/// ratio centred unless <see cref="StretchToFit"/> (<c>preserveAspectRatio="none"</c>).
/// </summary>
public sealed record VectorImage(IntrinsicSize Intrinsic, ViewBox ViewBox, bool StretchToFit, IReadOnlyList<VectorShape> Shapes);

/// <summary>The rectangle of SVG user space that is shown.</summary>
public readonly record struct ViewBox(float X, float Y, float Width, float Height);
