namespace BriefingCompiler.Pdf.Styling;

/// <summary>Where a margin box's content sits across its band: <c>vertical-align</c> top, middle or bottom.</summary>
public enum MarginBoxAlignment
{
    Start,
    Middle,
    End,
}
