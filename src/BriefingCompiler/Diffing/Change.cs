namespace BriefingCompiler.Diffing;

/// <summary>
/// One change between two briefings. Paths name fields by their YAML keys and list items by 1-based
/// position, as authors count them: <c>agenda[3].status</c>, <c>positions[2].body</c>,
/// <c>document_control.versions[2]</c>. <see cref="Path"/> is where the change is seen: the new path, or
/// the old one for a removal; <see cref="OldPath"/> and <see cref="NewPath"/> differ when items before it
/// were added, removed or moved. <see cref="Text"/> holds the text diff of a text field (block by block;
/// one block for a plain text); it is empty for records and lists, whose inner changes are listed
/// separately or carried whole in <see cref="Old"/>/<see cref="New"/>.
/// </summary>
public sealed record Change(
    string Path,
    ChangeKind Kind,
    string? OldPath,
    string? NewPath,
    ComparableNode? Old,
    ComparableNode? New,
    IReadOnlyList<BlockDiff> Text)
{
    /// <summary>The top-level field the change belongs to (<c>agenda</c>, <c>document_control</c>…), for grouping.</summary>
    public string Section
    {
        get
        {
            var end = Path.IndexOfAny(['.', '[']);
            return end < 0 ? Path : Path[..end];
        }
    }
}
