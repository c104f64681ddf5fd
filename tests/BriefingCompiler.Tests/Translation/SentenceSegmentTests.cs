using System.Text;
using System.Xml.Linq;
using BriefingCompiler.Translation;
using static BriefingCompiler.Tests.Translation.TranslationFixture;

namespace BriefingCompiler.Tests.Translation;

/// <summary>
/// Blocks cut into sentences for the XLIFF files: XLIFF 2.1 <c>segment</c>s (the space between as <c>ignorable</c>),
/// 1.2 <c>mrk mtype="seg"</c>; inline codes never cross a segment; merge joins the sentences back exactly.
/// </summary>
public class SentenceSegmentTests
{
    private static readonly XNamespace Xliff2 = XliffWriter.Namespace20;

    private static IReadOnlyList<InlinePart> PartsOf(string markdown) => MarkdownSegmenter.Split(markdown, audienceMarkers: false).Slots.Single().Parts;

    private static List<string> Sentences(string markdown) =>
        [.. SentenceSegmenter.Split(PartsOf(markdown)).Select(s => FieldLayout.MarkdownOf(s.Content) + "|" + s.Space)];

    [Test]
    public void A_paragraph_is_cut_after_each_sentence_with_the_space_between_apart()
    {
        Assert.That(Sentences("One **bold** sentence. Another, e.g. this one.\nA third on the next line."),
            Is.EqualTo(new[] { "One **bold** sentence.| ", "Another, e.g. this one.|\n", "A third on the next line.|" }));
    }

    [Test]
    public void A_code_pair_across_sentences_keeps_them_one_segment()
    {
        Assert.That(Sentences("Before. **Bold first. Bold second.** After."),
            Is.EqualTo(new[] { "Before.| ", "**Bold first. Bold second.**| ", "After.|" }));
        Assert.That(Sentences("A [link. Across](https://example.org) sentences. Next."),
            Is.EqualTo(new[] { "A [link. Across](https://example.org) sentences.| ", "Next.|" }));
    }

    [Test]
    public void Closing_codes_and_footnote_calls_stay_with_the_sentence_they_end()
    {
        Assert.That(Sentences("It is *agreed.* Now a call.[^1] And `code` here."),
            Is.EqualTo(new[] { "It is *agreed.*| ", "Now a call.[^1]| ", "And `code` here.|" }));
    }

    [Test]
    public void Chinese_and_Arabic_sentences()
    {
        Assert.That(Sentences("第一句**重要**。第二句！第三句？"), Is.EqualTo(new[] { "第一句**重要**。|", "第二句！|", "第三句？|" }));
        Assert.That(Sentences("هل توافق؟ نعم، نوافق."), Is.EqualTo(new[] { "هل توافق؟| ", "نعم، نوافق.|" }));
    }

    [Test]
    public void Segments_and_their_spaces_give_the_unit_back()
    {
        foreach (var language in new[] { "en", "ar", "zh" })
        {
            foreach (var unit in Load(Sample(language)).Units)
            {
                var segments = SentenceSegmenter.Split(unit.Source);
                Assert.That(string.Concat(segments.Select(s => FieldLayout.MarkdownOf(s.Content) + s.Space)), Is.EqualTo(FieldLayout.MarkdownOf(unit.Source)), unit.Id);
                foreach (var segment in segments)
                {
                    var open = segment.Content.OfType<InlineCode>().Where(c => c.Kind == InlineCodeKind.Open).Select(c => c.Id);
                    var close = segment.Content.OfType<InlineCode>().Where(c => c.Kind == InlineCodeKind.Close).Select(c => c.Id);
                    Assert.That(close, Is.EquivalentTo(open), $"{unit.Id}: code pairs whole in each segment");
                }
            }
        }
    }

    private static (TranslationDocument Source, XDocument Xliff, byte[] Bytes) ExtractToChinese(string english, IReadOnlyList<InlinePart>? target = null)
    {
        var yaml = File.ReadAllText(Sample("en")).Replace("objective: |", "objective: |\n  " + english + "\nobjective_was: |", StringComparison.Ordinal);
        var source = TranslationSources.Read("x.en.yaml", Encoding.UTF8.GetBytes(yaml))!;
        var planned = source.Units.Select(u => new PlannedUnit(u, u.FieldPath == "objective" ? target : u.Source, target is null && u.FieldPath == "objective" ? UnitState.Initial : UnitState.Translated)).ToList();
        var bytes = XliffWriter.Write(planned, XliffVersion.V21, "en", "zh", "x.en.yaml");
        return (source, XDocument.Parse(Encoding.UTF8.GetString(bytes), LoadOptions.PreserveWhitespace), bytes);
    }

    private static XElement Objective(XDocument xliff) => xliff.Descendants(Xliff2 + "unit").Single(u => ((string)u.Attribute("id")!).StartsWith("objective.", StringComparison.Ordinal));

    private static MergeResult Merge(TranslationDocument source, XDocument xliff)
    {
        var (document, diagnostics) = XliffReader.Read("x.zh.xlf", Encoding.UTF8.GetBytes(xliff.ToString(SaveOptions.DisableFormatting)));
        Assert.That(document, Is.Not.Null, string.Join("\n", diagnostics));
        return XliffMerger.Merge(document!, source, null);
    }

    [Test]
    public void A_translator_fills_each_sentence_and_merge_joins_them_with_the_space_the_language_wants()
    {
        var (source, xliff, _) = ExtractToChinese("First sentence. Second **one**.");
        var unit = Objective(xliff);
        var segments = unit.Elements(Xliff2 + "segment").ToList();
        Assert.That(segments, Has.Count.EqualTo(2));
        Assert.That(unit.Element(Xliff2 + "ignorable")!.Element(Xliff2 + "source")!.Value, Is.EqualTo(" "));
        segments[0].Add(new XElement(Xliff2 + "target", "第一句。"));
        segments[1].Add(new XElement(Xliff2 + "target", "第二", new XElement(segments[1].Element(Xliff2 + "source")!.Element(Xliff2 + "pc")!) { Value = "句" }, "。"));

        var merged = Merge(source, xliff);

        Assert.That(merged.Diagnostics, Is.Empty);
        // No space after a Chinese full stop where the English had one after its own.
        Assert.That(merged.Yaml, Does.Contain("objective: |\n  第一句。第二**句**。\n"));
    }

    [Test]
    public void A_sentence_left_untranslated_is_refused_by_its_number()
    {
        var (source, xliff, _) = ExtractToChinese("First sentence. Second one.");
        var segments = Objective(xliff).Elements(Xliff2 + "segment").ToList();
        segments[0].Add(new XElement(Xliff2 + "target", "第一句。"));

        var merged = Merge(source, xliff);

        Assert.That(merged.Yaml, Is.Null);
        Assert.That(merged.Diagnostics.Select(d => d.Code + " " + d.Message), Has.Some.StartsWith("BRF6006 sentence 2 (segment 2) of unit 'objective."));
    }

    [Test]
    public void A_translation_with_other_sentences_than_the_source_goes_out_as_one_segment_and_comes_back_the_same()
    {
        var translation = PartsOf("第一句和第二句。");
        var (source, xliff, _) = ExtractToChinese("First sentence. Second one.", translation);

        var segments = Objective(xliff).Elements(Xliff2 + "segment").ToList();
        Assert.That(segments.Select(s => s.Element(Xliff2 + "source")!.Value), Is.EqualTo(new[] { "First sentence. Second one." }));
        Assert.That(Merge(source, xliff).Yaml, Does.Contain("objective: |\n  第一句和第二句。\n"));
    }
}
