namespace BriefingCompiler.Diffing;

/// <summary>
/// How the outputs name the two sides: what the user typed (<c>old.yaml</c>, <c>HEAD~1:briefings/x.zh.yaml</c>),
/// never a resolved machine path.
/// </summary>
public sealed record DiffSides(string OldName, string NewName);
