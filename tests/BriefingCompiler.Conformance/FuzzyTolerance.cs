using System.Globalization;

namespace BriefingCompiler.Conformance;

/// <summary>
/// How different a page may be from its reference and still match, as WPT's <c>fuzzy</c> metadata says it:
/// the largest difference of any colour channel of any pixel (0–255) and the number of pixels that differ at all
/// must each fall in an inclusive range. An identical page always matches. When a test carries no
/// <c>&lt;meta name="fuzzy"&gt;</c>, <see cref="Default"/> applies.
/// </summary>
public sealed record FuzzyTolerance(int MinDifference, int MaxDifference, int MinPixels, int MaxPixels)
{
    /// <summary>
    /// Anti-aliasing noise only: no channel off by more than 2 (of 255), on at most 100 pixels — edges of shapes
    /// that land on a fraction of a pixel differently in the test and its reference. A visible difference (a
    /// missing border, a shifted box, a wrong colour) exceeds it.
    /// </summary>
    public static readonly FuzzyTolerance Default = new(0, 2, 0, 100);

    public bool Accepts(int maxDifference, int differingPixels) =>
        differingPixels == 0
        || (maxDifference >= MinDifference && maxDifference <= MaxDifference && differingPixels >= MinPixels && differingPixels <= MaxPixels);

    public override string ToString() => $"maxDifference={MinDifference}-{MaxDifference};totalPixels={MinPixels}-{MaxPixels}";

    /// <summary>
    /// A <c>&lt;meta name="fuzzy" content&gt;</c> value: <c>[url:]range;range</c>, where a range is <c>[name=]N</c>
    /// (exactly N) or <c>[name=]A-B</c>, the names <c>maxDifference</c> and <c>totalPixels</c> (in that order when
    /// unnamed). Null when it cannot be read; <paramref name="url"/> is the reference it is limited to, if any.
    /// </summary>
    public static FuzzyTolerance? Parse(string content, out string? url)
    {
        url = null;
        var text = content.Trim();
        var colon = text.LastIndexOf(':');
        if (colon >= 0)
        {
            url = text[..colon].Trim();
            text = text[(colon + 1)..];
        }

        var parts = text.Split(';', StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
            return null;
        (int, int)? difference = null, pixels = null;
        for (var i = 0; i < 2; i++)
        {
            var part = parts[i];
            var name = i == 0 ? "maxDifference" : "totalPixels";
            var equals = part.IndexOf('=');
            if (equals >= 0)
            {
                name = part[..equals].Trim();
                part = part[(equals + 1)..];
            }

            if (Range(part) is not { } range)
                return null;
            switch (name)
            {
                case "maxDifference":
                    difference = range;
                    break;
                case "totalPixels":
                    pixels = range;
                    break;
                default:
                    return null;
            }
        }

        return difference is var (dMin, dMax) && pixels is var (pMin, pMax) ? new FuzzyTolerance(dMin, dMax, pMin, pMax) : null;
    }

    private static (int, int)? Range(string text)
    {
        var dash = text.IndexOf('-');
        if (dash < 0)
            return Number(text) is { } n ? (n, n) : null;
        return Number(text[..dash]) is { } low && Number(text[(dash + 1)..]) is { } high && low <= high ? (low, high) : null;
    }

    private static int? Number(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
