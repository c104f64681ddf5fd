using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>One line of text (or a list marker); <see cref="Baseline"/> is measured from the fragment's top.</summary>
public sealed record LineFragment(TextLine Line, float X, float Y, float Width, float Height, float Baseline)
    : Fragment(X, Y, Width, Height);
