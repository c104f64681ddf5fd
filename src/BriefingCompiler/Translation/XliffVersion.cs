namespace BriefingCompiler.Translation;

/// <summary>The XLIFF versions briefc writes and reads: 2.1 (OASIS 2018, the default) and 1.2 (what most CAT tools still speak best).</summary>
public enum XliffVersion
{
    V21,
    V12,
}
