namespace BriefingCompiler.Building;

/// <summary>An output deleted by the build because its briefing's source file is gone.</summary>
/// <param name="Output">The output as messages show it.</param>
/// <param name="Source">The file name of the source that is gone.</param>
public sealed record RemovedOutput(string Output, string Source);
