using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// HTML's presentational hints for tables (HTML §15.3.9 "Tables"): <c>cellspacing</c> is the table's
/// border-spacing, <c>cellpadding</c> its cells' padding, <c>width</c> and <c>height</c> on a table or cell its
/// dimensions. They rank above the user-agent defaults and below every author rule, so they are written as a
/// style sheet put right after <see cref="UserAgentStyleSheet"/>, each selector an element name (as the
/// defaults) with the attribute test inside <c>:where()</c>, which adds no specificity: an author's
/// <c>td { padding: 5px }</c> still wins over <c>cellpadding</c>.
/// </summary>
public static partial class PresentationalHints
{
    /// <summary>The hint rules for the attributes the document's tables carry, or null when none has one.</summary>
    public static string? Sheet(IDocument document)
    {
        var rules = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("table, td, th"))
        {
            var name = element.LocalName;
            if (name == "table")
            {
                if (Pixels(element.GetAttribute("cellspacing")) is { } spacing)
                {
                    rules.Add($"table:where([cellspacing=\"{Attribute(element, "cellspacing")}\"]) {{ border-spacing: {spacing} }}");
                }

                if (Pixels(element.GetAttribute("cellpadding")) is { } padding)
                {
                    var table = $"table[cellpadding=\"{Attribute(element, "cellpadding")}\"]";
                    // The table's own cells: in a row group, or (XHTML) in a row directly in the table.
                    var cells = string.Join(", ", new[] { "td", "th" }.SelectMany(cell => new[] { $"{table} > * > tr > {cell}", $"{table} > tr > {cell}" }));
                    rules.Add($"td:where({cells}), th:where({cells}) {{ padding: {padding} }}");
                }
            }

            foreach (var dimension in new[] { "width", "height" })
            {
                if (Dimension(element.GetAttribute(dimension)) is { } value)
                {
                    rules.Add($"{name}:where([{dimension}=\"{Attribute(element, dimension)}\"]) {{ {dimension}: {value} }}");
                }
            }
        }

        return rules.Count == 0 ? null : string.Join('\n', rules);
    }

    /// <summary>The attribute's value as it is written (a hint is made only for values <see cref="Number"/> accepts: digits, a point, a percent sign, spaces).</summary>
    private static string Attribute(IElement element, string name) => element.GetAttribute(name)!;

    /// <summary>A non-negative integer attribute (HTML's rules for parsing non-negative integers) in CSS pixels.</summary>
    private static string? Pixels(string? value) =>
        value is not null && Number().Match(value) is { Success: true } match && match.Groups["percent"].Length == 0
            ? ((int)double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture) + "px"
            : null;

    /// <summary>A dimension attribute (HTML's rules for parsing non-zero dimension values): pixels or a percentage; 0 is no hint.</summary>
    private static string? Dimension(string? value)
    {
        if (value is null || Number().Match(value) is not { Success: true } match)
        {
            return null;
        }

        var number = double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        if (number <= 0)
        {
            return null;
        }

        return number.ToString(CultureInfo.InvariantCulture) + (match.Groups["percent"].Length > 0 ? "%" : "px");
    }

    [GeneratedRegex(@"^\s*(?<number>[0-9]+(\.[0-9]+)?)\s*(?<percent>%?)\s*$")]
    private static partial Regex Number();
}
