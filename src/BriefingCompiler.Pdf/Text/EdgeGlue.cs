namespace BriefingCompiler.Pdf.Text;

/// <summary>Which level an inline element's edge (<see cref="TextRun.Spacer"/>) takes in <see cref="BidiParagraph.Glued"/>.</summary>
internal enum EdgeGlue
{
    /// <summary>The level of the content after it: an element's start.</summary>
    ToNext,

    /// <summary>The level of the content before it: an element's end.</summary>
    ToPrevious,

    /// <summary>Its own: the edge of an element that opens an embedding, resolved inside that embedding.</summary>
    Own,
}
