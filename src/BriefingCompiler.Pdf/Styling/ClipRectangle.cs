using System.Globalization;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// clip: rect(top, right, bottom, left) (CSS 2.1 §11.1.2) of an absolutely positioned box, in points from the top left
/// corner of its border box (top and bottom from its top edge, right and left from its left edge); a null edge is
/// <c>auto</c>, the border box's own edge. The box and everything inside it are shown only in this rectangle.
/// </summary>
public sealed record ClipRectangle(float? Top, float? Right, float? Bottom, float? Left)
{
    /// <summary>The rectangle shown of a border box at (<paramref name="x"/>, <paramref name="y"/>) of this size, as
    /// (left, top, right, bottom); empty (right ≤ left or bottom ≤ top) when nothing is shown.</summary>
    public (float Left, float Top, float Right, float Bottom) Within(float x, float y, float width, float height) =>
        (x + (Left ?? 0), y + (Top ?? 0), x + (Right ?? width), y + (Bottom ?? height));

    /// <summary>
    /// Reads <c>rect(…)</c>: four lengths or <c>auto</c>, separated by commas or (as CSS 2.1 allows for compatibility)
    /// white space; null for <c>auto</c>, any other shape or an edge that is not a length (the property is then ignored).
    /// </summary>
    public static ClipRectangle? Read(string? value, float fontSize)
    {
        if (value is null)
            return null;
        var text = value.Trim().ToLowerInvariant();
        if (!text.StartsWith("rect(", StringComparison.Ordinal) || !text.EndsWith(')'))
            return null;
        var parts = text[5..^1].Split([',', ' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4)
            return null;
        var edges = new float?[4];
        for (var i = 0; i < 4; i++)
        {
            if (parts[i] == "auto")
                continue;
            // A sign is allowed on a length ("+0px", "-0pt"); the reader takes the number after it.
            var sign = parts[i].StartsWith('-') ? -1 : 1;
            var unsigned = parts[i].TrimStart('+', '-');
            if (CssValueReader.Length(unsigned, fontSize) is not { } length || !float.IsFinite(length))
                return null;
            edges[i] = sign * length;
        }

        return new ClipRectangle(edges[0], edges[1], edges[2], edges[3]);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"rect({Top?.ToString() ?? "auto"}, {Right?.ToString() ?? "auto"}, {Bottom?.ToString() ?? "auto"}, {Left?.ToString() ?? "auto"})");
}
