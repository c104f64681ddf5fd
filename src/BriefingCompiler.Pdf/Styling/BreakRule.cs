namespace BriefingCompiler.Pdf.Styling;

/// <summary>break-before/after/inside (and the legacy page-break-* spellings) reduced to what pages need.</summary>
public enum BreakRule
{
    Auto,
    Page,
    Avoid,
}
