namespace BriefingCompiler.Pdf.Styling;

/// <summary>break-before/after/inside (and the legacy page-break-* spellings) reduced to what pages need.</summary>
public enum BreakRule
{
    Auto,
    Page,
    Avoid,

    /// <summary><c>column</c>: a forced break inside a multi-column container's columns, none elsewhere.</summary>
    Column,
}
