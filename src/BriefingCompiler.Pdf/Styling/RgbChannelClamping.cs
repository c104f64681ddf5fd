using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// CSS clips an <c>rgb()</c>/<c>rgba()</c> channel outside its range to the range (CSS Color 3 §4.2.1: 101% is 100%,
/// -1 is 0), but AngleSharp.Css stores each channel in a byte without clamping, so <c>rgb(101%, 0%, 0%)</c> came out
/// as a near-black 1 and <c>rgb(-1%, …)</c> as 253. Before a sheet or a style attribute is parsed, such values are
/// written clamped; values in range, and any other text, are left as they are.
/// </summary>
public static partial class RgbChannelClamping
{
    /// <summary>Whether the text may hold an <c>rgb()</c> value (a cheap test, so most sheets are not rewritten).</summary>
    public static bool Concerns(string css) => css.Contains("rgb", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text with each <c>rgb()</c>/<c>rgba()</c> whose channels are out of range written with clamped channels.</summary>
    public static string Rewrite(string css) => RgbFunction().Replace(css, match =>
    {
        var parts = match.Groups["channels"].Value.Split([',', ' ', '\t', '\n', '\r', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is not (3 or 4))
            return match.Value;
        var clamped = new string[parts.Length];
        var changed = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var percent = parts[i].EndsWith('%');
            if (!double.TryParse(percent ? parts[i][..^1] : parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                return match.Value;
            var most = percent ? 100 : i == 3 ? 1 : 255;
            var inRange = Math.Clamp(value, 0, most);
            changed |= inRange != value;
            clamped[i] = inRange.ToString(CultureInfo.InvariantCulture) + (percent ? "%" : "");
        }

        return changed ? $"{match.Groups["name"].Value}({string.Join(", ", clamped)})" : match.Value;
    });

    [GeneratedRegex(@"(?<name>\brgba?)\((?<channels>[^()]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex RgbFunction();
}
