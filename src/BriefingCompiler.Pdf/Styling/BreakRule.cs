namespace BriefingCompiler.Pdf.Styling;

/// <summary>break-before/after/inside (and the legacy page-break-* spellings) reduced to what pages need.</summary>
public enum BreakRule
{
    Auto,
    Page,
    Avoid,

    /// <summary><c>column</c>: a forced break inside a multi-column container's columns, none elsewhere.</summary>
    Column,

    /// <summary><c>left</c>: a forced page break after which the content starts on a left page (a blank page between
    /// when needed, CSS Fragmentation 3 §3.1).</summary>
    Left,

    /// <summary><c>right</c>: the content after the break starts on a right page.</summary>
    Right,

    /// <summary><c>recto</c>: a right page in a left-to-right document, a left one in a right-to-left document.</summary>
    Recto,

    /// <summary><c>verso</c>: the other side of <see cref="Recto"/>.</summary>
    Verso,
}
