namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// An inline element whose margin, border or padding takes room at its sides in the line (its <see cref="TextRun.Spacer"/>s),
/// as the text engine sees it: only an identity and the edged element around it (<see cref="Outer"/>, null: none). Runs say
/// which one they are in (<see cref="TextRun.Inline"/>) so a line can put the element's sides at the visual ends of its
/// content there when bidi reordering has split or moved it (CSS 2.1 §8.6). A class, not a record: two elements are one only
/// when they are the same instance.
/// </summary>
public sealed class EdgedInline(EdgedInline? outer)
{
    public EdgedInline? Outer { get; } = outer;

    /// <summary>How many edged elements are around this one (0: none).</summary>
    public int Depth => Outer is null ? 0 : Outer.Depth + 1;

    /// <summary>Whether <paramref name="inner"/> is this element or inside it.</summary>
    public bool Contains(EdgedInline? inner)
    {
        for (var element = inner; element is not null; element = element.Outer)
        {
            if (ReferenceEquals(element, this))
            {
                return true;
            }
        }

        return false;
    }
}
