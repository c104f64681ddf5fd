namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// How a run of text is to be set. Lengths are PDF points (1/72 in). <see cref="FontFamilies"/> is the CSS
/// <c>font-family</c> list in order (generic names such as <c>sans-serif</c> allowed); each character takes
/// the first family that has its glyph, then the bundled fallbacks for its script. <see cref="BaselineShift"/>
/// raises the run's baseline above the line's (negative: lowers it), as CSS vertical-align does.
/// <see cref="Language"/> is the text's BCP 47 language (HTML <c>lang</c>), null when unknown: Han characters
/// take the face of its region (ja → Noto Sans JP, zh-Hant → TC…) and the shaper applies its <c>locl</c> forms.
/// <see cref="WordBreakMode"/> is CSS <c>word-break</c> (keep-all: lines break only where words end, at spaces and
/// punctuation; break-all: between any two letters). <see cref="BreakWordsAnywhere"/> is CSS <c>overflow-wrap:
/// anywhere | break-word</c>: a word wider than its line is cut between letters instead of overflowing it.
/// <see cref="StrutFontSize"/> is the size of the element's font when its glyphs are set smaller than it (synthesized
/// small capitals): the line's strut is measured at that size, as the element's inline box is; null is
/// <see cref="FontSize"/>. <see cref="TrailingSpacesHang"/> is false for preserved spaces that do not hang at a line's
/// end (CSS <c>white-space: pre</c>, CSS 2.1 §16.6.1 step 4 removes only those of normal, nowrap and pre-line; CSS Text 3
/// §4.1.3): they keep their width in the line, its alignment and the paragraph's intrinsic widths.
/// <see cref="LineHeight"/> is the CSS <c>line-height</c> of the run's inline box in points (null: <c>normal</c>), which
/// line layout centres on the run's first available font (CSS 2.1 §10.8.1). <see cref="Anchor"/> is set when the run is
/// in an inline element aligned by text-top, text-bottom, middle, top or bottom: line layout then works out the
/// <see cref="BaselineShift"/> it draws with. <see cref="Emphasis"/> is the run's emphasis marks (CSS <c>text-emphasis</c>),
/// null when it has none.
/// </summary>
public sealed record TextStyle(
    IReadOnlyList<string> FontFamilies,
    float FontSize,
    int FontWeight = 400,
    bool Italic = false,
    uint Color = 0xFF000000,
    float LetterSpacing = 0f,
    float BaselineShift = 0f,
    string? Language = null,
    WordBreakMode WordBreak = WordBreakMode.Normal,
    bool BreakWordsAnywhere = false,
    float? StrutFontSize = null,
    bool TrailingSpacesHang = true,
    float? LineHeight = null,
    VerticalAnchor? Anchor = null,
    TextEmphasis? Emphasis = null);
