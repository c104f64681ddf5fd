using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// The values layout reads, resolved: lengths in points, colours as ARGB, initial values filled in, keywords
/// normalised (bold = 700). Built from AngleSharp's computed declarations by <see cref="StyleResolver"/>.
/// </summary>
public sealed record ComputedStyle
{
    public Display Display { get; init; } = Display.Inline;
    public Edges Margin { get; init; } = Edges.Zero;

    /// <summary>margin-left and margin-right are both <c>auto</c> (they count as 0 in <see cref="Margin"/>): a narrower block or table is centred.</summary>
    public bool CentredByAutoMargins { get; init; }
    public Edges Padding { get; init; } = Edges.Zero;

    /// <summary>The sides of margin given as percentages, resolved in layout (<see cref="WithPercentEdges"/>); null when none is.</summary>
    public PercentEdges? MarginPercents { get; init; }

    /// <summary>The sides of padding given as percentages, resolved in layout (<see cref="WithPercentEdges"/>); null when none is.</summary>
    public PercentEdges? PaddingPercents { get; init; }

    /// <summary>Whether a margin or padding side is a percentage, not yet resolved.</summary>
    public bool HasPercentEdges => MarginPercents is not null || PaddingPercents is not null;

    /// <summary>
    /// This style with percentage margins and padding resolved against the containing block's width (CSS 2.1 §8.3,
    /// §8.4: for the vertical sides too), or itself when there is nothing to resolve.
    /// </summary>
    public ComputedStyle WithPercentEdges(float containingWidth) =>
        !HasPercentEdges
            ? this
            : this with
            {
                Margin = MarginPercents?.Resolve(Margin, containingWidth) ?? Margin,
                Padding = PaddingPercents?.Resolve(Padding, containingWidth) ?? Padding,
                MarginPercents = null,
                PaddingPercents = null,
            };
    public BorderSide BorderTop { get; init; } = BorderSide.None;
    public BorderSide BorderRight { get; init; } = BorderSide.None;
    public BorderSide BorderBottom { get; init; } = BorderSide.None;
    public BorderSide BorderLeft { get; init; } = BorderSide.None;
    public uint BackgroundColor { get; init; }

    /// <summary>background-clip: the box the background colour and image are painted in (the border box unless set).</summary>
    public BackgroundBox BackgroundClip { get; init; }

    /// <summary>background-origin: the box background-position and background-size refer to (the padding box unless set).</summary>
    public BackgroundBox BackgroundOrigin { get; init; } = BackgroundBox.PaddingBox;

    /// <summary>border-*-radius, clockwise from the top left; all <see cref="CornerRadius.Square"/> for square corners.</summary>
    public IReadOnlyList<CornerRadius> CornerRadii { get; init; } = SquareCorners;

    public bool HasRoundCorners => CornerRadii != SquareCorners;

    /// <summary>The radii of square corners, shared by every style that has them.</summary>
    public static readonly IReadOnlyList<CornerRadius> SquareCorners = [CornerRadius.Square, CornerRadius.Square, CornerRadius.Square, CornerRadius.Square];
    public uint Color { get; init; } = 0xFF000000;

    /// <summary>Whether the box paints something partly transparent: <c>opacity</c> below 1, or a text, background or border
    /// colour with an alpha between 0 and 1 (PDF/A-1 has no transparency; its writer flattens these and says where).</summary>
    public bool IsTranslucent =>
        Opacity < 1 || IsPartlyTransparent(Color) || IsPartlyTransparent(BackgroundColor) || IsPartlyTransparent(BorderTop.Color)
        || IsPartlyTransparent(BorderRight.Color) || IsPartlyTransparent(BorderBottom.Color) || IsPartlyTransparent(BorderLeft.Color);

    private static bool IsPartlyTransparent(uint argb) => (argb >> 24) is > 0 and < 255;
    public IReadOnlyList<string> FontFamilies { get; init; } = ["serif"];

    /// <summary>The content language (BCP 47) from the nearest <c>lang</c> attribute, inherited; null when none says.
    /// It picks the regional face of Han characters and the shaper's language (OpenType <c>locl</c>).</summary>
    public string? Language { get; init; }

    /// <summary>CSS <c>word-break</c> (inherited): <c>keep-all</c> allows no break between the letters of a word in
    /// any script, so Korean (and CJK text that wants it) breaks only at spaces and punctuation; <c>break-all</c>
    /// allows one between any two letters.</summary>
    public WordBreakMode WordBreak { get; init; }

    /// <summary>CSS <c>overflow-wrap</c> (legacy name <c>word-wrap</c>, inherited) <c>anywhere</c> or <c>break-word</c>:
    /// a word too long for its line is cut between its letters instead of overflowing the box.</summary>
    public bool BreakWordsAnywhere { get; init; }
    public float FontSize { get; init; } = 12f;
    public int FontWeight { get; init; } = 400;
    public bool Italic { get; init; }

    /// <summary>font-variant (or font-variant-caps): <c>small-caps</c> (inherited). The engine synthesizes small capitals as
    /// browsers do for a face without them: lower-case letters in upper case at <see cref="SmallCapsScale"/> of the size.</summary>
    public bool SmallCaps { get; init; }

    /// <summary>The size of a synthesized small capital, as a fraction of the font size (Chromium's and Gecko's 0.7).</summary>
    public const float SmallCapsScale = 0.7f;
    public float LetterSpacing { get; init; }

    /// <summary>text-indent (CSS 2.1 §16.1, inherited): how far the first formatted line of a block container starts in
    /// from its start edge (negative: a hanging indent); a percentage is of the containing block's width.</summary>
    public CssLength TextIndent { get; init; }

    /// <summary>Line height in points; null is CSS <c>normal</c>.</summary>
    public float? LineHeight { get; init; }

    public TextAlignment TextAlign { get; init; } = TextAlignment.Start;

    /// <summary>text-align-last (inherited; <c>text-align: justify-all</c> sets it to justify): the alignment of a block's
    /// last line and of lines before a forced break; null is <c>auto</c>.</summary>
    public TextAlignment? TextAlignLast { get; init; }
    public bool Underline { get; init; }
    public bool LineThrough { get; init; }

    /// <summary>text-emphasis-style (CSS Text Decoration 3 §3.1, inherited): the mark drawn over or under each character,
    /// null for <c>none</c>.</summary>
    public string? EmphasisMark { get; init; }

    /// <summary>text-emphasis-color (inherited): null is <c>currentColor</c>, which each element resolves to its own colour.</summary>
    public uint? EmphasisColor { get; init; }

    /// <summary>text-emphasis-position (inherited): the marks go under the text (<c>under</c>), not over it.</summary>
    public bool EmphasisUnder { get; init; }

    /// <summary>The element's part in ruby layout (display: ruby, ruby-base, ruby-text…), <see cref="RubyDisplay.None"/> for any other.</summary>
    public RubyDisplay Ruby { get; init; }

    /// <summary>ruby-position (inherited): annotations go under their bases (<c>under</c>), not over them.</summary>
    public bool RubyUnder { get; init; }
    public WhiteSpace WhiteSpace { get; init; } = WhiteSpace.Normal;

    /// <summary>text-transform: <c>none</c>, <c>uppercase</c>, <c>lowercase</c> or <c>capitalize</c> (inherited).</summary>
    public string TextTransform { get; init; } = "none";
    public string ListStyleType { get; init; } = "disc";
    /// <summary>The used page name (CSS Paged Media 3 §4.1): the element's <c>page</c>, or its parent's when <c>auto</c>;
    /// null for unnamed pages. A break is forced where it changes between siblings, and a page takes the name of its first box.</summary>
    public string? PageName { get; init; }

    /// <summary>The name of <c>position: running(name)</c> (CSS GCPM 3 §2.4): the element is shown in margin boxes, not in the flow; null otherwise.</summary>
    public string? RunningName { get; init; }

    public BreakRule BreakBefore { get; init; } = BreakRule.Auto;
    public BreakRule BreakAfter { get; init; } = BreakRule.Auto;
    public BreakRule BreakInside { get; init; } = BreakRule.Auto;
    public int Orphans { get; init; } = 2;
    public int Widows { get; init; } = 2;
    public bool BorderCollapse { get; init; }

    /// <summary>The horizontal border-spacing (between columns); <see cref="BorderSpacingVertical"/> is between rows.</summary>
    public float BorderSpacing { get; init; }
    public float BorderSpacingVertical { get; init; }

    /// <summary>empty-cells: hide — a cell without content draws neither background nor borders (separated borders).</summary>
    public bool EmptyCellsHide { get; init; }

    /// <summary>table-layout: fixed — column widths come from the columns and the first row, not from the content.</summary>
    public bool TableLayoutFixed { get; init; }
    public CssLength? Width { get; init; }
    public CssLength? MaxWidth { get; init; }

    /// <summary>object-fit of a replaced element (an image in its content box).</summary>
    public Images.ObjectFit ObjectFit { get; init; } = Images.ObjectFit.Fill;

    /// <summary>object-position: percentages of the free space or lengths (50% 50%, centred, the initial value).</summary>
    public (CssLength X, CssLength Y) ObjectPosition { get; init; } = (new CssLength(50, true), new CssLength(50, true));

    /// <summary>background-image (with its repeat, position and size), or null.</summary>
    public BackgroundImage? BackgroundImage { get; init; }

    /// <summary>list-style-image (inherited): the marker of a list item, instead of list-style-type; null for none.</summary>
    public Images.ImageResource? ListStyleImage { get; init; }

    /// <summary>height in points (lengths only). On blocks the box's height (content taller than it overflows); on table rows and cells the least height of the row.</summary>
    public float? Height { get; init; }

    /// <summary>
    /// height as a percentage (of the containing block's height), when it was one: used where that height is known —
    /// an absolutely positioned box's containing block, the page area for the root — and ignored elsewhere.
    /// </summary>
    public float? HeightPercent { get; init; }

    /// <summary>min-height as a percentage of the containing block's height, when it was one (0 where that height is not known).</summary>
    public float? MinHeightPercent { get; init; }

    /// <summary>
    /// This style with percentage heights resolved against a containing block's content height (null: not known,
    /// and they stay auto), or itself when there is nothing to resolve.
    /// </summary>
    public ComputedStyle WithPercentHeights(float? containingHeight) =>
        containingHeight is not { } height || (HeightPercent is null || Height is not null) && MinHeightPercent is null
            ? this
            : this with
            {
                Height = Height ?? HeightPercent * height / 100,
                MinHeight = MinHeightPercent is { } least ? Math.Max(MinHeight, least * height / 100) : MinHeight,
            };

    /// <summary>The content height a box with this style has whatever its content (a fixed height), or null.</summary>
    public float? DefiniteContentHeight =>
        Height is { } height ? Math.Max(BorderBoxSizing ? height - BorderAndPaddingTop - BorderAndPaddingBottom : height, MinHeight) : null;

    /// <summary>min-height in points (lengths only; 0 when not set).</summary>
    public float MinHeight { get; init; }

    /// <summary>box-sizing: border-box — height and min-height include padding and border.</summary>
    public bool BorderBoxSizing { get; init; }

    /// <summary>
    /// The least border-box height height and min-height ask for (0 and not fixed: none), and whether height fixes
    /// it — also at 0: <c>height: 0</c> makes a box with no content height, whatever its content (which overflows).
    /// </summary>
    public (float Least, bool Fixed) BorderBoxHeight
    {
        get
        {
            var extra = BorderBoxSizing ? 0 : BorderAndPaddingTop + BorderAndPaddingBottom;
            var least = Math.Max(Height ?? 0, MinHeight);
            var fixedHeight = Height is >= 0 && Height >= MinHeight;
            return (least > 0 || fixedHeight ? Math.Max(least + extra, BorderAndPaddingTop + BorderAndPaddingBottom) : 0, fixedHeight);
        }
    }

    /// <summary>CSS direction (from the dir attribute or the property): text, list markers and table columns run right to left.</summary>
    public bool RightToLeft { get; init; }

    /// <summary>CSS <c>unicode-bidi</c>. Not inherited: on an inline element, the embedding, override or isolate it opens;
    /// on a block container, overrides and <c>plaintext</c> apply to its paragraphs.</summary>
    public Text.UnicodeBidi UnicodeBidi { get; init; }

    public VerticalAlign VerticalAlign { get; init; } = VerticalAlign.Top;

    /// <summary>How far an inline element's baseline sits above its block's (vertical-align on inline text, nested ones added up), in points.</summary>
    public float BaselineShift { get; init; }

    /// <summary>The inline element (this one or the nearest inline ancestor) whose vertical-align is text-top, text-bottom,
    /// middle, top or bottom: line layout places its box and moves <see cref="BaselineShift"/> with it; null when none is.</summary>
    public VerticalAnchor? VerticalAnchor { get; init; }

    /// <summary>
    /// display: inline-block, inline-table, inline-flex or inline-grid: the box (a block, table, flex or grid container
    /// inside) is laid out as one unbreakable object in its line (CSS 2.1 §9.2.2, §10.8). Images in a line are such
    /// objects too, whatever this says.
    /// </summary>
    public bool AtomicInline { get; init; }

    /// <summary>Where an atomic inline sits in its line (vertical-align, CSS 2.1 §10.8.1).</summary>
    public AtomicVerticalAlign AtomicAlign { get; init; }

    /// <summary>How far an atomic inline's baseline sits above its parent's (sub, super, lengths, percentages; the
    /// shifts of inline elements around it added), in points.</summary>
    public float AtomicShift { get; init; }

    /// <summary>visibility: hidden (or collapse, taken as hidden outside tables), inherited — the box takes its space but paints nothing of its own.</summary>
    public bool Invisible { get; init; }

    /// <summary>visibility: collapse, inherited as visibility is: a flex item so styled takes no room along its line
    /// and is not painted, but its cross size still counts for the line (CSS Flexbox 1 §4.4).</summary>
    public bool Collapsed { get; init; }

    /// <summary>opacity, 0 to 1 (not inherited: the box and its descendants are painted together, then faded).</summary>
    public float Opacity { get; init; } = 1;

    /// <summary>overflow: hidden (or clip, scroll, auto — a page cannot scroll) on a block: its descendants are painted only inside its padding box.</summary>
    public bool ClipsOverflow { get; init; }

    /// <summary>clip (CSS 2.1 §11.1.2) of an absolutely positioned box: the part of its border box that it and its
    /// descendants are shown in; null for auto (and for boxes that are not absolutely positioned, where it does not apply).</summary>
    public ClipRectangle? Clip { get; init; }

    /// <summary>outline (CSS 2.1 §18.4): drawn outside the border box, over the box's content, taking no room; null for
    /// none (or a zero width). Its style is a border style (<c>auto</c> is drawn solid).</summary>
    public BorderSide? Outline { get; init; }

    /// <summary>outline-offset (CSS UI 3): how far outside the border edge the outline starts (negative: inside).</summary>
    public float OutlineOffset { get; init; }

    /// <summary>float: left or right — the box is taken out of the flow and placed at its containing block's side (CSS 2.1 9.5).</summary>
    public FloatSide Float { get; init; }

    /// <summary>clear — the box is placed below the earlier floats of these sides.</summary>
    public ClearSide Clear { get; init; }

    /// <summary>
    /// display: flow-root, or flex or grid (laid out as blocks, but like them a context of their own): the box
    /// contains its floats and keeps clear of those around it, as overflow other than visible does.
    /// </summary>
    public bool FormattingContextRoot { get; init; }

    /// <summary>The flex container properties (display: flex); null for other boxes.</summary>
    public FlexContainerStyle? Flex { get; init; }

    /// <summary>The grid container properties (display: grid); null for other boxes.</summary>
    public GridContainerStyle? Grid { get; init; }

    /// <summary>column-count / column-width on a block: its content is set in columns; null for none.</summary>
    public MultiColumnStyle? MultiColumn { get; init; }

    /// <summary>column-span: all: in a multi-column container, the block is laid across all the columns (a spanner).</summary>
    public bool SpansColumns { get; init; }

    /// <summary>The box's properties as a flex or grid item (order, flex, alignment, placement).</summary>
    public ItemStyle Item { get; init; } = ItemStyle.Initial;

    /// <summary>Whether the box is a float beside the text (a footnote is not: it leaves the flow for the footnote area).</summary>
    public bool IsFloated => Float is FloatSide.Left or FloatSide.Right;

    /// <summary><c>float: footnote</c>.</summary>
    public bool IsFootnote => Float == FloatSide.Footnote;

    /// <summary>position: relative — the box is laid out where it would be and painted moved by <see cref="RelativeOffset"/>.</summary>
    public bool RelativelyPositioned { get; init; }

    /// <summary>
    /// position: absolute or fixed — out of the flow: laid out after its containing block (the padding box of the
    /// nearest positioned ancestor, else the page area; always the page area when fixed) by <c>AbsoluteLayout</c>,
    /// painted after the content in flow.
    /// </summary>
    public bool AbsolutelyPositioned { get; init; }

    /// <summary>position: fixed — its containing block is the page area.</summary>
    public bool FixedPositioned { get; init; }

    /// <summary>z-index (null: auto): positioned boxes are painted in its order, lowest first.</summary>
    public int? ZIndex { get; init; }

    /// <summary>position other than static: the box is a containing block for absolutely positioned descendants and painted in z-order.</summary>
    public bool IsPositioned => RelativelyPositioned || AbsolutelyPositioned;

    /// <summary>top, right, bottom and left of a positioned box (null: auto); lengths in points or percentages of the containing block.</summary>
    public (CssLength? Top, CssLength? Right, CssLength? Bottom, CssLength? Left) Offsets { get; init; }

    /// <summary>
    /// How far a relatively positioned box is painted from where it was laid out: left wins over right (right
    /// over left in right-to-left text) and top over bottom, as CSS 2.1 9.4.3 says. Percentages of the
    /// containing block's width and height; a percentage of a height that is not known (null) counts as auto.
    /// The offsets of the inline elements the box stands in (<see cref="EnclosingInlineShift"/>) are added.
    /// </summary>
    public (float X, float Y) RelativeOffset(float containingWidth, float? containingHeight)
    {
        if (!RelativelyPositioned)
        {
            return EnclosingInlineShift;
        }

        var (top, right, bottom, left) = Offsets;
        float? Vertical(CssLength? length) => length is { IsPercent: true } && containingHeight is null ? null : length?.Resolve(containingHeight ?? 0);
        var fromLeft = left?.Resolve(containingWidth);
        var fromRight = right?.Resolve(containingWidth);
        var x = RightToLeft ? (fromRight is { } r ? -r : fromLeft ?? 0) : (fromLeft ?? -fromRight ?? 0);
        var y = Vertical(top) ?? -Vertical(bottom) ?? 0;
        return (x + EnclosingInlineShift.X, y + EnclosingInlineShift.Y);
    }

    /// <summary>
    /// The relative offsets (in points) of the relatively positioned inline elements a block-level box stands in: the
    /// box is painted moved by them as the inline's own pieces are (CSS 2.1 §9.2.1.1). Not inherited.
    /// </summary>
    public (float X, float Y) EnclosingInlineShift { get; init; }

    /// <summary>The style of an anonymous box: inherited properties kept, box properties back to initial.</summary>
    public ComputedStyle Anonymous(Display display) => new()
    {
        Display = display,
        Color = Color,
        FontFamilies = FontFamilies,
        Language = Language,
        WordBreak = WordBreak,
        BreakWordsAnywhere = BreakWordsAnywhere,
        FontSize = FontSize,
        FontWeight = FontWeight,
        Italic = Italic,
        SmallCaps = SmallCaps,
        LetterSpacing = LetterSpacing,
        TextIndent = TextIndent,
        LineHeight = LineHeight,
        TextAlign = TextAlign,
        TextAlignLast = TextAlignLast,
        WhiteSpace = WhiteSpace,
        TextTransform = TextTransform,
        RightToLeft = RightToLeft,
        ListStyleType = ListStyleType,
        ListStyleImage = ListStyleImage,
        Orphans = Orphans,
        Widows = Widows,
        PageName = PageName,
        BorderCollapse = BorderCollapse,
        BorderSpacing = BorderSpacing,
        BorderSpacingVertical = BorderSpacingVertical,
        EmptyCellsHide = EmptyCellsHide,
        Invisible = Invisible,
        Collapsed = Collapsed,
        EmphasisMark = EmphasisMark,
        EmphasisColor = EmphasisColor,
        EmphasisUnder = EmphasisUnder,
        RubyUnder = RubyUnder,
    };

    public float BorderAndPaddingTop => BorderTop.Width + Padding.Top;
    public float BorderAndPaddingBottom => BorderBottom.Width + Padding.Bottom;
    public float BorderAndPaddingLeft => BorderLeft.Width + Padding.Left;
    public float BorderAndPaddingRight => BorderRight.Width + Padding.Right;
    public float BorderAndPaddingHorizontal => BorderAndPaddingLeft + BorderAndPaddingRight;

    /// <summary>Line height in points with <c>normal</c> resolved as 1.2 × font size (what browsers use for most fonts).</summary>
    public float ResolvedLineHeight => LineHeight ?? FontSize * 1.2f;

    public TextStyle ToTextStyle() => new(FontFamilies, FontSize, FontWeight, Italic, Color, LetterSpacing, BaselineShift, Language, WordBreak, BreakWordsAnywhere,
        TrailingSpacesHang: WhiteSpace != WhiteSpace.Pre, LineHeight: LineHeight, Anchor: VerticalAnchor,
        Emphasis: EmphasisMark is { } mark ? new TextEmphasis(mark, EmphasisColor ?? Color, EmphasisUnder) : null);
}
