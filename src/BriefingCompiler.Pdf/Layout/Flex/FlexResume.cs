namespace BriefingCompiler.Pdf.Layout.Flex;

/// <summary>
/// Continue a flex container at item <see cref="ItemIndex"/> (in order-modified document order; a row container's
/// line starts there). <see cref="ItemResumes"/> is null when that item (or line) starts afresh; for a row line taller
/// than a page it holds, per item of the line, where that item continues (null: the item is done).
/// </summary>
public sealed record FlexResume(int ItemIndex, IReadOnlyList<ResumePoint?>? ItemResumes) : ResumePoint;
