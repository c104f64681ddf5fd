namespace BriefingCompiler.Pdf.Images;

/// <summary>
/// A rule of an SVG file's <c>&lt;style&gt;</c> element with one simple selector — <c>rect</c>, <c>.cls-1</c>,
/// <c>#logo</c>, <c>path.dark</c> — as drawing programs write them. Rules with other selectors (descendants,
/// attributes, pseudo-classes) are left out with a warning.
/// </summary>
internal sealed record SvgStyleRule(string? Element, IReadOnlyList<string> Classes, string? Id, IReadOnlyList<(string Name, string Value)> Declarations)
{
    public int Specificity => (Id is null ? 0 : 100) + Classes.Count * 10 + (Element is null ? 0 : 1);

    public bool Matches(SvgElement element)
    {
        if (Element is not null && Element != element.Name)
            return false;
        if (Id is not null && element["id"] != Id)
            return false;
        if (Classes.Count == 0)
            return true;
        var own = (element["class"] ?? "").Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        return Classes.All(own.Contains);
    }

    public static List<SvgStyleRule> Parse(string css, ISet<string> warnings)
    {
        var rules = new List<SvgStyleRule>();
        var text = StripComments(css);
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('{', at);
            var close = open < 0 ? -1 : text.IndexOf('}', open);
            if (open < 0 || close < 0)
                break;
            var selectors = text[at..open].Trim();
            var declarations = ParseDeclarations(text[(open + 1)..close]);
            at = close + 1;
            if (selectors.StartsWith('@'))
            {
                warnings.Add($"the style sheet's {selectors.Split(' ')[0]} rule is ignored");
                continue;
            }

            foreach (var selector in selectors.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (Simple(selector, declarations) is { } rule)
                    rules.Add(rule);
                else
                    warnings.Add($"the style rule '{selector}' is ignored (only element, class and id selectors are read)");
            }
        }

        return rules;
    }

    private static SvgStyleRule? Simple(string selector, IReadOnlyList<(string, string)> declarations)
    {
        if (selector == "*")
            return new SvgStyleRule(null, [], null, declarations);
        string? element = null, id = null;
        var classes = new List<string>();
        var parts = System.Text.RegularExpressions.Regex.Matches(selector, @"\G([.#]?)([A-Za-z_][-A-Za-z0-9_]*)");
        if (parts.Sum(p => p.Length) != selector.Length)
            return null;
        foreach (System.Text.RegularExpressions.Match part in parts)
        {
            switch (part.Groups[1].Value)
            {
                case ".":
                    classes.Add(part.Groups[2].Value);
                    break;
                case "#":
                    id = part.Groups[2].Value;
                    break;
                default:
                    element = part.Groups[2].Value;
                    break;
            }
        }

        return new SvgStyleRule(element, classes, id, declarations);
    }

    public static List<(string Name, string Value)> ParseDeclarations(string text) =>
        [.. StripComments(text).Split(';')
            .Select(d => d.Split(':', 2))
            .Where(pair => pair.Length == 2 && pair[0].Trim().Length > 0)
            .Select(pair => (pair[0].Trim().ToLowerInvariant(), pair[1].Replace("!important", "", StringComparison.OrdinalIgnoreCase).Trim()))];

    private static string StripComments(string css) => System.Text.RegularExpressions.Regex.Replace(css, @"/\*.*?\*/", "", System.Text.RegularExpressions.RegexOptions.Singleline);
}
