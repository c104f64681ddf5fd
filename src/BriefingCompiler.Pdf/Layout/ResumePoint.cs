namespace BriefingCompiler.Pdf.Layout;

/// <summary>Where the layout of a box that did not fit continues on the next page.</summary>
public abstract record ResumePoint;

/// <summary>Continue a container at child <see cref="ChildIndex"/>, inside that child at <see cref="Inner"/> (null: from its start).</summary>
public sealed record BlockResume(int ChildIndex, ResumePoint? Inner) : ResumePoint;

/// <summary>Continue a paragraph at this UTF-16 offset of its text.</summary>
public sealed record TextResume(int SourceOffset) : ResumePoint;

/// <summary>
/// Continue a table at body row <see cref="RowIndex"/>. <see cref="CellResumes"/> is null when the row starts
/// afresh; for a row split across pages it holds, per cell, where that cell continues (null: the cell is done).
/// </summary>
public sealed record TableResume(int RowIndex, IReadOnlyList<ResumePoint?>? CellResumes) : ResumePoint;
