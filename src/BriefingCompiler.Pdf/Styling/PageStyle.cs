namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// The @page rules of a document and what they give each page (CSS Paged Media 3 §4): the rules whose selectors match
/// the page (<see cref="PageContext"/>: first, left or right, blank, its name, <c>:nth()</c>) cascade by specificity, then
/// order — size and margins declaration by declaration, each margin box's properties the same way. A page without rules
/// is A4 with 2 cm margins.
/// </summary>
/// <param name="MarginBoxStyle">The body's style: margin boxes inherit their font and colour from it.</param>
public sealed record PageStyle(IReadOnlyList<PageRule> Rules, ComputedStyle MarginBoxStyle)
{
    public const float A4Width = 595.2756f;
    public const float A4Height = 841.8898f;

    private static readonly Edges DefaultMargins = new(56.693f, 56.693f, 56.693f, 56.693f);

    /// <summary>No @page rules: A4 with 2 cm margins.</summary>
    public static readonly PageStyle Default = new([], new ComputedStyle());

    /// <summary>A page size that replaces the rules' on every page (<c>briefc render --page-size</c>, reftests).</summary>
    public (float Width, float Height)? SizeOverride { get; init; }

    /// <summary>Margins that replace the rules' on every page.</summary>
    public Edges? MarginOverride { get; init; }

    /// <summary>The <c>@footnote</c> area at the foot of each page's content box (CSS GCPM): its margin-top, border-top and
    /// padding-top; null when no rule styles it (footnotes are then set with no separator).</summary>
    public ComputedStyle? FootnoteArea { get; init; }

    /// <summary>Whether a rule names a page type (<c>@page cover</c>): only then does a page's name change its rules.</summary>
    public bool NamesPages => Rules.Any(r => r.Selector.Name is not null || r.Selector.Nth?.Of is not null);

    /// <summary>The first page as an unnamed page (the viewport of <c>vw</c>/<c>vh</c>).</summary>
    public PageFormat First => For(PageContext.Unnamed(0));

    /// <summary>An unnamed page at <paramref name="index"/> of a left-to-right document.</summary>
    public PageFormat For(int index) => For(PageContext.Unnamed(index));

    /// <summary>The size, margins and margin boxes of <paramref name="page"/>; <paramref name="log"/> hears of a size or
    /// margins that make no usable page (PDF111; the caller's log, once per kind).</summary>
    public PageFormat For(PageContext page, MessageLog? log = null)
    {
        var matching = Rules.Where(r => r.Selector.Matches(page)).OrderBy(r => r.Selector.Specificity).ThenBy(r => r.Order).ToArray();
        var width = A4Width;
        var height = A4Height;
        var margins = DefaultMargins;
        var fontSize = MarginBoxStyle.FontSize;
        foreach (var rule in matching)
        {
            foreach (var (name, value) in rule.Declarations)
            {
                switch (name)
                {
                    // As before named pages: :first (and the other pseudo-classes) do not change the size.
                    case "size" when !rule.Selector.HasPseudoClass:
                        (width, height) = PageStyleParser.Size(value) ?? (width, height);
                        break;
                    case "margin":
                        var values = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => CssValueReader.Length(v, fontSize) ?? 0).ToArray();
                        margins = values.Length switch
                        {
                            1 => new Edges(values[0], values[0], values[0], values[0]),
                            2 => new Edges(values[0], values[1], values[0], values[1]),
                            3 => new Edges(values[0], values[1], values[2], values[1]),
                            >= 4 => new Edges(values[0], values[1], values[2], values[3]),
                            _ => margins,
                        };
                        break;
                    case "margin-top":
                        margins = margins with { Top = CssValueReader.Length(value, fontSize) ?? margins.Top };
                        break;
                    case "margin-right":
                        margins = margins with { Right = CssValueReader.Length(value, fontSize) ?? margins.Right };
                        break;
                    case "margin-bottom":
                        margins = margins with { Bottom = CssValueReader.Length(value, fontSize) ?? margins.Bottom };
                        break;
                    case "margin-left":
                        margins = margins with { Left = CssValueReader.Length(value, fontSize) ?? margins.Left };
                        break;
                }
            }
        }

        if (SizeOverride is { } size)
            (width, height) = size;
        if (!PageSize.IsUsable(width) || !PageSize.IsUsable(height))
        {
            log?.WarnOnce("PDF111", "page size", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The @page size ({width:0.##}pt × {height:0.##}pt) is not a usable page (each side {PageSize.MinimumSide}–{PageSize.MaximumSide:0}pt); A4 is used."));
            (width, height) = (A4Width, A4Height);
        }

        // Skia wrote whole-point media boxes: pages are laid out on the size the PDF has.
        (width, height) = (MathF.Round(width), MathF.Round(height));
        margins = MarginOverride ?? margins;
        float[] sides = [margins.Top, margins.Right, margins.Bottom, margins.Left];
        if (!sides.All(float.IsFinite) || !sides.All(side => side >= 0) || margins.Horizontal >= width || margins.Vertical >= height)
        {
            log?.WarnOnce("PDF111", "page margins", "The @page margins are negative, not numbers, or leave no room for content; the page has no margins.");
            margins = new Edges(0, 0, 0, 0);
        }

        return new PageFormat(width, height, margins, MarginBoxesOf(matching));
    }

    /// <summary>Each margin box the matching rules give content, its declarations in cascade order (the last of a property wins).</summary>
    private IReadOnlyList<MarginBox> MarginBoxesOf(IReadOnlyList<PageRule> matching)
    {
        var positions = matching.SelectMany(r => r.MarginBoxes.Keys).Distinct().Order().ToArray();
        if (positions.Length == 0)
            return [];
        var builder = new PageStyleParser(new MessageLog());
        return positions
            .Select(position => builder.MarginBoxOf(position, matching.SelectMany(r => r.MarginBoxes.GetValueOrDefault(position) ?? []).ToArray(), MarginBoxStyle))
            .ToArray();
    }

    /// <summary>
    /// Every margin box a page can get, for registering their text with the fonts before layout: each rule's content at a
    /// position, in the style of the plain rules alone and of the plain rules with each rule's declarations there.
    /// </summary>
    public IEnumerable<MarginBox> PossibleMarginBoxes()
    {
        var builder = new PageStyleParser(new MessageLog());
        var ordered = Rules.OrderBy(r => r.Selector.Specificity).ThenBy(r => r.Order).ToArray();
        var plain = ordered.Where(r => r.Selector == PageSelector.Any).ToArray();
        foreach (var position in Enum.GetValues<MarginBoxPosition>())
        {
            var styled = new List<IReadOnlyList<(string Name, string Value)>> { plain.SelectMany(r => r.MarginBoxes.GetValueOrDefault(position) ?? []).ToArray() };
            styled.AddRange(ordered.Where(r => r.MarginBoxes.ContainsKey(position)).Select(r => plain.Append(r).Distinct().SelectMany(p => p.MarginBoxes.GetValueOrDefault(position) ?? []).ToArray()));
            var contents = ordered.SelectMany(r => (r.MarginBoxes.GetValueOrDefault(position) ?? []).Where(d => d.Name == "content")).Distinct();
            foreach (var content in contents)
            {
                foreach (var declarations in styled)
                    yield return builder.MarginBoxOf(position, [.. declarations, content], MarginBoxStyle);
            }
        }
    }

    /// <summary>Whether a margin box of some rule shows a named string or a running element (<c>string()</c>, <c>element()</c>):
    /// only then are the pages' assignments read.</summary>
    public bool ShowsRunningContent => Rules.Any(r => r.MarginBoxes.Values.Any(d => d.Any(p => p.Name == "content"
        && (p.Value.Contains("string(", StringComparison.OrdinalIgnoreCase) || p.Value.Contains("element(", StringComparison.OrdinalIgnoreCase)))));
}
