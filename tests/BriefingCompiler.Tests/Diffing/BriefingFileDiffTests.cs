using BriefingCompiler.Diffing;

namespace BriefingCompiler.Tests.Diffing;

/// <summary>Real YAML pairs under Diffing/Data, loaded by the real loader, compared by the differ.</summary>
public class BriefingFileDiffTests
{
    public static string Data(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Diffing", "Data", name);

    private static BriefingCompiler.Model.Briefing Load(string name)
    {
        var result = BriefingLoader.Load(Data(name));
        Assert.That(result.Diagnostics.Where(d => d.IsError), Is.Empty, $"{name} must be a valid briefing");
        return result.Briefing!;
    }

    private static string Marked(IEnumerable<TextSegment> segments) => string.Concat(segments.Select(s => s.Op switch
    {
        SegmentOp.Deleted => "[-" + s.Text + "-]",
        SegmentOp.Inserted => "{+" + s.Text + "+}",
        _ => s.Text,
    }));

    [Test]
    public void A_formatting_only_rewrite_is_no_change()
    {
        // Key order, quoting, flow style, folded and re-wrapped scalars, comments, defaults written out.
        Assert.That(File.ReadAllText(Data("en-v1.yaml")), Is.Not.EqualTo(File.ReadAllText(Data("en-v1-reformatted.yaml"))));
        var diff = BriefingDiffer.Compare(Load("en-v1.yaml"), Load("en-v1-reformatted.yaml"));
        Assert.That(diff.Changes.Select(c => c.Path), Is.Empty);
    }

    [Test]
    public void English_pair_word_change_status_dropped_item_replaced_item_renamed_version_added()
    {
        var diff = BriefingDiffer.Compare(Load("en-v1.yaml"), Load("en-v2.yaml"));
        Assert.That(diff.Changes.Select(c => (c.Path, c.Kind)), Is.EqualTo(new[]
        {
            ("objective", ChangeKind.Changed),
            ("agenda[3].status", ChangeKind.Changed),
            ("agenda[4]", ChangeKind.Removed),
            ("agenda[4]", ChangeKind.Added),
            ("agenda[5].title", ChangeKind.Changed),
            ("positions[1].body", ChangeKind.Changed),
            ("document_control.versions[2]", ChangeKind.Added),
        }));
        var changes = diff.Changes;
        Assert.Multiple(() =>
        {
            Assert.That(Marked(changes[0].Text.Single().Segments), Does.Contain(" meet [-regularly-]{+often+} during "));
            Assert.That(Marked(changes[1].Text.Single().Segments), Is.EqualTo("[-tentative-]{+confirmed+}"));
            Assert.That(((TextNode)((RecordNode)changes[2].Old!)["title"]!).Text, Is.EqualTo("Open discussion and Q&A"));
            Assert.That(((TextNode)((RecordNode)changes[3].New!)["title"]!).Text, Is.EqualTo("Next steps for joint GAC–ALAC work"));
            Assert.That(Marked(changes[4].Text.Single().Segments), Is.EqualTo("Closing remarks{+ and thanks+}"));
            var body = changes[5].Text;
            Assert.That(body.Count(b => b.Kind == BlockDiffKind.Changed), Is.EqualTo(1));
            var changed = body.Single(b => b.Kind == BlockDiffKind.Changed);
            Assert.That((changed.Type, changed.NewIndex), Is.EqualTo(("list-item", (int?)2)));
            Assert.That(Marked(changed.Segments), Does.StartWith("**Digital inclusion**: both the GAC and the ALAC [-stress-]{+emphasise+} the importance"));
            Assert.That(changes[6].New, Is.InstanceOf<RecordNode>());
        });
        Assert.That(VersionDiscipline.Check(Load("en-v1.yaml"), Load("en-v2.yaml"), "HEAD"), Is.Null);
    }

    [Test]
    public void Chinese_pair_two_characters_changed_item_added_and_renamed_status_dropped_without_a_new_version()
    {
        var diff = BriefingDiffer.Compare(Load("zh-v1.yaml"), Load("zh-v2.yaml"));
        Assert.That(diff.Changes.Select(c => (c.Path, c.Kind, c.OldPath)), Is.EqualTo(new[]
        {
            ("agenda[3].status", ChangeKind.Changed, (string?)"agenda[3].status"),
            ("agenda[5]", ChangeKind.Added, null),
            ("agenda[6].title", ChangeKind.Changed, "agenda[5].title"),
            ("positions[1].body", ChangeKind.Changed, "positions[1].body"),
        }));
        Assert.That(Marked(diff.Changes[2].Text.Single().Segments), Is.EqualTo("闭幕[-致辞-]{+发言+}"));
        Assert.That(Marked(diff.Changes[3].Text.Single(b => b.Kind == BlockDiffKind.Changed).Segments),
            Does.Contain("政策的公平性并[-促进-]{+推动+}经济发展，"));

        var finding = VersionDiscipline.Check(Load("zh-v1.yaml"), Load("zh-v2.yaml"), "HEAD");
        Assert.That(finding?.Code, Is.EqualTo("BRF3901"));
        Assert.That(finding!.Span.File, Does.EndWith("zh-v2.yaml"));
    }
}
