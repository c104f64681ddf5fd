using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingCompiler.Word;

/// <summary>
/// The style sheet of a Word briefing: Word's own built-in style names (Title, heading 1–3, List Bullet, List Number…)
/// so a Word user restyles the document the usual way, plus a few briefing styles (Marking, Meeting, Agenda Note…)
/// that also let <c>briefc import</c> tell the parts apart. Sizes and colours follow the built-in HTML template.
/// </summary>
public static class WordStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";

    /// <summary>Headings 1–6: sections, positions, and the Markdown headings written inside them (down to HTML's h6).</summary>
    public const int HeadingLevels = 6;
    public const string ListBullet = "ListBullet";
    public const string ListNumber = "ListNumber";
    public const string ListContinue = "ListContinue";
    public const string Quote = "Quote";
    public const string Code = "Code";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Marking = "Marking";
    public const string RunningHeader = "RunningHeader";
    public const string Symbol = "Symbol";
    public const string Meeting = "Meeting";
    public const string TranslationNotice = "TranslationNotice";
    public const string PositionAgenda = "PositionAgenda";
    public const string Closing = "Closing";
    public const string ReferenceUrl = "ReferenceUrl";
    public const string Table = "BriefingTable";
    public const string Hyperlink = "Hyperlink";
    public const string Tentative = "Tentative";
    public const string AgendaNote = "AgendaNote";
    public const string CodeChar = "CodeChar";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";

    /// <summary>The deepest list level that has a style of its own ("List Bullet 3"); deeper items use level 3's.</summary>
    public const int ListStyleLevels = 3;

    private const string Ink = "1C2430", Navy = "1F3A5F", Dark = "13243B", Grey = "5A6472", Slate = "3B4756", Red = "9B2C2C", Rule = "C6CFDB";

    /// <summary>The style of a list paragraph at <paramref name="depth"/> (0-based): ListBullet, ListBullet2, ListBullet3.</summary>
    public static string ListStyle(bool ordered, int depth)
    {
        var level = Math.Min(depth, ListStyleLevels - 1);
        return (ordered ? ListNumber : ListBullet) + (level == 0 ? "" : (level + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static Styles Build(WordScript script)
    {
        var styles = new Styles(DocDefaults(script));
        styles.Append(Paragraph(Normal, "Normal", null, isDefault: true, paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "160", Line = "300", LineRule = LineSpacingRuleValues.Auto })));
        styles.Append(Paragraph(Title, "Title", Normal, paragraph: Spacing(0, 120, keepNext: true), run: Font(42, Dark, bold: true)));
        styles.Append(Paragraph(Subtitle, "Subtitle", Normal, paragraph: Spacing(0, 120), run: Font(22, Slate)));
        styles.Append(Heading(1, 28, Navy, before: 480, after: 240, rule: true));
        styles.Append(Heading(2, 24, Dark, before: 400, after: 80, rule: false));
        for (var level = 3; level <= HeadingLevels; level++)
            styles.Append(Heading(level, 22, Dark, before: 320, after: 120, rule: false));
        for (var level = 0; level < ListStyleLevels; level++)
        {
            var suffix = level == 0 ? "" : $" {level + 1}";
            styles.Append(Paragraph(ListStyle(false, level), "List Bullet" + suffix, Normal, paragraph: Spacing(0, 80)));
            styles.Append(Paragraph(ListStyle(true, level), "List Number" + suffix, Normal, paragraph: Spacing(0, 80)));
        }
        styles.Append(Paragraph(ListContinue, "List Continue", Normal, paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "80" }, new Indentation { Left = "360" })));
        styles.Append(Paragraph(Quote, "Quote", Normal, paragraph: new StyleParagraphProperties(
            new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = Rule }),
            new Indentation { Left = "240" }), run: Font(null, Slate)));
        styles.Append(Paragraph(Code, "Code", Normal, paragraph: Spacing(0, 0), run: Monospace()));
        styles.Append(Paragraph(Header, "header", Normal, paragraph: new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }), run: Font(16, Grey)));
        styles.Append(Paragraph(Footer, "footer", Normal, paragraph: new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }), run: Font(16, Grey)));
        styles.Append(Paragraph(Marking, "Marking", Normal, paragraph: new StyleParagraphProperties(
            new ParagraphBorders(Border<TopBorder>(Red), Border<LeftBorder>(Red), Border<BottomBorder>(Red), Border<RightBorder>(Red)),
            new SpacingBetweenLines { After = "280" },
            new Justification { Val = JustificationValues.Center }), run: Font(18, Red, bold: true)));
        styles.Append(Paragraph(RunningHeader, "Running Header", Normal, paragraph: new StyleParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = "D5DCE6" }),
            new SpacingBetweenLines { After = "440" }), run: Font(18, Grey)));
        styles.Append(Paragraph(Symbol, "Document Symbol", Normal, paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }, new Justification { Val = JustificationValues.Right }), run: Font(18, Grey)));
        styles.Append(Paragraph(Meeting, "Meeting", Normal, paragraph: Spacing(0, 120), run: Font(20, Navy, bold: true)));
        styles.Append(Paragraph(TranslationNotice, "Translation Notice", Normal, paragraph: new StyleParagraphProperties(
            new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = Navy }),
            new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F3F5F8" },
            new SpacingBetweenLines { Before = "280" }), run: Font(18, Slate)));
        styles.Append(Paragraph(PositionAgenda, "Position Agenda Item", Normal, paragraph: Spacing(0, 160, keepNext: true), run: Font(18, Grey)));
        styles.Append(Paragraph(Closing, "Closing", Normal, paragraph: new StyleParagraphProperties(
            new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 4, Space = 12, Color = "D5DCE6" }),
            new SpacingBetweenLines { Before = "480", After = "160" })));
        styles.Append(Character(Hyperlink, "Hyperlink", new StyleRunProperties(new Color { Val = "1F4F8A" }, new Underline { Val = UnderlineValues.Single })));
        styles.Append(Character(Tentative, "Tentative", new StyleRunProperties(new Color { Val = "8A5A00" })));
        styles.Append(Character(AgendaNote, "Agenda Note", new StyleRunProperties(new Color { Val = Grey }, new FontSize { Val = "19" }, new FontSizeComplexScript { Val = "19" })));
        styles.Append(Character(ReferenceUrl, "Reference URL", new StyleRunProperties(new Color { Val = Grey }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })));
        styles.Append(Character(CodeChar, "Code Char", Monospace()));
        // Word's built-in names, so Word treats the notes as its own ("footnote text", "footnote reference").
        styles.Append(Paragraph(FootnoteText, "footnote text", Normal, paragraph: new StyleParagraphProperties(
            new SpacingBetweenLines { After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto }), run: Font(17, Slate)));
        styles.Append(Character(FootnoteReference, "footnote reference", new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript })));
        styles.Append(TableStyle());
        return styles;
    }

    private static DocDefaults DocDefaults(WordScript script)
    {
        var language = new Languages { Val = script.IsRightToLeft ? "en-US" : script.Language, EastAsia = script.EastAsianLanguage, Bidi = script.IsRightToLeft ? script.Language : "ar-SA" };
        return new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = WordScript.LatinFont, HighAnsi = WordScript.LatinFont, EastAsia = script.EastAsianFont, ComplexScript = WordScript.ComplexScriptFont },
                new Color { Val = Ink },
                new FontSize { Val = "21" },
                new FontSizeComplexScript { Val = "21" },
                language)),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "160", Line = "300", LineRule = LineSpacingRuleValues.Auto })));
    }

    /// <summary>The style id of Word's built-in "heading N".</summary>
    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, HeadingLevels).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Style Heading(int level, int halfPoints, string color, int before, int after, bool rule)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new KeepLines());
        if (rule)
            paragraph.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = Rule }));
        paragraph.Append(new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        paragraph.Append(new OutlineLevel { Val = level - 1 });
        var style = Paragraph(Heading(level), $"heading {level}", Normal, paragraph: paragraph, run: Font(halfPoints, color, bold: true));
        style.UIPriority = new UIPriority { Val = 9 };
        style.PrimaryStyle = new PrimaryStyle();
        return style;
    }

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault = false, StyleParagraphProperties? paragraph = null, StyleRunProperties? run = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, StyleName = new StyleName { Val = name } };
        if (isDefault)
            style.Default = OnOffValue.FromBoolean(true);
        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
            style.NextParagraphStyle = new NextParagraphStyle { Val = Normal };
        }
        style.PrimaryStyle = new PrimaryStyle();
        if (paragraph is not null)
            style.StyleParagraphProperties = paragraph;
        if (run is not null)
            style.StyleRunProperties = run;
        return style;
    }

    private static Style Character(string id, string name, StyleRunProperties run) =>
        new() { Type = StyleValues.Character, StyleId = id, StyleName = new StyleName { Val = name }, StyleRunProperties = run };

    private static Style TableStyle()
    {
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Rule },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Rule },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Rule },
            new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Rule },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Rule },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Rule });
        var style = new Style { Type = StyleValues.Table, StyleId = Table, StyleName = new StyleName { Val = "Briefing Table" } };
        style.BasedOn = new BasedOn { Val = "TableNormal" };
        style.UIPriority = new UIPriority { Val = 59 };
        style.StyleParagraphProperties = new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "260", LineRule = LineSpacingRuleValues.Auto });
        style.StyleRunProperties = new StyleRunProperties(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" });
        style.StyleTableProperties = new StyleTableProperties(
            borders,
            new TableCellMarginDefault(
                new TopMargin { Width = "80", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 140, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "80", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 140, Type = TableWidthValues.Dxa }));
        style.Append(new TableStyleProperties(
            new RunPropertiesBaseStyle(new Bold(), new BoldComplexScript()),
            new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "EEF2F7" }))
        { Type = TableStyleOverrideValues.FirstRow });
        style.Append(new TableStyleProperties(
            new RunPropertiesBaseStyle(new Bold(), new BoldComplexScript()),
            new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "EEF2F7" }))
        { Type = TableStyleOverrideValues.FirstColumn });
        return style;
    }

    private static TBorder Border<TBorder>(string color) where TBorder : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = 4, Space = 4, Color = color };

    private static StyleParagraphProperties Spacing(int before, int after, bool keepNext = false)
    {
        var properties = new StyleParagraphProperties();
        if (keepNext)
            properties.Append(new KeepNext());
        properties.Append(new SpacingBetweenLines
        {
            Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
            After = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        return properties;
    }

    private static StyleRunProperties Font(int? halfPoints, string color, bool bold = false)
    {
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
            run.Append(new BoldComplexScript());
        }
        run.Append(new Color { Val = color });
        if (halfPoints is { } size)
        {
            var text = size.ToString(System.Globalization.CultureInfo.InvariantCulture);
            run.Append(new FontSize { Val = text });
            run.Append(new FontSizeComplexScript { Val = text });
        }
        return run;
    }

    private static StyleRunProperties Monospace() => new(
        new RunFonts { Ascii = "Noto Sans Mono", HighAnsi = "Noto Sans Mono", ComplexScript = "Noto Sans Mono" },
        new FontSize { Val = "19" },
        new FontSizeComplexScript { Val = "19" });
}
