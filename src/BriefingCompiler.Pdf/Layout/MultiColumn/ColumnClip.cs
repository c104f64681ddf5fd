namespace BriefingCompiler.Pdf.Layout.MultiColumn;

/// <summary>
/// Where a column box's content stops being painted sideways (CSS Multi-column 1 §8.1: content in the normal flow
/// that extends into a column gap — a long word, an image — is clipped in the middle of the gap): the left and right
/// edges in points from the column fragment's left edge; null where the column has no neighbour on that side (the
/// first and last columns overflow the container as its <c>overflow</c> says). Vertically nothing is clipped.
/// </summary>
public sealed record ColumnClip(float? Left, float? Right);
