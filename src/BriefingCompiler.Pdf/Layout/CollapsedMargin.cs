namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// A set of adjoining margins being collapsed (CSS 2.1 §8.3.1): the largest positive and the most negative so far,
/// kept apart so the order they join in does not matter; the collapsed margin is their sum.
/// </summary>
public readonly record struct CollapsedMargin(float Positive, float Negative)
{
    public static CollapsedMargin Zero => default;

    public static CollapsedMargin Of(float margin) => Zero.With(margin);

    public float Value => Positive + Negative;

    public CollapsedMargin With(float margin) => new(Math.Max(Positive, margin), Math.Min(Negative, margin));

    public CollapsedMargin With(CollapsedMargin other) => new(Math.Max(Positive, other.Positive), Math.Min(Negative, other.Negative));
}
