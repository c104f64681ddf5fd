namespace BriefingCompiler.Pdf.Styling;

/// <summary>One corner's border-radius: horizontal and vertical (lengths, or percentages of the box's width and height).</summary>
public readonly record struct CornerRadius(CssLength Horizontal, CssLength Vertical)
{
    public static readonly CornerRadius Square = new(new CssLength(0, false), new CssLength(0, false));

    public bool IsRound => Horizontal.Value > 0 && Vertical.Value > 0;

    /// <summary>"8px" or "8px 4px" as AngleSharp computes it; null when it is not a radius.</summary>
    public static CornerRadius? Parse(string? value, float fontSize)
    {
        var parts = value?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is not { Length: 1 or 2 }
            || CssValueReader.LengthOrPercent(parts[0], fontSize) is not { } horizontal
            || CssValueReader.LengthOrPercent(parts[^1], fontSize) is not { } vertical
            || horizontal.Value < 0 || vertical.Value < 0)
        {
            return null;
        }

        return new CornerRadius(horizontal, vertical);
    }
}
