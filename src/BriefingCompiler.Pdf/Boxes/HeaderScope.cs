namespace BriefingCompiler.Pdf.Boxes;

/// <summary>Which cells a table header cell (<c>th</c>) is the header of: its column, its row, or both (HTML's <c>scope</c>).</summary>
public enum HeaderScope
{
    /// <summary>Not said: the structure tree infers it from where the cell is (a header row: column; a body row: row).</summary>
    Unknown,
    Row,
    Column,
    Both,
}
