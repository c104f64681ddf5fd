using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Tests.Layout;

namespace BriefingCompiler.Pdf.Tests.Boxes;

/// <summary>
/// ::before, ::after and ::marker with content (strings, attr(), counter(), counters(), quotes), the counter
/// properties and list-style-type / list-style-position, read back as the text of the laid-out lines.
/// </summary>
public class GeneratedContentTests
{
    private static IReadOnlyList<string> Lines(string body, string css) => LayoutProbe.OfBody(body, "@page { size: 400pt 400pt } " + css).LinesOf(1);

    [Test]
    public void Before_and_after_add_strings_and_attributes_around_the_content()
    {
        var lines = Lines("""<p class="ref" data-symbol="A/79/1">See</p>""", """.ref::before { content: "\2192  " } .ref::after { content: " (" attr(data-symbol) ")" }""");

        Assert.That(lines, Is.EqualTo(new[] { "→ See (A/79/1)" }));
    }

    [Test]
    public void Counters_number_headings_and_reset_per_section()
    {
        var lines = Lines(
            "<h2>A</h2><h3>a</h3><h3>b</h3><h2>B</h2><h3>c</h3>",
            """
            body { counter-reset: sec } h2 { counter-increment: sec; counter-reset: sub; font-size: 12pt } h3 { font-size: 12pt }
            h2::before { content: counter(sec, upper-roman) ". " } h3::before { counter-increment: sub; content: counter(sec) "." counter(sub) " " }
            """);

        Assert.That(lines, Is.EqualTo(new[] { "I. A", "1.1 a", "1.2 b", "II. B", "2.1 c" }));
    }

    [Test]
    public void Counters_joins_nested_counters_as_paragraph_numbers()
    {
        var lines = Lines(
            """<ol><li>one<ol><li>one one</li><li>one two</li></ol></li><li>two</li></ol>""",
            "ol { list-style: none; counter-reset: item; margin: 0 } li { counter-increment: item } li::before { content: counters(item, \".\") \" \" }");

        Assert.That(lines, Is.EqualTo(new[] { "1 one", "1.1 one one", "1.2 one two", "2 two" }));
    }

    [Test]
    public void Counter_set_and_counter_reset_values_are_honoured()
    {
        var lines = Lines(
            """<div class="a">x</div><div class="b">y</div><div class="c">z</div>""",
            "body { counter-reset: n 4 } div { counter-increment: n } .b { counter-set: n 10 } .c { counter-increment: n 5 } div::before { content: counter(n) \":\" }");

        Assert.That(lines, Is.EqualTo(new[] { "5:x", "10:y", "15:z" }));
    }

    [Test]
    public void Quotes_nest_with_the_quotes_property()
    {
        var lines = Lines("""<p><q>a <q>b</q> c</q></p>""", """q { quotes: "«" "»" "‹" "›" } q::before { content: open-quote } q::after { content: close-quote }""");

        Assert.That(lines, Is.EqualTo(new[] { "«a ‹b› c»" }));
    }

    [Test]
    public void A_marker_rule_gives_the_marker_its_content_and_colour()
    {
        var probe = LayoutProbe.OfBody("""<ol><li>alpha</li><li>beta</li></ol>""", """li::marker { content: "(" counter(list-item, lower-alpha) ")"; color: #0000ff }""");

        Assert.That(probe.LinesOf(1), Is.EqualTo(new[] { "(a)", "alpha", "(b)", "beta" }));
        var item = (ListItemBox)((BlockBox)probe.Document.Root.Children.OfType<BlockBox>().Single().Children.Single()).Children[0];
        Assert.That(item.MarkerStyle?.Color, Is.EqualTo(0xFF0000FFu));
    }

    [TestCase("decimal-leading-zero", "08.", "09.")]
    [TestCase("lower-greek", "θ.", "ι.")]
    [TestCase("upper-roman", "VIII.", "IX.")]
    [TestCase("lower-alpha", "h.", "i.")]
    [TestCase("cjk-decimal", "八、", "九、")]
    [TestCase("arabic-indic", "٨.", "٩.")]
    [TestCase("upper-armenian", "Ը.", "Թ.")]
    [TestCase("georgian", "ჱ.", "თ.")]
    [TestCase("hebrew", "ח.", "ט.")]
    public void List_style_types_number_the_markers(string type, string first, string second)
    {
        var lines = Lines("""<ol start="8"><li>x</li><li>y</li></ol>""", $"ol {{ list-style-type: {type} }}");

        Assert.That(lines, Is.EqualTo(new[] { first, "x", second, "y" }));
    }

    [TestCase("georgian", 19999, "ჵჰშჟთ")]
    [TestCase("hebrew", 15, "טו")]
    [TestCase("hebrew", 1016, "א׳טז")]
    [TestCase("lower-armenian", 10000, "10000")]
    [TestCase("lower-greek", 25, "αα")]
    [TestCase("decimal-leading-zero", -3, "-3")]
    public void Counter_styles_write_numbers_as_css_counter_styles_define(string style, int value, string expected) =>
        Assert.That(ListMarkerFormatter.Representation(style, value), Is.EqualTo(expected));

    [Test]
    public void List_style_position_inside_puts_the_marker_in_the_first_line()
    {
        var probe = LayoutProbe.OfBody("""<ol><li id="a">x</li><li>y</li></ol>""", "ol { list-style-position: inside }");

        Assert.That(probe.LinesOf(1), Is.EqualTo(new[] { "1. x", "2. y" }));
        Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Not.Contain("PDF101"));
    }

    [Test]
    public void A_reversed_list_is_reported_rather_than_numbered_wrongly_in_silence()
    {
        var probe = LayoutProbe.OfBody("""<ol reversed><li>x</li><li>y</li></ol>""");

        Assert.That(probe.Document.Messages.Select(m => m.Code), Is.EqualTo(new[] { "PDF122" }));
    }

    [Test]
    public void A_block_before_is_a_line_of_its_own()
    {
        var lines = Lines("""<div class="x">text</div>""", """.x::before { display: block; content: "Heading" }""");

        Assert.That(lines, Is.EqualTo(new[] { "Heading", "text" }));
    }

    [Test]
    public void An_empty_block_before_draws_its_border_as_a_rule()
    {
        var probe = LayoutProbe.OfBody("""<h2 id="h">Title</h2>""", """h2::before { content: ""; display: block; border-top: 2pt solid #ff0000; margin-bottom: 4pt }""");

        var rules = probe.Document.Paints[0].Commands.OfType<BriefingCompiler.Pdf.Rendering.DrawLine>().Where(l => l.Color == 0xFFFF0000u).ToArray();
        Assert.That(rules, Has.Length.EqualTo(1));
        Assert.That(rules[0].Thickness, Is.EqualTo(2f));
        Assert.That(probe.LinesOf(1), Is.EqualTo(new[] { "Title" }));
    }

    [Test]
    public void Unsupported_generated_content_is_reported_not_dropped_silently()
    {
        var probe = LayoutProbe.OfBody(
            """<p class="x">a</p><p class="y">b</p>""",
            """.x::before { content: element(header) "!" } .y::first-letter { font-size: 2em; width: 5em } .x::after { content: counter(n, ethiopic-numeric) }""");

        var codes = probe.Document.Messages.Select(m => m.Code).ToArray();
        Assert.That(codes, Does.Contain("PDF126"), "element()");
        Assert.That(codes, Does.Contain("PDF127"), "width does not apply to ::first-letter");
        Assert.That(codes, Does.Contain("PDF122"), "the ethiopic-numeric counter style");
        Assert.That(probe.LinesOf(1), Is.EqualTo(new[] { "a0", "b" }), "the declaration with element() is dropped whole, as browsers do");
    }

    [Test]
    public void String_in_pseudo_element_content_is_reported_and_in_margin_boxes_is_not()
    {
        const string margin = "@page { @top-center { content: string(title) } } h2 { string-set: title content() }";
        var supported = LayoutProbe.OfBody("<h2>Alpha</h2>", margin);
        var dropped = LayoutProbe.OfBody("<h2>Alpha</h2><p>b</p>", margin + " p::before { content: string(title) }");

        Assert.That(supported.Document.Messages.Select(m => m.Code), Does.Not.Contain("PDF126"));
        Assert.That(dropped.Document.Messages.Where(m => m.Code == "PDF126").Select(m => m.Message), Has.One.Contains("'string()'"));
    }

    [Test]
    public void Rows_can_be_numbered_by_counters()
    {
        var lines = Lines(
            """<table><tr><td>a</td></tr><tr><td>b</td></tr></table>""",
            "table { counter-reset: row } tr { counter-increment: row } td::before { content: counter(row) \". \" }");

        Assert.That(lines, Is.EqualTo(new[] { "1. a", "2. b" }));
    }

    [Test]
    public void A_counter_reset_on_a_table_column_is_in_scope_for_the_rows_after_it()
    {
        var lines = Lines(
            """<table><colgroup class="g"><col class="c"></colgroup><tr><td class="n">a</td></tr></table>""",
            ".g { counter-reset: n 5 } .c { counter-reset: inner 2 } td::before { content: counter(n) \"/\" counter(inner) \" \" }");

        Assert.That(lines, Is.EqualTo(new[] { "5/0 a" }), "the column group's counter reaches the cells; a col's ends with its group");
    }

    [Test]
    public void A_before_with_display_list_item_has_a_marker()
    {
        var lines = Lines(
            """<div class="x">text</div><div class="x">more</div>""",
            "body { counter-reset: list-item } .x::before { content: \"Head\"; display: list-item; list-style-type: upper-roman; margin-left: 40pt }");

        Assert.That(lines, Is.EqualTo(new[] { "I.", "Head", "text", "II.", "Head", "more" }));
    }

    [Test]
    public void An_empty_list_item_is_a_line_tall_and_gives_an_inline_block_its_baseline()
    {
        var probe = LayoutProbe.OfBody(
            """<ul><li id="empty"></li><li id="full">x</li></ul><div>y <span id="ib" style="display: inline-block"><span style="display: list-item; list-style: square"></span></span></div>""",
            "ul { margin: 0 }");

        Assert.That(probe.Find("empty").Rect.Height, Is.EqualTo(15f).Within(0.01), "the marker's line");
        Assert.That(probe.Find("full").Rect.Top, Is.EqualTo(25f).Within(0.01));
        var inlineBlock = probe.Find("ib").Rect;
        Assert.That(inlineBlock.Height, Is.EqualTo(15f).Within(0.01));
        Assert.That(inlineBlock.Top, Is.EqualTo(40f).Within(0.01), "its marker's line sits on the line of y, not below it");
    }

    [Test]
    public void An_image_in_content_is_set_in_the_line_at_its_own_size()
    {
        var uri = "data:image/png;base64," + Convert.ToBase64String(BriefingCompiler.Pdf.Tests.Images.TestImages.Png(8, 8));
        var probe = LayoutProbe.OfBody("""<p class="x">text</p>""", $$""".x::before { content: "[" url("{{uri}}") "] " }""");

        var lines = new List<BriefingCompiler.Pdf.Layout.LineFragment>();
        LayoutProbe.Walk(probe.Pages[0].Body, 0, 0, (fragment, _) => { if (fragment is BriefingCompiler.Pdf.Layout.LineFragment line) lines.Add(line); });
        var image = lines.Single().Atomics.Single();
        Assert.That(image.Box, Is.InstanceOf<ReplacedBox>());
        Assert.That(image.Width, Is.EqualTo(6).Within(0.01), "its own 8px");
        Assert.That(string.Concat(lines.Single().Line.Runs.Select(r => r.Text)), Is.EqualTo("[\uFFFC] text"));
    }

    [Test]
    public void The_text_of_a_block_before_is_not_painted_again_as_an_inline_box()
    {
        var probe = LayoutProbe.OfBody("""<div class="x"></div>""", """.x::before { display: block; content: "Line 1\A Line 2"; white-space: pre; background: #ff0000; border: 1pt solid #0000ff; line-height: 6pt }""");

        var commands = probe.Document.Paints[0].Commands;
        Assert.That(commands.OfType<BriefingCompiler.Pdf.Rendering.FillRectangle>().Count(r => r.Color == 0xFFFF0000u), Is.EqualTo(1), "the block's background only");
        Assert.That(commands.OfType<BriefingCompiler.Pdf.Rendering.DrawLine>().Count(l => l.Color == 0xFF0000FFu), Is.EqualTo(4), "the block's four borders, none around its lines");
    }

    [TestCase("table-row")]
    [TestCase("table-cell")]
    [TestCase("table")]
    public void A_before_with_a_table_display_in_a_block_is_wrapped_in_an_anonymous_table(string display)
    {
        var probe = LayoutProbe.OfBody("""<div>text</div>""", $"div {{ border-spacing: 3pt }} div::before {{ content: \"x\"; display: {display} }}");

        var block = (BlockBox)probe.Document.Root.Children.OfType<BlockBox>().Single().Children.Single();
        var table = block.Children.OfType<TableBox>().Single();
        Assert.That(table.BodyRows.Single().Cells.Single().Children, Is.Not.Empty);
        Assert.That(probe.LinesOf(1), Is.EqualTo(new[] { "x", "text" }));
    }

    /// <summary>Every table of the box tree, in document order.</summary>
    private static IEnumerable<TableBox> Tables(Box box) => box switch
    {
        TableBox table => [table],
        ContainerBox container => container.Children.SelectMany(Tables),
        _ => [],
    };

    [Test]
    public void A_row_before_and_after_with_display_table_cell_are_cells_of_the_row()
    {
        var probe = LayoutProbe.OfBody("""<table><tr class="r"><td>Inner</td></tr></table>""",
            """td { padding: 0 } tr.r::before { display: table-cell; content: "B" } tr.r::after { display: table-cell; content: "A" }""");

        var row = Tables(probe.Document.Root).Single().BodyRows.Single();
        Assert.That(row.Cells.Select(c => c.Column), Is.EqualTo(new[] { 0, 1, 2 }));
        Assert.That(probe.LinesOf(1), Is.EqualTo(new[] { "B", "Inner", "A" }));
    }

    [TestCase("\" \"")]
    [TestCase("attr(missing)")]
    [TestCase("url(missing-image.png)")]
    public void A_row_before_that_comes_out_empty_still_makes_an_anonymous_cell(string content)
    {
        // before-after-table-whitespace-001: generated content is not white space between table parts (CSS 2.1 §17.2.1).
        var probe = LayoutProbe.OfBody("""<table><tr class="g"><td>Cell0</td></tr><tr><td>Cell1</td><td>Cell2</td></tr></table>""",
            $"tr.g::before {{ content: {content} }}");

        var first = Tables(probe.Document.Root).Single().BodyRows[0];
        Assert.That(first.Cells, Has.Count.EqualTo(2));
        Assert.That(first.Cells[0].Style.Display, Is.EqualTo(BriefingCompiler.Pdf.Styling.Display.TableCell));
        Assert.That(first.Cells[1].Column, Is.EqualTo(1), "Cell0 moves to the second column");
    }

    [Test]
    public void A_row_without_generated_content_keeps_its_cells()
    {
        var probe = LayoutProbe.OfBody("""<table><tr class="g"><td>Cell0</td></tr></table>""", "tr.g::before { padding: 1px }");

        Assert.That(Tables(probe.Document.Root).Single().BodyRows.Single().Cells, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_table_before_and_after_with_row_group_displays_are_row_groups_in_their_places()
    {
        // The ::before is a footer group and the ::after a header group: the header goes first, the footer last.
        var probe = LayoutProbe.OfBody("""<table class="t"><tbody><tr><td>Inner</td></tr></tbody></table>""",
            """table.t::before { display: table-footer-group; content: "F" } table.t::after { display: table-header-group; content: "H" }""");

        var table = Tables(probe.Document.Root).Single();
        Assert.That(table.HeaderRows, Has.Count.EqualTo(1));
        Assert.That(table.BodyRows, Has.Count.EqualTo(2));
        Assert.That(probe.LinesOf(1), Is.EqualTo(new[] { "H", "Inner", "F" }));
    }

    [Test]
    public void A_row_group_before_with_display_table_row_is_a_row_of_the_group()
    {
        var probe = LayoutProbe.OfBody("""<table><tbody class="g"><tr><td>Inner</td></tr></tbody></table>""",
            """tbody.g::before { display: table-row; content: "1" } tbody.g::after { display: table-row; content: "2" }""");

        Assert.That(Tables(probe.Document.Root).Single().BodyRows, Has.Count.EqualTo(3));
        Assert.That(probe.LinesOf(1), Is.EqualTo(new[] { "1", "Inner", "2" }));
    }

    [Test]
    public void Table_cell_pseudo_elements_of_a_block_share_the_anonymous_table_of_its_cells()
    {
        var probe = LayoutProbe.OfBody("""<div class="d"><div class="c">Inner</div></div>""",
            """.c { display: table-cell } .d::before { display: table-cell; content: "B" } .d::after { display: table-cell; content: "A" }""");

        var row = Tables(probe.Document.Root).Single().BodyRows.Single();
        Assert.That(row.Cells, Has.Count.EqualTo(3), "one row of three cells, not three tables");
        Assert.That(probe.LinesOf(1), Is.EqualTo(new[] { "B", "Inner", "A" }));
    }
}

