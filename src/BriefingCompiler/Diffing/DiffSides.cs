namespace BriefingCompiler.Diffing;

/// <summary>
/// How the outputs name the two sides: what the user typed (<c>old.yaml</c>, <c>HEAD~1:briefings/x.zh.yaml</c>),
/// never a resolved machine path; and each side's current version (its last <c>document_control.versions</c>
/// entry), which the redline's header shows as "Version 1 → 2".
/// </summary>
public sealed record DiffSides(string OldName, string NewName, string? OldVersion = null, string? NewVersion = null);
