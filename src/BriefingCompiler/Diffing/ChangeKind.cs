namespace BriefingCompiler.Diffing;

public enum ChangeKind
{
    /// <summary>Present only in the new briefing.</summary>
    Added,

    /// <summary>Present only in the old briefing.</summary>
    Removed,

    /// <summary>Present in both, with different content.</summary>
    Changed,

    /// <summary>A list item that now stands elsewhere in its list (its content changes, if any, follow as Changed).</summary>
    Moved,
}
