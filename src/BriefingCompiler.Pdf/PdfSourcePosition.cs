namespace BriefingCompiler.Pdf;

/// <summary>
/// Where in the HTML an element starts: 1-based <see cref="Line"/> and <see cref="Column"/>, and the 0-based
/// UTF-16 <see cref="Offset"/> of its start tag's <c>&lt;</c> (so a caller holding the HTML can read the tag).
/// </summary>
public readonly record struct PdfSourcePosition(int Line, int Column, int Offset)
{
    /// <summary>Where <paramref name="element"/> starts in the HTML it was parsed from; null when the parser kept no source reference.</summary>
    public static PdfSourcePosition? Of(AngleSharp.Dom.IElement element) =>
        element.SourceReference is { } source
            ? new PdfSourcePosition(source.Position.Line, source.Position.Column, Math.Max(0, source.Position.Position - 1))
            : null;
}
