namespace BriefingCompiler.Pdf.Images;

/// <summary>CSS object-fit.</summary>
public enum ObjectFit
{
    Fill,
    Contain,
    Cover,
    None,
    ScaleDown,
}
