namespace BriefingCompiler.Building;

/// <summary>One file a build produces for a briefing: the suffix after its base name (".html", ".page-2.png") and its bytes.</summary>
public sealed record CompiledOutput(string Suffix, byte[] Content);
