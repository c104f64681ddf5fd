namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// A grid-template-columns or grid-template-rows track list: <see cref="Before"/> the <c>repeat(auto-fill|auto-fit, …)</c>
/// (if any: <see cref="AutoRepeat"/>), then <see cref="After"/>. Without an automatic repetition all tracks are in Before.
/// </summary>
public sealed record GridTemplate(IReadOnlyList<GridTrackSize> Before, IReadOnlyList<GridTrackSize>? AutoRepeat, IReadOnlyList<GridTrackSize> After)
{
    public static readonly GridTemplate None = new([], null, []);
}
