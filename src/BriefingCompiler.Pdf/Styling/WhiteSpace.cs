namespace BriefingCompiler.Pdf.Styling;

/// <summary>CSS white-space: whether spaces collapse and whether newlines in the source are kept.</summary>
public enum WhiteSpace
{
    Normal,
    NoWrap,
    Pre,
    PreWrap,
    PreLine,
}
