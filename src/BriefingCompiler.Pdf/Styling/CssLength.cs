namespace BriefingCompiler.Pdf.Styling;

/// <summary>A length that may be a percentage of the containing block (as widths are); points otherwise.</summary>
public readonly record struct CssLength(float Value, bool IsPercent)
{
    public float Resolve(float containingWidth) => IsPercent ? containingWidth * Value / 100f : Value;
}
