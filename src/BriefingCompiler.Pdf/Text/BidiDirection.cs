namespace BriefingCompiler.Pdf.Text;

/// <summary>The paragraph direction handed to <see cref="BidiAlgorithm.Analyze"/>.</summary>
public enum BidiDirection
{
    /// <summary>Paragraph embedding level 0 (CSS <c>direction: ltr</c>).</summary>
    LeftToRight,

    /// <summary>Paragraph embedding level 1 (CSS <c>direction: rtl</c>).</summary>
    RightToLeft,

    /// <summary>The level of the first strong character outside isolates, 0 when there is none (rules P2, P3;
    /// HTML <c>dir="auto"</c>).</summary>
    Auto,
}
