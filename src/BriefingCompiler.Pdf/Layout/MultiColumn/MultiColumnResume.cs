namespace BriefingCompiler.Pdf.Layout.MultiColumn;

/// <summary>Continue a multi-column container at its segment <see cref="Segment"/> (a column set or a run of spanners,
/// <see cref="ColumnSegments"/>), from <see cref="Inner"/> inside it (null: its start).</summary>
public sealed record MultiColumnResume(int Segment, ResumePoint? Inner) : ResumePoint;
