namespace BriefingCompiler.Diffing;

/// <summary>
/// One step of aligning an old list with a new one. Indexes are 0-based positions in the lists.
/// <see cref="AlignmentKind.Matched"/> and <see cref="AlignmentKind.Moved"/> have both;
/// <see cref="AlignmentKind.Removed"/> only <see cref="OldIndex"/>; <see cref="AlignmentKind.Added"/> only
/// <see cref="NewIndex"/>.
/// </summary>
public sealed record AlignmentStep(AlignmentKind Kind, int? OldIndex, int? NewIndex);

public enum AlignmentKind
{
    Matched,
    Removed,
    Added,
    Moved,
}
