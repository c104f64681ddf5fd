namespace BriefingCompiler.Pdf.Styling;

/// <summary>One track breadth of grid-template-* (a length in points, a percentage, a flex fraction, or a keyword).</summary>
public readonly record struct GridBreadth(GridBreadthKind Kind, float Value = 0)
{
    public static readonly GridBreadth Auto = new(GridBreadthKind.Auto);
}

public enum GridBreadthKind
{
    Length,
    Percent,
    Fraction,
    Auto,
    MinContent,
    MaxContent,
}

/// <summary>A track's sizing function: <c>minmax(Min, Max)</c>; a single breadth is both (an fr alone is <c>minmax(auto, fr)</c>).</summary>
public readonly record struct GridTrackSize(GridBreadth Min, GridBreadth Max)
{
    public static readonly GridTrackSize Auto = new(GridBreadth.Auto, GridBreadth.Auto);
}
