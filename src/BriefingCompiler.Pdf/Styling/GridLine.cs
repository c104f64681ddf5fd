namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// One of grid-row-start/-end, grid-column-start/-end: a line number (negative counts from the end), a span, an
/// area name (<c>a</c> means the line <c>a-start</c> or <c>a-end</c>), or auto (all empty).
/// </summary>
public readonly record struct GridLine(int Number = 0, int Span = 0, string? Name = null)
{
    public static readonly GridLine Auto = new();

    public bool IsAuto => Number == 0 && Span == 0 && Name is null;
}
