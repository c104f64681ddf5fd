using BriefingCompiler.Translation;

namespace BriefingCompiler.Tests.Translation;

/// <summary>
/// A Markdown field cut into translatable blocks: structure stays out of the text, inline formatting becomes codes,
/// and filling every slot with its own content gives the field back byte for byte.
/// </summary>
public class MarkdownSegmenterTests
{
    private static string Shown(IEnumerable<InlinePart> parts) => string.Concat(parts.Select(p => p switch
    {
        InlineText text => text.Text,
        InlineCode { Kind: InlineCodeKind.Open } code => $"<{code.Id}:{code.Type}>",
        InlineCode { Kind: InlineCodeKind.Close } code => $"</{code.Id}>",
        InlineCode code => $"<{code.Id}:{code.Type}/>",
        _ => "",
    }));

    private const string Field = """
        ## A heading with `code`

        First paragraph with **bold**, *italics* and a [link to **the** page](https://example.org/a "title"),
          wrapped onto a second line, and a footnote call[^1].

        - Item one
          continues here.
        - Item *two*

        > A quoted
        > paragraph.

        | Country | Position |
        |---------|----------|
        | France  | **For**  |

        ```
        code block stays
        ```

        [^1]: The footnote's text.

        """;

    [Test]
    public void Blocks_are_units_and_formatting_is_codes()
    {
        var layout = MarkdownSegmenter.Split(Field, audienceMarkers: false);

        Assert.That(layout.Slots.Select(s => Shown(s.Parts)), Is.EqualTo(new[]
        {
            "A heading with <1:code/>",
            "First paragraph with <1:bold>bold</1>, <2:italic>italics</2> and a <3:link>link to <4:bold>the</4> page</3>,\nwrapped onto a second line, and a footnote call<5:footnote/>.",
            "Item one\ncontinues here.",
            "Item <1:italic>two</1>",
            "A quoted\nparagraph.",
            "Country", "Position", "France", "<1:bold>For</1>",
            "<1:footnote/> The footnote's text.",
        }));
        var link = layout.Slots[1].Parts.OfType<InlineCode>().Single(c => c is { Id: 3, Kind: InlineCodeKind.Close });
        Assert.That(link.Markup, Is.EqualTo("](https://example.org/a \"title\")"), "the URL is in the code, never in the text");
    }

    [Test]
    public void Filling_each_slot_with_its_own_content_gives_the_field_back()
    {
        var layout = MarkdownSegmenter.Split(Field, audienceMarkers: false);

        Assert.That(layout.Fill([.. layout.Slots.Select(s => FieldLayout.MarkdownOf(s.Parts))]), Is.EqualTo(Field));
    }

    [Test]
    public void A_figures_caption_is_text_to_translate_between_the_images_codes()
    {
        const string field = "![The ALAC's members](assets/alac.svg \"Where the members come from\")\n\n![Map](map.png 'A map')\n\n![Escaped](x.png \"A \\\"quoted\\\" map\")\n";
        var layout = MarkdownSegmenter.Split(field, audienceMarkers: false);

        Assert.That(layout.Slots.Select(s => Shown(s.Parts)), Is.EqualTo(new[]
        {
            "<1:image>The ALAC's members</1>Where the members come from<2:image/>",
            "<1:image>Map</1>A map<2:image/>",
            // A title written with escapes stays markup rather than come back from a translator unescaped.
            "<1:image>Escaped</1>",
        }));
        Assert.That(layout.Slots[0].Parts.OfType<InlineCode>().Select(c => c.Markup), Is.EqualTo(new[] { "![", "](assets/alac.svg \"", "\")" }));
        var translated = layout.Fill(["![Les membres de l'ALAC](assets/alac.svg \"D'où viennent les membres\")", "![Carte](map.png 'Une carte')", "![Échappé](x.png \"A \\\"quoted\\\" map\")"]);
        Assert.That(translated, Does.Contain("(assets/alac.svg \"D'où viennent les membres\")").And.Contain("(map.png 'Une carte')"));
    }

    [Test]
    public void A_translation_with_more_lines_keeps_its_list_item_and_quote_structure()
    {
        var layout = MarkdownSegmenter.Split("- Item one\n\n> Quoted\n", audienceMarkers: false);

        var filled = layout.Fill(["Premier\nélément", "Cité\nsur deux lignes"]);

        Assert.That(filled, Is.EqualTo("- Premier\n  élément\n\n> Cité\n> sur deux lignes\n"));
    }

    [Test]
    public void Audience_marker_lines_are_structure_in_a_document_with_audiences_and_text_otherwise()
    {
        const string text = "Everyone reads this.\n\n::: members\nOnly members read this.\n:::\n";

        var withAudiences = MarkdownSegmenter.Split(text, audienceMarkers: true);
        var without = MarkdownSegmenter.Split(text, audienceMarkers: false);

        Assert.That(withAudiences.Slots.Select(s => Shown(s.Parts)), Is.EqualTo(new[] { "Everyone reads this.", "Only members read this." }));
        Assert.That(withAudiences.Fill(["Tout le monde.", "Les membres seulement."]),
            Is.EqualTo("Tout le monde.\n\n::: members\nLes membres seulement.\n:::\n"));
        Assert.That(without.Slots.Select(s => Shown(s.Parts)), Does.Contain("::: members\nOnly members read this.\n:::"));
    }

    [Test]
    public void A_table_cell_cannot_take_a_line_break()
    {
        var layout = MarkdownSegmenter.Split("| a | b |\n|---|---|\n| c | d |\n", audienceMarkers: false);

        Assert.That(layout.Fill(["A", "B", "C\nC", "D"]), Is.EqualTo("| A | B |\n|---|---|\n| C C | D |\n"));
    }
}
