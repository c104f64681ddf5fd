namespace BriefingCompiler.Translation;

/// <summary>
/// What an XLIFF file may hold before briefc refuses it, far above any briefing's (the largest briefing, 5 MiB, cut
/// into units, stays well below) so a hostile file is refused in bounded time and memory, never read to the end.
/// </summary>
public static class XliffLimits
{
    public const long MaxFileBytes = 32L * 1024 * 1024;
    public const int MaxUnits = 100_000;
    public const int MaxDepth = 64;
    public const int MaxCodesPerUnit = 1_000;
}
