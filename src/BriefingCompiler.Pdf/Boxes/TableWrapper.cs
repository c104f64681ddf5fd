namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// The table wrapper box (CSS 2.1 §17.4) that a table with captions and its captions share, as an identity only: the
/// boxes stand side by side in their parent's flow, each pointing here (<see cref="Box.Wrapper"/>), so a caption is
/// known as its table's also after layout copied it (to resolve its percentage margins and padding). Compared by
/// reference.
/// </summary>
public sealed class TableWrapper;
