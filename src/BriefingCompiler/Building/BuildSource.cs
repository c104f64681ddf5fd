namespace BriefingCompiler.Building;

/// <summary>A briefing to build: the path shown in messages (as the user wrote it, or relative to where briefc runs) and the path to read.</summary>
public sealed record BuildSource(string DisplayPath, string FullPath);
