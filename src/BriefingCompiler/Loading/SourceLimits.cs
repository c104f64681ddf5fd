namespace BriefingCompiler.Loading;

/// <summary>The limits of the briefing format (spec: "Files and limits"). A briefing never comes near them;
/// they keep a hostile or broken file from exhausting memory or time.</summary>
public static class SourceLimits
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>Measured in UTF-8 bytes, like the file limit.</summary>
    public const int MaxScalarBytes = 1024 * 1024;

    /// <summary>Mappings and sequences nested inside each other, the root counting as level 1.</summary>
    public const int MaxNestingDepth = 64;

    /// <summary>Nodes that aliases add when they are expanded.</summary>
    public const long MaxAliasExpansionNodes = 100_000;
}
