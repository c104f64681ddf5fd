namespace BriefingCompiler.Pdf.Styling;

/// <summary>CSS <c>float</c>: the physical side a box is floated to (left is left in right-to-left text too, as in browsers).</summary>
public enum FloatSide
{
    None,
    Left,
    Right,

    /// <summary><c>float: footnote</c> (CSS GCPM): the element leaves the flow for the page's footnote area, a call takes its place.</summary>
    Footnote,
}
