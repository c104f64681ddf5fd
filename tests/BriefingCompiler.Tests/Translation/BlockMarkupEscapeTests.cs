using System.Text;
using BriefingCompiler.Editions;
using BriefingCompiler.Translation;
using Markdig.Syntax;
using static BriefingCompiler.Tests.Translation.TranslationFixture;

namespace BriefingCompiler.Tests.Translation;

/// <summary>
/// What a translator types at the start of a line stays text of its block: merge escapes block marks, extract shows
/// them unescaped, and the round trip gives the same bytes.
/// </summary>
public class BlockMarkupEscapeTests
{
    private const string Field = """
        A paragraph.
        Its second line.

        - A list item.

        > A quote.

        | Country | Position |
        |---------|----------|
        | France  | For      |

        ::: members
        Restricted text.
        :::
        """;

    private static string Text(IEnumerable<InlinePart> parts) => FieldLayout.MarkdownOf(parts);

    /// <summary>The field with each slot's translation as the merger writes it.</summary>
    private static string Merged(FieldLayout layout, IReadOnlyList<string> translations) =>
        layout.Fill([.. layout.Slots.Select((slot, i) => Text(BlockMarkupEscapes.Escape([new InlineText(translations[i])], slot.Kind, audienceMarkers: true)))]);

    [TestCase("# Titre")]
    [TestCase("## Titre")]
    [TestCase("- puce")]
    [TestCase("* puce")]
    [TestCase("+ puce")]
    [TestCase("1. premier")]
    [TestCase("3) troisième")]
    [TestCase("> citation")]
    [TestCase("::: members")]
    [TestCase(":::")]
    [TestCase("| a | b |")]
    [TestCase("```")]
    [TestCase("***")]
    [TestCase("   # indenté")]
    [TestCase("Texte\n# titre")]
    [TestCase("Texte\n- puce")]
    [TestCase("Texte\n1. premier")]
    [TestCase("Texte\n---")]
    [TestCase("Texte\n===")]
    [TestCase("Texte\n> citation")]
    [TestCase("Texte\n::: members")]
    public void A_block_mark_typed_by_the_translator_stays_text_of_its_block(string typed)
    {
        var layout = MarkdownSegmenter.Split(Field, audienceMarkers: true);
        var translations = layout.Slots.Select(_ => typed).ToList();
        // A table cell is one line: the translator's line break becomes a space there.
        // Space before the first line would make a code block of it: it goes.
        var expected = layout.Slots.Select(s => s.SingleLine ? typed.Replace('\n', ' ').Trim() : typed.TrimStart()).ToList();

        var merged = Merged(layout, translations);

        var again = MarkdownSegmenter.Split(merged, audienceMarkers: true);
        Assert.Multiple(() =>
        {
            Assert.That(again.Slots.Select(s => s.Kind), Is.EqualTo(layout.Slots.Select(s => s.Kind)), merged);
            Assert.That(again.Slots.Select(s => Text(s.Parts)), Is.EqualTo(expected), "extract reads back what the translator typed");
            Assert.That(merged.Split('\n').Count(AudienceBlocks.IsMarkerLine), Is.EqualTo(2), "the audience block's two markers, no more");
        });
    }

    [Test]
    public void A_pipe_in_a_table_cell_stays_in_the_cell()
    {
        var layout = MarkdownSegmenter.Split(Field, audienceMarkers: true);
        var translations = layout.Slots.Select(s => s.Kind == SlotKind.TableCell ? "Pour | contre" : "Texte.").ToList();

        var again = MarkdownSegmenter.Split(Merged(layout, translations), audienceMarkers: true);

        Assert.That(again.Slots.Where(s => s.Kind == SlotKind.TableCell).Select(s => Text(s.Parts)), Is.EqualTo(new[] { "Pour | contre", "Pour | contre", "Pour | contre", "Pour | contre" }));
    }

    [Test]
    public void A_quote_typed_in_a_figure_caption_is_escaped_so_the_figure_stays_a_figure()
    {
        var layout = MarkdownSegmenter.Split("![Map](assets/map.png \"The venues\")\n", audienceMarkers: false);
        var parts = layout.Slots[0].Parts;
        Assert.That(parts[3], Is.EqualTo(new InlineText("The venues")), "the caption is text between the codes");
        var translated = parts.Select(p => p switch
        {
            InlineText { Text: "Map" } => new InlineText("Carte"),
            InlineText => new InlineText("Les \"lieux\" de réunion"),
            _ => p,
        }).ToList();

        var merged = layout.Fill([Text(BlockMarkupEscapes.Escape(translated, layout.Slots[0].Kind, audienceMarkers: false))]);
        var figure = Markdig.Markdown.Parse(merged).Descendants<Markdig.Syntax.Inlines.LinkInline>().Single();

        Assert.That(merged, Is.EqualTo("![Carte](assets/map.png \"Les \\\"lieux\\\" de réunion\")\n"));
        Assert.That((figure.IsImage, figure.Url, figure.Title), Is.EqualTo((true, "assets/map.png", "Les \"lieux\" de réunion")));
    }

    [Test]
    public void An_author_s_escapes_are_shown_unescaped_and_come_back_the_same()
    {
        const string escaped = "\\# Not a heading.\n1\\. Not a list, \\#hashtag kept.\n\n| A \\| B |\n|---|\n| c |\n";
        var layout = MarkdownSegmenter.Split(escaped, audienceMarkers: false);

        Assert.That(layout.Slots.Select(s => Text(s.Parts)), Is.EqualTo(new[] { "# Not a heading.\n1. Not a list, \\#hashtag kept.", "A | B", "c" }));
        Assert.That(layout.Fill([.. layout.Slots.Select(s => Text(BlockMarkupEscapes.Escape(s.Parts, s.Kind, false)))]), Is.EqualTo(escaped));
        Assert.That(layout.Slots.Select(s => s.Markdown), Is.EqualTo(new[] { "\\# Not a heading.\n1\\. Not a list, \\#hashtag kept.", "A \\| B", "c" }), "ids hash the block as written");
    }

    [Test]
    public void Merge_escapes_a_heading_mark_in_a_translated_paragraph()
    {
        var source = Load(Sample("en"));
        var planned = source.Units.Select(u => new PlannedUnit(u, u.FieldPath == "objective" ? [new InlineText("# Objectif\n- premier point")] : u.Source, UnitState.Translated)).ToList();

        var merged = RoundTrip(source, null, planned, "fr", XliffVersion.V21);

        Assert.That(merged.Diagnostics, Is.Empty);
        Assert.That(merged.Yaml, Does.Contain("objective: |\n  \\# Objectif\n  \\- premier point\n"));
        var french = Briefing("x.fr.yaml", Encoding.UTF8.GetBytes(merged.Yaml!));
        Assert.That(MarkdownSegmenter.Split(french.Objective.Source, false).Slots.Select(s => (s.Kind, Text(s.Parts))),
            Is.EqualTo(new[] { (SlotKind.Paragraph, "# Objectif\n- premier point") }));
    }
}
