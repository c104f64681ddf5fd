using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// An inline element with <c>position: relative</c>: the containing block of the absolutely positioned boxes inside it
/// (CSS 2.1 §10.1 item 4), which layout finds by the runs that carry it (<see cref="InlineTag.Containing"/>).
/// <see cref="Enclosing"/> is the relatively positioned inline element around it (null: none), whose box holds this one's
/// runs too; <see cref="Shift"/> is how far it is painted from where it was laid out (its offsets and those of the
/// relatively positioned inline elements around it). A class, not a record: two sibling elements with the same style are
/// two containing blocks, so a run is in an element only when it carries that instance or one inside it.
/// </summary>
public sealed class PositionedInline(ComputedStyle style, PositionedInline? enclosing, (float X, float Y) shift)
{
    public ComputedStyle Style { get; } = style;

    public PositionedInline? Enclosing { get; } = enclosing;

    public (float X, float Y) Shift { get; } = shift;

    /// <summary>Whether the runs of <paramref name="inner"/> (the innermost positioned inline around some text) are in this element.</summary>
    public bool Holds(PositionedInline? inner)
    {
        for (var element = inner; element is not null; element = element.Enclosing)
        {
            if (ReferenceEquals(element, this))
            {
                return true;
            }
        }

        return false;
    }
}
