using BriefingCompiler.Diffing;

namespace BriefingCompiler.Tests.Diffing;

public class TextDifferTests
{
    private static string Marked(IReadOnlyList<TextSegment> segments) => string.Concat(segments.Select(s => s.Op switch
    {
        SegmentOp.Deleted => "[-" + s.Text + "-]",
        SegmentOp.Inserted => "{+" + s.Text + "+}",
        _ => s.Text,
    }));

    [Test]
    public void One_word_changed_in_an_english_sentence()
    {
        var segments = TextDiffer.Diff("The GAC and the ALAC meet regularly during meetings.", "The GAC and the ALAC meet often during meetings.");
        Assert.That(Marked(segments), Is.EqualTo("The GAC and the ALAC meet [-regularly-]{+often+} during meetings."));
    }

    [Test]
    public void Two_characters_changed_in_a_chinese_sentence_are_marked_as_two_characters()
    {
        var segments = TextDiffer.Diff("各国政府的目标是确保政策的公平性并促进经济发展。", "各国政府的目标是确保政策的公平性并推动经济发展。");
        Assert.That(Marked(segments), Is.EqualTo("各国政府的目标是确保政策的公平性并[-促进-]{+推动+}经济发展。"));
    }

    [Test]
    public void A_word_is_never_split_into_characters()
    {
        var segments = TextDiffer.Diff("closing remarks", "closing remark");
        Assert.That(Marked(segments), Is.EqualTo("closing [-remarks-]{+remark+}"));
    }

    [Test]
    public void Adjacent_replacements_separated_by_a_space_read_as_one()
    {
        var segments = TextDiffer.Diff("the way forward today", "the road ahead today");
        Assert.That(Marked(segments), Is.EqualTo("the [-way forward-]{+road ahead+} today"));
    }

    [Test]
    public void Rewritten_text_is_one_replacement_not_scattered_shared_characters()
    {
        var segments = TextDiffer.Diff("讨论共同关注的公共政策问题。", "完全不同的目标");
        Assert.That(Marked(segments), Is.EqualTo("[-讨论共同关注的公共政策问题。-]{+完全不同的目标+}"));
    }

    [Test]
    public void Insertion_and_deletion_alone()
    {
        Assert.That(Marked(TextDiffer.Diff("GAC members", "GAC members and observers")), Is.EqualTo("GAC members{+ and observers+}"));
        Assert.That(Marked(TextDiffer.Diff("GAC 成员和观察员", "GAC 成员")), Is.EqualTo("GAC 成员[-和观察员-]"));
    }

    [Test]
    public void Segments_spell_both_texts()
    {
        const string before = "从 ALAC 和 GAC 合并的视角来看，重点将是展望未来 (late 2025)。";
        const string after = "从 GAC 和 ALAC 共同的视角来看，重点是展望未来 (end of 2025)。";
        var segments = TextDiffer.Diff(before, after);
        Assert.Multiple(() =>
        {
            Assert.That(string.Concat(segments.Where(s => s.Op != SegmentOp.Inserted).Select(s => s.Text)), Is.EqualTo(before));
            Assert.That(string.Concat(segments.Where(s => s.Op != SegmentOp.Deleted).Select(s => s.Text)), Is.EqualTo(after));
        });
    }

    [Test]
    public void Equal_texts_are_one_equal_segment()
    {
        Assert.That(TextDiffer.Diff("same", "same"), Is.EqualTo(new[] { new TextSegment(SegmentOp.Equal, "same") }));
    }
}
