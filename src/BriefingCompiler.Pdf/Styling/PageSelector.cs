using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// One selector of an @page rule (CSS Paged Media 3 §4.2, CSS GCPM 3 §5): an optional page name and the pseudo-classes
/// <c>:first</c>, <c>:left</c>, <c>:right</c>, <c>:blank</c> and <c>:nth(An+B [of name])</c>, all of which must match.
/// </summary>
public sealed partial record PageSelector(string? Name, bool First, bool Left, bool Right, bool Blank, (int A, int B, string? Of)? Nth)
{
    /// <summary>The selector of a plain <c>@page</c>: every page.</summary>
    public static readonly PageSelector Any = new(null, false, false, false, false, null);

    /// <summary>Whether the selector names no page type and no pseudo-class (a plain <c>@page</c> or a name alone).</summary>
    public bool HasPseudoClass => First || Left || Right || Blank || Nth is not null;

    /// <summary>Specificity (§4.2): the page name, then <c>:first</c>, <c>:blank</c> and <c>:nth()</c> (GCPM: as <c>:first</c>),
    /// then <c>:left</c> and <c>:right</c>; as one number for ordering.</summary>
    public int Specificity => (Name is null ? 0 : 10_000) + ((First ? 1 : 0) + (Blank ? 1 : 0) + (Nth is null ? 0 : 1)) * 100 + (Left ? 1 : 0) + (Right ? 1 : 0);

    public bool Matches(PageContext page) =>
        (Name is null || string.Equals(Name, page.Name, StringComparison.Ordinal))
        && (!First || page.Index == 0)
        && (!Left || page.IsLeft)
        && (!Right || !page.IsLeft)
        && (!Blank || page.IsBlank)
        && (Nth is not { } nth || NthMatches(nth, page));

    /// <summary><c>:nth(An+B)</c> counts the document's pages from 1; <c>of name</c>, the pages of that name in the group the page is in.</summary>
    private static bool NthMatches((int A, int B, string? Of) nth, PageContext page)
    {
        if (nth.Of is not null && !string.Equals(nth.Of, page.Name, StringComparison.Ordinal))
            return false;
        var position = (nth.Of is null ? page.Index : page.IndexInName) + 1;
        // position = A·n + B for some n ≥ 0.
        if (nth.A == 0)
            return position == nth.B;
        var steps = position - nth.B;
        return steps % nth.A == 0 && steps / nth.A >= 0;
    }

    /// <summary>The selector written after <c>@page</c> (one of a comma-separated list); null when it is not one the engine knows.</summary>
    public static PageSelector? Parse(string text)
    {
        var match = Selector().Match(text.Trim());
        if (!match.Success)
            return null;
        var selector = Any with { Name = match.Groups["name"].Success ? match.Groups["name"].Value : null };
        foreach (Capture pseudo in match.Groups["pseudo"].Captures)
        {
            var value = pseudo.Value.ToLowerInvariant();
            switch (value)
            {
                case "first":
                    selector = selector with { First = true };
                    break;
                case "left":
                    selector = selector with { Left = true };
                    break;
                case "right":
                    selector = selector with { Right = true };
                    break;
                case "blank":
                    selector = selector with { Blank = true };
                    break;
                default:
                    if (!value.StartsWith("nth(", StringComparison.Ordinal) || NthOf(pseudo.Value[4..^1]) is not { } nth || selector.Nth is not null)
                        return null;
                    selector = selector with { Nth = nth };
                    break;
            }
        }

        return selector;
    }

    /// <summary>The argument of <c>:nth()</c>: <c>An+B</c>, <c>odd</c>, <c>even</c> or an integer, then optionally <c>of name</c>.</summary>
    private static (int A, int B, string? Of)? NthOf(string argument)
    {
        var match = NthArgument().Match(argument.Trim());
        if (!match.Success)
            return null;
        var of = match.Groups["of"].Success ? match.Groups["of"].Value : null;
        var formula = match.Groups["formula"].Value.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        if (formula == "odd")
            return (2, 1, of);
        if (formula == "even")
            return (2, 0, of);
        var n = formula.IndexOf('n');
        if (n < 0)
            return int.TryParse(formula, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var alone) ? (0, alone, of) : null;
        var aText = formula[..n];
        var bText = formula[(n + 1)..];
        int a = aText switch
        {
            "" or "+" => 1,
            "-" => -1,
            _ => int.TryParse(aText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : int.MinValue,
        };
        int b = bText.Length == 0 ? 0 : int.TryParse(bText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var offset) ? offset : int.MinValue;
        return a == int.MinValue || b == int.MinValue ? null : (a, b, of);
    }

    [GeneratedRegex(@"^(?<name>-?[a-z_][a-z0-9_-]*)?(?::(?<pseudo>first|left|right|blank|nth\([^()]*\)))*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Selector();

    [GeneratedRegex(@"^(?<formula>[-+0-9n ]+|odd|even)(?:\s+of\s+(?<of>-?[a-z_][a-z0-9_-]*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NthArgument();
}
