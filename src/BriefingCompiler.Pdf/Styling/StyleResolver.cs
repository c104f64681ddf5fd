using System.Collections.Frozen;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// Turns AngleSharp's computed declarations of one element (px lengths, inherited raw keywords, no initial
/// values) into a <see cref="ComputedStyle"/>, and reports — once per kind — CSS the engine does not lay out.
/// </summary>
public sealed class StyleResolver(MessageLog log, Images.ImageLoader? images = null)
{
    private readonly ContainerStyleReader containers = new(log);

    /// <summary>Properties we do not lay out, with the value that means "not used" (so no warning).</summary>
    private static readonly (string Property, string[] Harmless)[] UnsupportedProperties =
    [
        ("position", ["static", "relative", "absolute", "fixed"]),
        ("transform", ["none"]),
        ("box-shadow", ["none"]),
        ("text-shadow", ["none"]),
        ("text-transform", ["none", "uppercase", "lowercase", "capitalize"]),
        ("writing-mode", ["horizontal-tb"]),
        ("word-break", ["normal", "keep-all", "break-all"]),
        ("overflow-wrap", ["normal", "anywhere", "break-word"]),
        ("word-wrap", ["normal", "anywhere", "break-word"]),
    ];

    /// <summary>
    /// Names asked here that AngleSharp composes from other properties (shorthands, legacy aliases): they are not
    /// among an element's declarations, so only <see cref="ICssStyleDeclaration.GetPropertyValue"/> knows them.
    /// </summary>
    private static readonly FrozenSet<string> ComposedProperties = new[]
    {
        "text-decoration", "word-wrap", "page-break-before", "page-break-after", "page-break-inside",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The declarations of the element being resolved; reused from one element to the next (a resolver serves one document on one thread).</summary>
    private readonly Dictionary<string, string> declared = new(StringComparer.Ordinal);

    /// <summary>The element's <c>lang</c> (or XML <c>xml:lang</c>) attribute; null when it has none (the parent's
    /// language is inherited), "" for an empty one (HTML: the language is unknown, whatever the parent says).</summary>
    public static string? LanguageOf(IElement element)
    {
        var value = element.GetAttribute("lang") ?? element.GetAttribute("xml:lang")
            ?? element.GetAttribute("http://www.w3.org/XML/1998/namespace", "lang");
        return value is null ? null : value.Trim() is { Length: > 0 } language ? language : "";
    }

    /// <summary>
    /// The direction HTML's <c>dir="auto"</c> gives <paramref name="element"/> (HTML §3.2.6.4): right to left when the
    /// first strong character (bidi class L, R or AL) of its text is R or AL, left to right otherwise; text in
    /// <c>script</c>, <c>style</c>, <c>textarea</c>, <c>bdi</c> and in elements with a <c>dir</c> of their own is
    /// skipped. Null when the element's <c>dir</c> is not <c>auto</c> (its direction comes from CSS).
    /// </summary>
    public static bool? AutoDirectionOf(IElement element) =>
        string.Equals(element.GetAttribute("dir")?.Trim(), "auto", StringComparison.OrdinalIgnoreCase) ? FirstStrongIsRightToLeft(element) ?? false : null;

    private static bool? FirstStrongIsRightToLeft(INode node) =>
        StrongIsRightToLeft(node, fromEnd: false, inner => inner.LocalName is not ("script" or "style" or "textarea" or "bdi")
            && inner.GetAttribute("dir")?.Trim().ToLowerInvariant() is not ("ltr" or "rtl" or "auto"));

    /// <summary>
    /// Whether the first (<paramref name="fromEnd"/>: the last) strong character (bidi class L, R or AL) of the text
    /// in <paramref name="node"/> is R or AL, looking into the elements <paramref name="descendInto"/> allows; null when there is none.
    /// </summary>
    public static bool? StrongIsRightToLeft(INode node, bool fromEnd, Func<IElement, bool> descendInto)
    {
        // Walked by index from either end: from the end, a reversed enumeration would copy every child list and every
        // text's characters before the first look.
        var children = node.ChildNodes;
        for (var k = 0; k < children.Length; k++)
        {
            var child = children[fromEnd ? children.Length - 1 - k : k];
            if (child is IText text)
            {
                if (StrongIsRightToLeft(text.Data, fromEnd) is { } strong)
                {
                    return strong;
                }
            }
            else if (child is IElement inner && descendInto(inner) && StrongIsRightToLeft(inner, fromEnd, descendInto) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Whether the first (<paramref name="fromEnd"/>: the last) strong character of <paramref name="text"/> is R or
    /// AL; null when it has none. An unpaired surrogate reads as U+FFFD, as in <see cref="string.EnumerateRunes"/>.</summary>
    private static bool? StrongIsRightToLeft(string text, bool fromEnd)
    {
        var at = fromEnd ? text.Length : 0;
        while (fromEnd ? at > 0 : at < text.Length)
        {
            System.Text.Rune rune;
            int used;
            if (fromEnd)
            {
                System.Text.Rune.DecodeLastFromUtf16(text.AsSpan(0, at), out rune, out used);
                at -= used;
            }
            else
            {
                System.Text.Rune.DecodeFromUtf16(text.AsSpan(at), out rune, out used);
                at += used;
            }

            switch (BidiAlgorithm.ClassOf(rune.Value))
            {
                case BidiClass.L:
                    return false;
                case BidiClass.R or BidiClass.AL:
                    return true;
            }
        }

        return null;
    }

    /// <summary>A <c>unicode-bidi</c> keyword; anything else (no value, <c>normal</c>, an unknown word) is normal.</summary>
    private static UnicodeBidi UnicodeBidiOf(string? value) => value switch
    {
        "embed" => UnicodeBidi.Embed,
        "isolate" => UnicodeBidi.Isolate,
        "bidi-override" => UnicodeBidi.BidiOverride,
        "isolate-override" => UnicodeBidi.IsolateOverride,
        "plaintext" => UnicodeBidi.Plaintext,
        _ => UnicodeBidi.Normal,
    };

    /// <param name="language">The element's own <c>lang</c> attribute, if it has one (else the parent's is inherited).</param>
    public ComputedStyle Resolve(ICssStyleDeclaration css, ComputedStyle parent, string elementName, string? language = null)
    {
        var resolved = ResolveStyle(css, parent, elementName, language);
        // The element that brings a family into the document is where a family no font has is reported (PDF132).
        if (!ReferenceEquals(resolved.FontFamilies, parent.FontFamilies) && !resolved.FontFamilies.SequenceEqual(parent.FontFamilies, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var family in resolved.FontFamilies)
                log.NoteFirstUse(FontFamilySubject(family));
        }

        return resolved;
    }

    /// <summary>The subject under which a font family's first use is noted in the message log.</summary>
    public static string FontFamilySubject(string family) => "font-family " + family;

    private ComputedStyle ResolveStyle(ICssStyleDeclaration css, ComputedStyle parent, string elementName, string? language)
    {
        // An element's computed declarations are the dozen or so properties that are set or inherited; about 80
        // are asked for below, and GetPropertyValue searches the declarations for each (most are absent): read
        // them once into a table. Absent and not composed means not set, as GetPropertyValue would say ("").
        declared.Clear();
        foreach (var property in css)
        {
            declared[property.Name] = property.Value;
        }

        string? Get(string name)
        {
            var value = declared.TryGetValue(name, out var set) ? set
                : ComposedProperties.Contains(name) ? css.GetPropertyValue(name)
                : null;
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        ReportUnsupported(Get, elementName);
        var height = Get("height") is { } heightValue && heightValue != "auto" ? heightValue : null;
        var minHeight = Get("min-height") is { } minValue && minValue is not ("auto" or "0" or "0px") ? minValue : null;
        if (Get("max-height") is { } maxHeightValue && maxHeightValue != "none" && CssValueReader.Length(maxHeightValue, parent.FontSize) is null)
        {
            log.WarnOnce("PDF101", "max-height value", $"CSS 'max-height: {maxHeightValue}' (on <{elementName}>) is not supported by the PDF engine (lengths are); it is ignored.");
        }

        foreach (var (property, value) in new[] { ("height", height), ("min-height", minHeight) })
        {
            // A percentage resolves against the containing block's height where that is known (HeightPercent,
            // MinHeightPercent) and is auto (0 for min-height) where it is not, as CSS 2.1 10.5 says: no warning.
            if (value is not null && CssValueReader.LengthOrPercent(value, parent.FontSize) is null)
            {
                log.WarnOnce("PDF101", property + " value", $"CSS '{property}: {value}' (on <{elementName}>) is not supported by the PDF engine (lengths and percentages are); it is ignored.");
            }
        }

        var fontSize = FontSize(Get("font-size"), parent.FontSize);
        var color = CssValueReader.Color(Get("color"), parent.Color) ?? parent.Color;
        float Len(string name) => CssValueReader.Length(Get(name), fontSize) ?? 0f;
        float? Percent(string name) => Get(name) is { } value && value.EndsWith('%') && CssValueReader.Number(value[..^1]) is { } percent ? percent : null;
        // A border or outline width: a keyword or a length; a negative length is invalid (CSS 2.1 §8.5.1), so medium.
        float LineWidth(string? value) => value switch
        {
            null or "medium" => 2.25f,
            "thin" => 0.75f,
            "thick" => 3.75f,
            var w => CssValueReader.Length(w, fontSize) is { } length && length >= 0 ? length : 2.25f,
        };
        void ReportLineStyle(string style, string property)
        {
            if (style is not ("solid" or "dashed" or "dotted"))
            {
                log.WarnOnce("PDF104", property + ":" + style, $"{property} '{style}' is not supported by the PDF engine; drawn as solid.");
            }
        }

        BorderSide Border(string side)
        {
            var style = Get($"border-{side}-style") ?? "none";
            if (style is "none" or "hidden")
            {
                return style == "hidden" ? BorderSide.Hidden : BorderSide.None;
            }

            ReportLineStyle(style, "border-style");
            return new BorderSide(LineWidth(Get($"border-{side}-width")), style, CssValueReader.Color(Get($"border-{side}-color"), color) ?? color);
        }

        // outline-color's initial value, invert, is drawn in the current colour, as browsers that cannot invert do (CSS UI 3 §5.3).
        BorderSide? Outline()
        {
            var style = Get("outline-style") ?? "none";
            var width = LineWidth(Get("outline-width"));
            if (style is "none" or "hidden" || width <= 0)
            {
                return null;
            }

            style = style == "auto" ? "solid" : style;
            ReportLineStyle(style, "outline-style");
            return new BorderSide(width, style, CssValueReader.Color(Get("outline-color"), color) ?? color);
        }

        var decoration = Get("text-decoration-line") ?? Get("text-decoration") ?? "none";
        // A float of an absolutely positioned box computes to none (CSS 2.1 9.7); a float is block-level.
        var floated = Get("position") is "absolute" or "fixed" ? FloatSide.None : FloatOf(Get("float"));
        var outOfFlow = Get("position") is "absolute" or "fixed";
        var running = RunningNameOf(Get("position"));
        var display = floated != FloatSide.None || outOfFlow || running is not null ? Blockified(Get("display"), elementName) : DisplayOf(Get("display"), elementName);
        var lineHeight = LineHeight(Get("line-height"), fontSize);
        var atomic = floated == FloatSide.None && !outOfFlow && Get("display") is "inline-block" or "inline-table" or "inline-flex" or "inline-grid";
        var verticalAlign = Get("vertical-align");
        var atomicAlign = AtomicAlignOf(verticalAlign);
        // Text decorations reach every in-flow descendant — blocks, tables and their rows and cells as well as inline
        // boxes — but not floats, absolutely positioned boxes or the contents of atomic inlines (CSS 2.1 §16.3.1);
        // one specified on such a box still decorates its own content.
        var decorationsPropagate = !atomic && floated == FloatSide.None && !outOfFlow;
        var style = new ComputedStyle
        {
            AtomicInline = atomic,
            AtomicAlign = atomicAlign,
            AtomicShift = parent.BaselineShift + (atomicAlign == AtomicVerticalAlign.Baseline
                ? BaselineShift(verticalAlign, parent.FontSize, fontSize, lineHeight ?? fontSize * 1.2f, elementName)
                : 0),
            BaselineShift = display == Display.Inline
                ? parent.BaselineShift + BaselineShift(Get("vertical-align"), parent.FontSize, fontSize, lineHeight ?? fontSize * 1.2f, elementName)
                : 0,
            Display = display,
            Float = floated,
            Clear = Get("clear") switch
            {
                "left" => ClearSide.Left,
                "right" => ClearSide.Right,
                "both" => ClearSide.Both,
                _ => ClearSide.None,
            },
            FormattingContextRoot = Get("display") is "flow-root" or "inline-block" or "flex" or "grid" or "inline-flex" or "inline-grid" || Get("column-count") is not (null or "auto") || Get("column-width") is not (null or "auto"),
            Flex = display == Display.Flex ? containers.Flex(Get, fontSize) with { Inline = Get("display") == "inline-flex" } : null,
            Grid = display == Display.Grid ? containers.Grid(Get, fontSize, elementName) with { Inline = Get("display") == "inline-grid" } : null,
            MultiColumn = display is Display.Block or Display.ListItem or Display.TableCell ? containers.MultiColumn(Get, fontSize, color, elementName) : null,
            SpansColumns = Get("column-span") == "all",
            Item = containers.Item(Get, fontSize),
            Margin = new Edges(Len("margin-top"), Len("margin-right"), Len("margin-bottom"), Len("margin-left")),
            MarginPercents = PercentEdges.Of(Percent("margin-top"), Percent("margin-right"), Percent("margin-bottom"), Percent("margin-left")),
            PaddingPercents = PercentEdges.Of(Percent("padding-top"), Percent("padding-right"), Percent("padding-bottom"), Percent("padding-left")),
            CentredByAutoMargins = Get("margin-left") == "auto" && Get("margin-right") == "auto",
            // A negative padding is invalid CSS (CSS 2.1 §8.4; AngleSharp passes it on): ignored, as browsers ignore it.
            Padding = new Edges(Math.Max(0, Len("padding-top")), Math.Max(0, Len("padding-right")), Math.Max(0, Len("padding-bottom")), Math.Max(0, Len("padding-left"))),
            BorderTop = Border("top"),
            BorderRight = Border("right"),
            BorderBottom = Border("bottom"),
            BorderLeft = Border("left"),
            BackgroundColor = CssValueReader.Color(Get("background-color"), color) ?? 0,
            BackgroundClip = BackgroundBoxOf(Get("background-clip"), "background-clip", elementName) ?? BackgroundBox.BorderBox,
            BackgroundOrigin = BackgroundBoxOf(Get("background-origin"), "background-origin", elementName) ?? BackgroundBox.PaddingBox,
            CornerRadii = CornerRadii(Get, fontSize) ?? ComputedStyle.SquareCorners,
            Color = color,
            FontFamilies = FontFamilies(Get("font-family")) ?? parent.FontFamilies,
            Language = language ?? parent.Language,
            WordBreak = Get("word-break") switch
            {
                "keep-all" => WordBreakMode.KeepAll,
                "break-all" => WordBreakMode.BreakAll,
                "normal" => WordBreakMode.Normal,
                _ => parent.WordBreak,
            },
            BreakWordsAnywhere = (Get("overflow-wrap") ?? Get("word-wrap")) switch
            {
                "anywhere" or "break-word" => true,
                "normal" => false,
                _ => parent.BreakWordsAnywhere,
            },
            FontSize = fontSize,
            FontWeight = FontWeight(Get("font-weight"), parent.FontWeight),
            Italic = Get("font-style") is "italic" or "oblique" || (Get("font-style") is null && parent.Italic),
            SmallCaps = (Get("font-variant-caps") ?? Get("font-variant")) is { } variant && variant != "inherit" ? variant == "small-caps" : parent.SmallCaps,
            LetterSpacing = Get("letter-spacing") is { } spacing && spacing != "normal" ? CssValueReader.Length(spacing, fontSize) ?? 0 : 0,
            LineHeight = lineHeight,
            TextIndent = Get("text-indent") switch
            {
                null => parent.TextIndent,
                "initial" => default,
                var indent => CssValueReader.LengthOrPercent(indent, fontSize) ?? Unsupported("text-indent", indent, elementName, parent.TextIndent),
            },
            TextAlign = TextAlign(Get("text-align")) ?? parent.TextAlign,
            TextAlignLast = Get("text-align-last") is { } last && last != "inherit" ? TextAlign(last)
                : Get("text-align") is "justify-all" ? TextAlignment.Justify : parent.TextAlignLast,
            Underline = decoration.Contains("underline") || parent.Underline && decorationsPropagate,
            LineThrough = decoration.Contains("line-through") || parent.LineThrough && decorationsPropagate,
            EmphasisMark = Emphasis(css, TextEmphasisValue.StyleProperty) is { } emphasisStyle && TextEmphasisValue.TryMark(emphasisStyle, out var mark) ? mark : parent.EmphasisMark,
            EmphasisColor = Emphasis(css, TextEmphasisValue.ColorProperty) is { } emphasisColor
                ? emphasisColor.Equals("currentcolor", StringComparison.OrdinalIgnoreCase) ? null : CssValueReader.Color(emphasisColor, color) ?? parent.EmphasisColor
                : parent.EmphasisColor,
            EmphasisUnder = Emphasis(css, TextEmphasisValue.PositionProperty) is { } emphasisPosition && TextEmphasisValue.TryUnder(emphasisPosition, out var under) ? under : parent.EmphasisUnder,
            Ruby = display == Display.Inline ? RubyDisplayOf(Get("display"), elementName) : RubyDisplay.None,
            RubyUnder = Emphasis(css, RubyPositionValue.Property) is { } rubyPosition && RubyPositionValue.TryUnder(rubyPosition, out var rubyUnder) ? rubyUnder : parent.RubyUnder,
            WhiteSpace = Get("white-space") switch
            {
                "pre" => WhiteSpace.Pre,
                "pre-wrap" or "break-spaces" => WhiteSpace.PreWrap,
                "pre-line" => WhiteSpace.PreLine,
                "nowrap" => WhiteSpace.NoWrap,
                _ => WhiteSpace.Normal,
            },
            ListStyleType = Get("list-style-type") ?? parent.ListStyleType,
            TextTransform = Get("text-transform") is { } transform ? (transform is "uppercase" or "lowercase" or "capitalize" ? transform : "none") : parent.TextTransform,
            RunningName = running,
            PageName = Get(InvalidDeclarations.PageProperty) is { } pageName && pageName != "auto" ? pageName : parent.PageName,
            BreakBefore = SideBreak(css, "break-before", Get("break-before")) ?? Break(Get("break-before"), Get("page-break-before")),
            BreakAfter = SideBreak(css, "break-after", Get("break-after")) ?? Break(Get("break-after"), Get("page-break-after")),
            BreakInside = Break(Get("break-inside"), Get("page-break-inside")),
            Orphans = (int)(CssValueReader.Number(Get("orphans")) ?? parent.Orphans),
            Widows = (int)(CssValueReader.Number(Get("widows")) ?? parent.Widows),
            BorderCollapse = Get("border-collapse") is { } collapse ? collapse == "collapse" : parent.BorderCollapse,
            BorderSpacing = Get("border-spacing") is { } borderSpacing
                ? CssValueReader.Length(borderSpacing.Split(' ')[0], fontSize) ?? 0
                : parent.BorderSpacing,
            BorderSpacingVertical = Get("border-spacing") is { } verticalSpacing
                ? CssValueReader.Length(verticalSpacing.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], fontSize) ?? 0
                : parent.BorderSpacingVertical,
            EmptyCellsHide = Get("empty-cells") is { } emptyCells ? emptyCells == "hide" : parent.EmptyCellsHide,
            TableLayoutFixed = Get("table-layout") == "fixed",
            // A negative max-width is invalid CSS (AngleSharp passes it on): ignored, as browsers ignore it.
            MaxWidth = Get("max-width") is { } maxWidth && maxWidth != "none" && CssValueReader.LengthOrPercent(maxWidth, fontSize) is { Value: >= 0 } most ? most : null,
            RightToLeft = Get("direction") is { } direction ? direction == "rtl" : parent.RightToLeft,
            UnicodeBidi = UnicodeBidiOf(Get("unicode-bidi")),
            Width = Get("width") is { } width && width != "auto" ? CssValueReader.LengthOrPercent(width, fontSize) : null,
            Height = height is null ? null : CssValueReader.Length(height, fontSize),
            HeightPercent = height is not null && CssValueReader.LengthOrPercent(height, fontSize) is { IsPercent: true, Value: >= 0 } percentHeight ? percentHeight.Value : null,
            MinHeight = minHeight is null ? 0 : CssValueReader.Length(minHeight, fontSize) ?? 0,
            MinHeightPercent = minHeight is not null && CssValueReader.LengthOrPercent(minHeight, fontSize) is { IsPercent: true, Value: >= 0 } percentMinHeight ? percentMinHeight.Value : null,
            BorderBoxSizing = Get("box-sizing") == "border-box",
            Invisible = Get("visibility") is { } visibility ? visibility is "hidden" or "collapse" : parent.Invisible,
            Collapsed = Get("visibility") is { } collapsing ? collapsing == "collapse" : parent.Collapsed,
            RelativelyPositioned = Get("position") == "relative",
            AbsolutelyPositioned = outOfFlow,
            FixedPositioned = Get("position") == "fixed",
            ZIndex = Get("z-index") is { } zIndex && int.TryParse(zIndex, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var z) ? z : null,
            Opacity = Math.Clamp(CssValueReader.Number(Get("opacity")) ?? 1, 0, 1),
            ClipsOverflow = Get("overflow") is "hidden" or "clip" or "scroll" or "auto",
            Clip = outOfFlow && Get("clip") is { } clip and not "auto"
                ? ClipRectangle.Read(clip, fontSize) ?? Unsupported<ClipRectangle?>("clip", clip, elementName, null)
                : null,
            Outline = Outline(),
            OutlineOffset = CssValueReader.Length(Get("outline-offset"), fontSize) ?? 0,
            Offsets = Get("position") is "relative" or "absolute" or "fixed"
                ? (Offset(Get("top"), fontSize), Offset(Get("right"), fontSize), Offset(Get("bottom"), fontSize), Offset(Get("left"), fontSize))
                : default,
            ObjectFit = ImageValueReader.ObjectFit(Get("object-fit")) ?? Unsupported("object-fit", Get("object-fit"), elementName, Images.ObjectFit.Fill),
            ObjectPosition = Get("object-position") is { } objectPosition
                ? ImageValueReader.Position(objectPosition, fontSize) ?? Unsupported("object-position", objectPosition, elementName, (new CssLength(50, true), new CssLength(50, true)))
                : (new CssLength(50, true), new CssLength(50, true)),
            BackgroundImage = Background(Get, fontSize, elementName),
            ListStyleImage = Get("list-style-image") is { } listImage ? (listImage == "none" ? null : Image(listImage, "list-style-image", elementName)) : parent.ListStyleImage,
            VerticalAlign = Get("vertical-align") switch
            {
                "middle" => VerticalAlign.Middle,
                "bottom" => VerticalAlign.Bottom,
                null or "top" => VerticalAlign.Top,
                _ => VerticalAlign.Baseline,
            },
        };
        return display == Display.Inline ? WithVerticalAnchor(style, parent, verticalAlign) : style;
    }

    /// <summary>
    /// The value of a text-emphasis property's custom property (<see cref="TextEmphasisValue"/>) set on the element, or
    /// <c>initial</c>; null when it is not set or says to inherit (the parent's value is then taken).
    /// </summary>
    private static string? Emphasis(ICssStyleDeclaration css, string property) =>
        css.GetPropertyValue(property).Trim() is { Length: > 0 } value && !value.ToLowerInvariant().Equals("inherit") && !value.ToLowerInvariant().Equals("unset") && !value.ToLowerInvariant().Equals("revert")
            ? value.ToLowerInvariant() == "initial" ? InitialEmphasis(property) : value
            : null;

    /// <summary>The initial value of the text-emphasis property kept in <paramref name="property"/>.</summary>
    private static string InitialEmphasis(string property) => property switch
    {
        TextEmphasisValue.StyleProperty => "none",
        TextEmphasisValue.ColorProperty => "currentcolor",
        RubyPositionValue.Property => "over",
        _ => "over right",
    };

    /// <summary>
    /// font-size: a length, or — as a rule's own declarations give it (a pseudo-element's, not cascaded by AngleSharp) — a
    /// percentage of the parent's size, <c>larger</c>/<c>smaller</c> (a factor of 1.2) or an absolute-size keyword (CSS Fonts 3
    /// §3.5: medium is 16px); the parent's size otherwise.
    /// </summary>
    private static float FontSize(string? value, float parentSize)
    {
        if (CssValueReader.Length(value, parentSize) is { } length)
            return length;
        if (value is null)
            return parentSize;
        if (value.EndsWith('%') && CssValueReader.Number(value[..^1]) is { } percent)
            return parentSize * percent / 100;
        var medium = 16 * CssValueReader.PointsPerPixel;
        return value switch
        {
            "larger" => parentSize * 1.2f,
            "smaller" => parentSize / 1.2f,
            "xx-small" => medium * 3 / 5,
            "x-small" => medium * 3 / 4,
            "small" => medium * 8 / 9,
            "medium" => medium,
            "large" => medium * 6 / 5,
            "x-large" => medium * 3 / 2,
            "xx-large" => medium * 2,
            "xxx-large" => medium * 3,
            _ => parentSize,
        };
    }

    /// <summary>A background-clip or background-origin keyword (the first layer's, when several are given); null when not set or not understood (reported).</summary>
    private BackgroundBox? BackgroundBoxOf(string? value, string property, string elementName)
    {
        var first = value?.Split(',')[0].Trim();
        return first switch
        {
            null or "initial" => null,
            "border-box" => BackgroundBox.BorderBox,
            "padding-box" => BackgroundBox.PaddingBox,
            "content-box" => BackgroundBox.ContentBox,
            _ => Unsupported<BackgroundBox?>(property, value, elementName, null),
        };
    }

    private T Unsupported<T>(string property, string? value, string elementName, T fallback)
    {
        log.WarnOnce("PDF101", property + ":" + value, $"CSS '{property}: {value}' (on <{elementName}>) is not supported by the PDF engine; it is ignored.");
        return fallback;
    }

    /// <summary>The image a <c>url()</c> value names, loaded (a warning when it cannot be); gradients and other images are reported.</summary>
    private Images.ImageResource? Image(string value, string property, string elementName)
    {
        if (ImageValueReader.Url(value) is not { } url)
            return Unsupported<Images.ImageResource?>(property, value, elementName, null);
        // Without a loader (the page defaults read from body, warming up) images are not this resolver's business.
        return images?.Load(url);
    }

    private BackgroundImage? Background(Func<string, string?> get, float fontSize, string elementName)
    {
        // A rule's own background shorthand (a pseudo-element's declarations) sets background-image to 'initial': none.
        if (get("background-image") is not { } value || value is "none" or "initial")
            return null;
        if (value.Contains(','))
        {
            log.WarnOnce("PDF101", "background-image layers", $"Several background images (on <{elementName}>) are not supported by the PDF engine; the first is drawn.");
            value = value[..value.IndexOf(',')].Trim();
        }

        if (Image(value, "background-image", elementName) is not { } image)
            return null;
        // AngleSharp splits the shorthands into -x and -y longhands.
        var repeat = get("background-repeat-x") is { } repeatAcross ? repeatAcross + " " + (get("background-repeat-y") ?? repeatAcross) : get("background-repeat") ?? "repeat";
        var (repeatX, repeatY) = repeat.Split(' ', StringSplitOptions.RemoveEmptyEntries) switch
        {
            ["repeat-x"] => (true, false),
            ["repeat-y"] => (false, true),
            ["no-repeat"] or ["no-repeat", "no-repeat"] => (false, false),
            [var x, var y] => (x != "no-repeat", y != "no-repeat"),
            _ => (true, true),
        };
        if (repeat.Contains("space") || repeat.Contains("round"))
            log.WarnOnce("PDF101", "background-repeat:" + repeat, $"CSS 'background-repeat: {repeat}' (on <{elementName}>) is not supported by the PDF engine; the image repeats.");
        var origin = (new CssLength(0, true), new CssLength(0, true));
        var position = (get("background-position-x") is { } across ? across + " " + (get("background-position-y") ?? "0%") : get("background-position")) is { } positionText
            ? ImageValueReader.Position(NormalisePosition(positionText), fontSize) ?? Unsupported("background-position", positionText, elementName, origin)
            : origin;
        var size = ImageValueReader.BackgroundSize(get("background-size"), fontSize) ?? Unsupported<(bool, bool, CssLength?, CssLength?)>("background-size", get("background-size"), elementName, (false, false, null, null));
        // local is scroll for a box that does not scroll, and nothing scrolls on a page.
        var attachment = get("background-attachment");
        if (attachment is { } given && given is not ("scroll" or "fixed" or "local" or "initial"))
            log.WarnOnce("PDF101", "background-attachment:" + given, $"CSS 'background-attachment: {given}' (on <{elementName}>) is not supported by the PDF engine; it is ignored.");

        return new BackgroundImage(image, repeatX, repeatY, position)
        {
            Cover = size.Item1,
            Contain = size.Item2,
            Width = size.Item3,
            Height = size.Item4,
            Fixed = attachment == "fixed",
        };
    }

    /// <summary>AngleSharp writes background-position x and y as "x y" or as separate lists: take the first layer.</summary>
    private static string NormalisePosition(string value) => value.Split(',')[0].Trim();

    /// <summary>
    /// vertical-align on inline text as a baseline shift (points, up). sub and super as Chromium places them
    /// (a fifth and a third of the parent's font size, plus a pixel); lengths and percentages (of the line
    /// height) as given; middle, text-top and text-bottom from an em box of ascent 0.8 and descent 0.2 (the
    /// engine does not know the fonts yet); top and bottom are taken as text-top and text-bottom.
    /// </summary>
    private float BaselineShift(string? value, float parentFontSize, float fontSize, float lineHeight, string elementName)
    {
        switch (value)
        {
            case null or "baseline":
                return 0;
            case "super":
                return parentFontSize / 3 + CssValueReader.PointsPerPixel;
            case "sub":
                return -(parentFontSize / 5 + CssValueReader.PointsPerPixel);
            case "middle":
                return parentFontSize * 0.25f - fontSize * 0.3f;
            case "text-top" or "top":
                return 0.8f * (parentFontSize - fontSize);
            case "text-bottom" or "bottom":
                return -0.2f * (parentFontSize - fontSize);
        }

        if (value.EndsWith('%') && CssValueReader.Number(value[..^1]) is { } percent)
        {
            return percent / 100f * lineHeight;
        }

        if (CssValueReader.Length(value, fontSize) is { } length)
        {
            return length;
        }

        log.WarnOnce("PDF101", "vertical-align:" + value, $"CSS 'vertical-align: {value}' on inline text (<{elementName}>) is not supported by the PDF engine; the text stays on the baseline.");
        return 0;
    }

    /// <summary>
    /// An inline element's <see cref="ComputedStyle.VerticalAnchor"/>: its own when its vertical-align is a keyword that
    /// places its box by its parent's font or by the line box (text-top, text-bottom, middle, top, bottom), its parent's
    /// otherwise (the elements inside move with it).
    /// </summary>
    private static ComputedStyle WithVerticalAnchor(ComputedStyle style, ComputedStyle parent, string? verticalAlign)
    {
        InlineVerticalAlign? align = verticalAlign switch
        {
            "text-top" => InlineVerticalAlign.TextTop,
            "text-bottom" => InlineVerticalAlign.TextBottom,
            "middle" => InlineVerticalAlign.Middle,
            "top" => InlineVerticalAlign.Top,
            "bottom" => InlineVerticalAlign.Bottom,
            _ => null,
        };
        var anchor = align is { } keyword
            ? new VerticalAnchor(keyword, style.ToTextStyle(), parent.ToTextStyle() with { Anchor = null }, parent.BaselineShift, style.BaselineShift)
            : parent.VerticalAnchor;
        return anchor is null ? style : style with { VerticalAnchor = anchor };
    }

    /// <summary>The keyword of vertical-align that places an atomic inline by the line or the parent's font rather
    /// than by a shift of its baseline (sub, super, lengths and percentages are baseline with a shift).</summary>
    private static AtomicVerticalAlign AtomicAlignOf(string? value) => value switch
    {
        "middle" => AtomicVerticalAlign.Middle,
        "text-top" => AtomicVerticalAlign.TextTop,
        "text-bottom" => AtomicVerticalAlign.TextBottom,
        "top" => AtomicVerticalAlign.Top,
        "bottom" => AtomicVerticalAlign.Bottom,
        _ => AtomicVerticalAlign.Baseline,
    };

    /// <summary>top, right, bottom or left: a length or percentage, or null for auto (and for what cannot be read).</summary>
    private static CssLength? Offset(string? value, float fontSize) =>
        value is null or "auto" ? null : CssValueReader.LengthOrPercent(value, fontSize);

    private static readonly string[] Corners = ["border-top-left-radius", "border-top-right-radius", "border-bottom-right-radius", "border-bottom-left-radius"];

    /// <summary>The four border radii, or null when every corner is square (the common case shares one list).</summary>
    private static CornerRadius[]? CornerRadii(Func<string, string?> get, float fontSize)
    {
        CornerRadius[]? radii = null;
        for (var i = 0; i < Corners.Length; i++)
        {
            if (get(Corners[i]) is { } value && CornerRadius.Parse(value, fontSize) is { IsRound: true } radius)
            {
                radii ??= [CornerRadius.Square, CornerRadius.Square, CornerRadius.Square, CornerRadius.Square];
                radii[i] = radius;
            }
        }

        return radii;
    }

    /// <summary>The name in <c>position: running(name)</c>; null for any other position.</summary>
    private static string? RunningNameOf(string? position) =>
        position is not null && position.StartsWith("running(", StringComparison.OrdinalIgnoreCase) && position.EndsWith(')')
            && position[8..^1].Trim() is { Length: > 0 } name && !name.Contains(' ')
            ? name
            : null;

    private void ReportUnsupported(Func<string, string?> get, string elementName)
    {
        foreach (var (property, harmless) in UnsupportedProperties)
        {
            var value = get(property);
            if (value is not null && !harmless.Contains(value) && !(property == "position" && RunningNameOf(value) is not null))
            {
                log.WarnOnce("PDF101", property, $"CSS '{property}: {value}' (on <{elementName}>) is not supported by the PDF engine; it is ignored.");
            }
        }
    }

    private Display DisplayOf(string? value, string elementName) => value switch
    {
        null or "inline" => Display.Inline,
        "block" or "flow-root" => Display.Block,
        // Columns hold no content: their widths are read from the col elements themselves.
        "none" or "table-column" or "table-column-group" => Display.None,
        "table-caption" => Display.Block,
        "list-item" => Display.ListItem,
        "table" => Display.Table,
        "table-header-group" => Display.TableHeaderGroup,
        "table-row-group" => Display.TableRowGroup,
        "table-footer-group" => Display.TableFooterGroup,
        "table-row" => Display.TableRow,
        "table-cell" => Display.TableCell,
        "flex" or "inline-flex" => Display.Flex,
        "grid" or "inline-grid" => Display.Grid,
        "inline-block" => Display.Block,
        "inline-table" => Display.Table,
        // Ruby boxes are inline boxes the box builder sets as ruby (RubyDisplayOf).
        "ruby" or "ruby-base" or "ruby-text" or "ruby-base-container" or "ruby-text-container" => Display.Inline,
        _ => Unsupported(value, Display.Block),
    };

    /// <summary>The element's part in ruby layout for its display value (CSS Ruby 1 §2). AngleSharp keeps <c>ruby</c> but
    /// drops the other ruby values, in the user-agent sheet as in the document's, so HTML's <c>rb</c>, <c>rt</c> and
    /// <c>rtc</c> are a base and annotations by their names (HTML §15.3.4) unless a rule gives them another display.</summary>
    private static RubyDisplay RubyDisplayOf(string? value, string elementName) => value switch
    {
        "ruby" => RubyDisplay.Container,
        "ruby-base" or "ruby-base-container" => RubyDisplay.Base,
        "ruby-text" or "ruby-text-container" => RubyDisplay.Annotation,
        null => elementName switch
        {
            "rb" => RubyDisplay.Base,
            "rt" or "rtc" => RubyDisplay.Annotation,
            _ => RubyDisplay.None,
        },
        _ => RubyDisplay.None,
    };

    private static FloatSide FloatOf(string? value) => value switch
    {
        "left" => FloatSide.Left,
        "right" => FloatSide.Right,
        "footnote" => FloatSide.Footnote,
        _ => FloatSide.None,
    };

    /// <summary>The display of a float (CSS 2.1 9.7): inline and table-internal values become block; tables and list items stay.</summary>
    private Display Blockified(string? value, string elementName) => value switch
    {
        "table" or "inline-table" => Display.Table,
        "list-item" => Display.ListItem,
        "none" => Display.None,
        null or "inline" or "inline-block" or "block" or "flow-root" or "table-caption" or "table-row" or "table-cell"
            or "table-row-group" or "table-header-group" or "table-footer-group"
            or "ruby" or "ruby-base" or "ruby-text" or "ruby-base-container" or "ruby-text-container" => Display.Block,
        _ => DisplayOf(value, elementName),
    };

    private Display Unsupported(string value, Display fallback)
    {
        log.WarnOnce("PDF102", "display:" + value, $"CSS 'display: {value}' is not supported by the PDF engine; laid out as {(fallback == Display.Block ? "block" : "inline")}.");
        return fallback;
    }

    internal static IReadOnlyList<string>? FontFamilies(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var families = value.Split(',')
            .Select(f => f.Trim().Trim('"', '\'').Trim())
            .Where(f => f.Length > 0)
            .ToArray();
        return families.Length > 0 ? families : null;
    }

    internal static int FontWeight(string? value, int parentWeight) => value switch
    {
        null => 400,
        "normal" => 400,
        "bold" => 700,
        "bolder" => parentWeight < 400 ? 400 : parentWeight < 600 ? 700 : 900,
        "lighter" => parentWeight < 600 ? 100 : parentWeight < 800 ? 400 : 700,
        _ => CssValueReader.Number(value) is { } n ? Math.Clamp((int)n, 1, 1000) : 400,
    };

    /// <summary>
    /// CSS line-height; null for <c>normal</c>. Negative and non-finite heights are invalid in CSS and read as
    /// <c>normal</c>: a set line-height is used as is (even below the font's height), and a negative one stacked
    /// lines upwards, off the top of the page, taking the text after them along.
    /// </summary>
    private static float? LineHeight(string? value, float fontSize)
    {
        var height = SetLineHeight(value, fontSize);
        return height is { } h && (!float.IsFinite(h) || h < 0) ? null : height;
    }

    private static float? SetLineHeight(string? value, float fontSize)
    {
        if (value is null or "normal")
        {
            return null;
        }

        if (CssValueReader.Number(value) is { } factor)
        {
            return factor * fontSize;
        }

        if (value.EndsWith('%') && CssValueReader.Number(value[..^1]) is { } percent)
        {
            return percent / 100f * fontSize;
        }

        return CssValueReader.Length(value, fontSize);
    }

    private static TextAlignment? TextAlign(string? value) => value switch
    {
        "start" => TextAlignment.Start,
        "end" => TextAlignment.End,
        "left" => TextAlignment.Left,
        "right" => TextAlignment.Right,
        "center" => TextAlignment.Center,
        "justify" or "justify-all" => TextAlignment.Justify,
        _ => null,
    };

    /// <summary><c>recto</c> or <c>verso</c> where a <c>break-before</c>/<c>break-after</c> (<paramref name="property"/>) of
    /// <c>page</c> is what <see cref="InvalidDeclarations"/> wrote for one: the side its companion custom property carries
    /// (only where the value is <c>page</c>, so a companion inherited from a parent never counts); null otherwise.</summary>
    private static BreakRule? SideBreak(ICssStyleDeclaration css, string property, string? value) =>
        value == "page" && css.GetPropertyValue(InvalidDeclarations.SideOf(property)).Trim() is var side
            ? side switch { "recto" => BreakRule.Recto, "verso" => BreakRule.Verso, _ => null }
            : null;

    /// <summary>break-* and the legacy page-break-* are separate properties to AngleSharp: the first that says something wins.</summary>
    private static BreakRule Break(string? modern, string? legacy) =>
        Break(modern) is var rule && rule != BreakRule.Auto ? rule : Break(legacy);

    private static BreakRule Break(string? value) => value switch
    {
        "page" or "always" => BreakRule.Page,
        "left" => BreakRule.Left,
        "right" => BreakRule.Right,
        "recto" => BreakRule.Recto,
        "verso" => BreakRule.Verso,
        "avoid" or "avoid-page" => BreakRule.Avoid,
        "column" => BreakRule.Column,
        _ => BreakRule.Auto,
    };
}
