using BriefingCompiler.Pdf.Images;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>Reads the CSS values of images: <c>url()</c>, object-fit, positions (object-position, background-position), background-size. Pure functions; null means "not understood".</summary>
public static class ImageValueReader
{
    /// <summary>The address inside <c>url(…)</c> (quoted or not), or null when the value is not a single url().</summary>
    public static string? Url(string? value)
    {
        if (value is null)
            return null;
        value = value.Trim();
        if (!value.StartsWith("url(", StringComparison.OrdinalIgnoreCase) || !value.EndsWith(')'))
            return null;
        var inner = value[4..^1].Trim();
        if (inner.Length >= 2 && inner[0] is '"' or '\'' && inner[^1] == inner[0])
            inner = inner[1..^1];
        return inner.Replace("\\\"", "\"").Replace("\\'", "'");
    }

    public static ObjectFit? ObjectFit(string? value) => value switch
    {
        null or "fill" => Images.ObjectFit.Fill,
        "contain" => Images.ObjectFit.Contain,
        "cover" => Images.ObjectFit.Cover,
        "none" => Images.ObjectFit.None,
        "scale-down" => Images.ObjectFit.ScaleDown,
        _ => null,
    };

    /// <summary>A one- or two-value position (keywords, percentages, lengths); percentages are of the free space.</summary>
    public static (CssLength X, CssLength Y)? Position(string? value, float fontSize)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 2)
            return null;
        if (parts.Length == 1)
        {
            return parts[0] switch
            {
                "top" or "bottom" => (Percent(50), Keyword(parts[0])!.Value),
                _ => Component(parts[0], fontSize) is { } x ? (x, Percent(50)) : null,
            };
        }

        // "top left" is "left top": a vertical keyword first swaps the pair.
        if (parts[0] is "top" or "bottom" || parts[1] is "left" or "right")
            (parts[0], parts[1]) = (parts[1], parts[0]);
        return Component(parts[0], fontSize) is { } first && Component(parts[1], fontSize) is { } second ? (first, second) : null;
    }

    private static CssLength Percent(float value) => new(value, true);

    private static CssLength? Keyword(string word) => word switch
    {
        "left" or "top" => Percent(0),
        "center" => Percent(50),
        "right" or "bottom" => Percent(100),
        _ => null,
    };

    private static CssLength? Component(string text, float fontSize) => Keyword(text) ?? CssValueReader.LengthOrPercent(text, fontSize);

    /// <summary>background-size: cover, contain, or one or two lengths/percentages/auto.</summary>
    public static (bool Cover, bool Contain, CssLength? Width, CssLength? Height)? BackgroundSize(string? value, float fontSize)
    {
        switch (value)
        {
            case null or "auto" or "auto auto":
                return (false, false, null, null);
            case "cover":
                return (true, false, null, null);
            case "contain":
                return (false, true, null, null);
        }

        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 2)
            return null;
        CssLength? Read(string part) => part == "auto" ? null : CssValueReader.LengthOrPercent(part, fontSize);
        var width = Read(parts[0]);
        var height = parts.Length > 1 ? Read(parts[1]) : null;
        if ((width is null && parts[0] != "auto") || (parts.Length > 1 && height is null && parts[1] != "auto"))
            return null;
        return (false, false, width, height);
    }
}
