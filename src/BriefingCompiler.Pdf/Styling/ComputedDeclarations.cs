using System.Globalization;
using AngleSharp.Css;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// AngleSharp's computed declarations of each element, computed once from its parent's: asking the window
/// (GetComputedStyle) recomputes every ancestor for every element, which made styling the slowest stage.
/// Browsers' monospace font size is applied here (<see cref="MonospaceScale"/>), so every length in em that
/// follows is computed from it.
/// </summary>
public sealed partial class ComputedDeclarations(IStyleCollection styles, XHeightSource? xHeights = null)
{
    /// <summary>
    /// Browsers' default size for the generic <c>monospace</c> family is 13px where it is 16px for the others (the
    /// "default fixed font size"): an element whose family is exactly <c>monospace</c> and whose size comes from the
    /// keywords (the initial <c>medium</c>, <c>small</c>, …, inherited or scaled by <c>em</c>/<c>%</c>) is sized
    /// 13/16 of what it would be; leaving such a family for another scales back. A size set as an absolute length
    /// (<c>12pt</c>, <c>20px</c>) is kept, and <c>monospace, monospace</c> is not the generic alone: as in browsers.
    /// </summary>
    public const float MonospaceScale = 13f / 16f;

    private readonly Dictionary<IElement, ICssStyleDeclaration> computed = new(ReferenceEqualityComparer.Instance);

    /// <summary>Per element asked, whether its font size comes from the size keywords rather than an absolute length.</summary>
    private readonly Dictionary<IElement, bool> keywordSized = new(ReferenceEqualityComparer.Instance);

    public ICssStyleDeclaration For(IElement element)
    {
        if (!computed.TryGetValue(element, out var declarations))
        {
            var parentDeclarations = element.ParentElement is { } parent ? For(parent) : null;
            declarations = parentDeclarations is not null
                ? styles.ComputeDeclarationsWithParent(element, parentDeclarations)
                : styles.ComputeDeclarations(element);
            ApplyMonospaceSize(element, declarations, parentDeclarations);
            if (xHeights is not null)
            {
                ApplyXHeight(element, declarations);
            }
            computed[element] = declarations;
        }

        return declarations;
    }

    /// <summary>The element's <c>display</c> as the cascade gives it, before a float or an absolutely positioned box is
    /// blockified (AngleSharp's computed value already is): empty when no rule sets it (the initial <c>inline</c>).</summary>
    public string CascadedDisplay(IElement element) =>
        styles.ComputeCascadedStyle(element, element.ParentElement is { } parent ? For(parent) : null!).GetPropertyValue("display");

    /// <summary>The declarations of an element's <c>::before</c> or <c>::after</c> (<paramref name="name"/> without colons), inheriting from the element; not kept.</summary>
    public ICssStyleDeclaration ForPseudo(IElement element, string name) =>
        element.Pseudo(name) is { } pseudo ? styles.ComputeDeclarationsWithParent(pseudo, For(element)) : styles.ComputeDeclarations(element, "::" + name);

    /// <summary>Scales the font size where the family becomes (or stops being) the generic monospace alone, as <see cref="MonospaceScale"/> says.</summary>
    private void ApplyMonospaceSize(IElement element, ICssStyleDeclaration declarations, ICssStyleDeclaration? parent)
    {
        var monospace = IsGenericMonospace(declarations.GetPropertyValue("font-family"));
        // The root's parent is the initial style: not monospace.
        var parentMonospace = parent is not null && IsGenericMonospace(parent.GetPropertyValue("font-family"));
        if (!IsKeywordSized(element))
        {
            return;
        }

        // A size keyword of the element's own (the UA sheet's body { font-size: medium }) is computed from 16px whatever
        // the parent's family; an inherited or relative size is of the parent's size, already right for its family.
        var factor = SetsSizeKeyword(element) ? (monospace ? MonospaceScale : 1)
            : monospace == parentMonospace ? 1
            : monospace ? MonospaceScale : 1 / MonospaceScale;
        if (factor == 1)
        {
            return;
        }

        Scale(declarations, "font-size", factor);
        // AngleSharp computed a line height given in em or % from the size before it was scaled: scale it alike.
        var lineHeight = styles.ComputeExplicitStyle(element).GetPropertyValue("line-height")?.Trim() ?? "";
        if (lineHeight.EndsWith('%') || lineHeight.EndsWith("em", StringComparison.Ordinal) && !lineHeight.EndsWith("rem", StringComparison.Ordinal) || lineHeight.EndsWith("ex", StringComparison.Ordinal))
        {
            Scale(declarations, "line-height", factor);
        }

        ApplyEmLengths(element, declarations);
    }

    /// <summary>
    /// The other lengths an element sets in em (<c>height: 2em</c>, <c>margin-left: 1em</c>) are of its own font size
    /// (CSS 2.1 §4.3.2), which <see cref="ApplyMonospaceSize"/> has just changed: AngleSharp computed them from the size
    /// before. Each lone em length is computed again from the element's computed size (not scaled: the value is the
    /// same however often it is asked), before the children inherit it.
    /// </summary>
    private void ApplyEmLengths(IElement element, ICssStyleDeclaration declarations)
    {
        if (PixelLength(declarations.GetPropertyValue("font-size")) is not { } size)
        {
            return;
        }

        foreach (var property in styles.ComputeExplicitStyle(element))
        {
            if (property.Name is "font-size" or "line-height" || EmLength().Match(property.Value.Trim()) is not { Success: true } length
                || !float.TryParse(length.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            declarations.SetProperty(property.Name, (number * size).ToString("0.####", CultureInfo.InvariantCulture) + "px");
        }
    }

    /// <summary>A computed length in px, or null.</summary>
    private static float? PixelLength(string? value) =>
        value is not null && value.EndsWith("px", StringComparison.Ordinal)
        && float.TryParse(value.AsSpan(0, value.Length - 2), NumberStyles.Float, CultureInfo.InvariantCulture, out var pixels) ? pixels : null;

    /// <summary>
    /// An ex is the x-height of the element's first available font (CSS 2.1 §4.3.2); AngleSharp computes it as half an
    /// em. Each length the element sets in ex (a lone one: <c>6ex</c>, <c>+6ex</c>) is computed again from the font's
    /// x-height, before the children inherit it. font-size in ex (of the parent's font) is left as AngleSharp has it.
    /// </summary>
    private void ApplyXHeight(IElement element, ICssStyleDeclaration declarations)
    {
        float? pixelsPerEx = null;
        foreach (var property in styles.ComputeExplicitStyle(element))
        {
            if (property.Name == "font-size" || ExLength().Match(property.Value.Trim()) is not { Success: true } length
                || !float.TryParse(length.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            pixelsPerEx ??= PixelsPerEx(declarations);
            declarations.SetProperty(property.Name, (number * pixelsPerEx.Value).ToString("0.####", CultureInfo.InvariantCulture) + "px");
        }
    }

    /// <summary>The x-height in px of the font the declarations name, at their computed size.</summary>
    private float PixelsPerEx(ICssStyleDeclaration declarations)
    {
        var sizeText = declarations.GetPropertyValue("font-size") ?? "";
        var size = sizeText.EndsWith("px", StringComparison.Ordinal)
            && float.TryParse(sizeText.AsSpan(0, sizeText.Length - 2), NumberStyles.Float, CultureInfo.InvariantCulture, out var pixels) ? pixels : 16;
        var families = (declarations.GetPropertyValue("font-family") ?? "").Split(',')
            .Select(f => f.Trim().Trim('"', '\'')).Where(f => f.Length > 0).ToArray();
        var weightText = declarations.GetPropertyValue("font-weight")?.Trim();
        var weight = weightText == "bold" ? 700 : int.TryParse(weightText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var w) ? w : 400;
        var italic = declarations.GetPropertyValue("font-style")?.Trim() is "italic" or "oblique";
        return xHeights!(families.Length > 0 ? families : ["serif"], weight, italic) * size;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<number>[+-]?(?:\d+\.?\d*|\.\d+))ex$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ExLength();

    /// <summary>A lone length in em (not rem).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<number>[+-]?(?:\d+\.?\d*|\.\d+))em$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EmLength();

    /// <summary>Multiplies a property's computed pixel length by <paramref name="factor"/> (nothing when it is no pixel length).</summary>
    private static void Scale(ICssStyleDeclaration declarations, string property, float factor)
    {
        var value = declarations.GetPropertyValue(property);
        if (value is not null && value.EndsWith("px", StringComparison.Ordinal)
            && float.TryParse(value.AsSpan(0, value.Length - 2), NumberStyles.Float, CultureInfo.InvariantCulture, out var pixels))
        {
            declarations.SetProperty(property, (pixels * factor).ToString("0.####", CultureInfo.InvariantCulture) + "px");
        }
    }

    private static bool IsGenericMonospace(string? family) => family?.Trim() == "monospace";

    /// <summary>Whether the element's own declarations set its font size by an absolute size keyword (<c>medium</c>, <c>small</c>, …).</summary>
    private bool SetsSizeKeyword(IElement element) =>
        styles.ComputeExplicitStyle(element).GetPropertyValue("font-size")?.Trim().ToLowerInvariant()
            is "initial" or "xx-small" or "x-small" or "small" or "medium" or "large" or "x-large" or "xx-large" or "xxx-large";

    /// <summary>
    /// Whether an element's font size comes from the size keywords: the initial <c>medium</c> or a keyword, inherited
    /// or scaled by a relative value (<c>em</c>, <c>%</c>, <c>larger</c>, <c>smaller</c>); not from an absolute length.
    /// </summary>
    private bool IsKeywordSized(IElement element)
    {
        if (keywordSized.TryGetValue(element, out var known))
        {
            return known;
        }

        var specified = styles.ComputeExplicitStyle(element).GetPropertyValue("font-size")?.Trim().ToLowerInvariant() ?? "";
        bool ParentKeywordSized() => element.ParentElement is not { } parent || IsKeywordSized(parent);
        var result = specified switch
        {
            "" or "inherit" or "unset" or "larger" or "smaller" => ParentKeywordSized(),
            "initial" or "xx-small" or "x-small" or "small" or "medium" or "large" or "x-large" or "xx-large" or "xxx-large" => true,
            _ when specified.EndsWith('%') || specified.EndsWith("em", StringComparison.Ordinal) && !specified.EndsWith("rem", StringComparison.Ordinal) || specified.EndsWith("ex", StringComparison.Ordinal) => ParentKeywordSized(),
            _ => false,
        };
        keywordSized[element] = result;
        return result;
    }
}
