namespace BriefingCompiler.Pdf.Layout.MultiColumn;

/// <summary>Continue a multi-column container's content at <see cref="Inner"/> (its children, as one column box sees them).</summary>
public sealed record MultiColumnResume(ResumePoint? Inner) : ResumePoint;
