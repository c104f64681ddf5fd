using System.Collections.Frozen;
using System.Globalization;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// Reads CSS value text as AngleSharp hands it over (computed lengths in px, colours as rgba()) and as raw
/// @page text has it (mm, cm, in, pt, named colours). Pure functions; null means "not a value I understand".
/// </summary>
public static class CssValueReader
{
    public const float PointsPerPixel = 0.75f;

    /// <summary>A length in points; em against <paramref name="fontSize"/> (points). Percentages are not lengths here.</summary>
    public static float? Length(string? text, float fontSize)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim().ToLowerInvariant();
        if (value == "0")
        {
            return 0;
        }

        var unitStart = value.Length;
        while (unitStart > 0 && char.IsAsciiLetter(value[unitStart - 1]))
        {
            unitStart--;
        }

        if (!float.TryParse(value.AsSpan(0, unitStart), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return value[unitStart..] switch
        {
            "px" => number * PointsPerPixel,
            "pt" => number,
            "pc" => number * 12,
            "mm" => number * 72f / 25.4f,
            "cm" => number * 72f / 2.54f,
            "in" => number * 72f,
            "q" => number * 72f / 101.6f,
            "em" or "rem" => number * fontSize,
            "ex" => number * fontSize / 2,
            "" => number == 0 ? 0 : null,
            _ => null,
        };
    }

    /// <summary>A length or a percentage (kept as a percentage, to resolve against the containing block).</summary>
    public static CssLength? LengthOrPercent(string? text, float fontSize)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (value.EndsWith('%')
            && float.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
        {
            return new CssLength(percent, true);
        }

        return Length(value, fontSize) is { } points ? new CssLength(points, false) : null;
    }

    public static float? Number(string? text) =>
        float.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>A colour as 0xAARRGGBB; <paramref name="currentColor"/> stands for <c>currentColor</c>.</summary>
    public static uint? Color(string? text, uint currentColor)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim().ToLowerInvariant();
        if (value == "currentcolor")
        {
            return currentColor;
        }

        if (value.StartsWith('#'))
        {
            return HexColor(value[1..]);
        }

        if (value.StartsWith("rgb"))
        {
            var open = value.IndexOf('(');
            var close = value.LastIndexOf(')');
            if (open < 0 || close < open)
            {
                return null;
            }

            var parts = value[(open + 1)..close].Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3)
            {
                return null;
            }

            var channels = new float[4] { 0, 0, 0, 1 };
            for (var i = 0; i < Math.Min(4, parts.Length); i++)
            {
                var part = parts[i];
                var isPercent = part.EndsWith('%');
                if (!float.TryParse(isPercent ? part[..^1] : part, NumberStyles.Float, CultureInfo.InvariantCulture, out var channel))
                {
                    return null;
                }

                channels[i] = i == 3
                    ? (isPercent ? channel / 100f : channel)
                    : (isPercent ? channel * 2.55f : channel);
            }

            return Argb(channels[3] * 255f, channels[0], channels[1], channels[2]);
        }

        return NamedColors.TryGetValue(value, out var named) ? named : null;
    }

    private static uint? HexColor(string hex)
    {
        if (!hex.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        string Expand(string s) => string.Concat(s.Select(c => new string(c, 2)));
        var full = hex.Length switch
        {
            3 => Expand(hex) + "ff",
            4 => Expand(hex),
            6 => hex + "ff",
            8 => hex,
            _ => null,
        };
        if (full is null)
        {
            return null;
        }

        var rgba = uint.Parse(full, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (rgba >> 8) | ((rgba & 0xFF) << 24);
    }

    private static uint Argb(float a, float r, float g, float b)
    {
        static uint Channel(float v) => (uint)Math.Clamp((int)MathF.Round(v), 0, 255);
        return (Channel(a) << 24) | (Channel(r) << 16) | (Channel(g) << 8) | Channel(b);
    }

    private static readonly FrozenDictionary<string, uint> NamedColors = new Dictionary<string, uint>(StringComparer.Ordinal)
    {
        ["transparent"] = 0x00000000,
        ["black"] = 0xFF000000,
        ["white"] = 0xFFFFFFFF,
        ["red"] = 0xFFFF0000,
        ["green"] = 0xFF008000,
        ["blue"] = 0xFF0000FF,
        ["gray"] = 0xFF808080,
        ["grey"] = 0xFF808080,
        ["silver"] = 0xFFC0C0C0,
        ["maroon"] = 0xFF800000,
        ["navy"] = 0xFF000080,
        ["teal"] = 0xFF008080,
        ["olive"] = 0xFF808000,
        ["purple"] = 0xFF800080,
        ["orange"] = 0xFFFFA500,
        ["yellow"] = 0xFFFFFF00,
        ["darkgray"] = 0xFFA9A9A9,
        ["darkgrey"] = 0xFFA9A9A9,
        ["lightgray"] = 0xFFD3D3D3,
        ["lightgrey"] = 0xFFD3D3D3,
        ["dimgray"] = 0xFF696969,
        ["whitesmoke"] = 0xFFF5F5F5,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
