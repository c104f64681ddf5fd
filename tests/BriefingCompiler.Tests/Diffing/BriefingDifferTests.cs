using BriefingCompiler.Diffing;
using BriefingCompiler.Model;
using static BriefingCompiler.Tests.Diffing.BriefingFixture;

namespace BriefingCompiler.Tests.Diffing;

public class BriefingDifferTests
{
    private static string Marked(IEnumerable<TextSegment> segments) => string.Concat(segments.Select(s => s.Op switch
    {
        SegmentOp.Deleted => "[-" + s.Text + "-]",
        SegmentOp.Inserted => "{+" + s.Text + "+}",
        _ => s.Text,
    }));

    [Test]
    public void The_same_briefing_built_twice_has_no_changes()
    {
        var diff = BriefingDiffer.Compare(English(), English());
        Assert.That(diff.HasChanges, Is.False);
        Assert.That(BriefingDiffer.Compare(Chinese(), Chinese()).Changes, Is.Empty);
    }

    [Test]
    public void Rewrapped_markdown_and_spacing_in_a_title_are_no_change()
    {
        var old = English();
        var rewrapped = old with
        {
            Objective = Md("The GAC and the ALAC meet regularly during ICANN Public Meetings\nto discuss public policy issues."),
            Session = old.Session with { Title = "Meeting of the GAC  with the ALAC\n" },
        };
        Assert.That(BriefingDiffer.Compare(old, rewrapped).Changes, Is.Empty);
    }

    [Test]
    public void An_inserted_agenda_item_is_one_addition_and_the_items_after_it_are_unchanged()
    {
        var old = English();
        var agenda = old.Agenda.ToList();
        agenda.Insert(2, Item("Budget and finance"));
        var diff = BriefingDiffer.Compare(old, old with { Agenda = agenda });

        Assert.That(diff.Changes, Has.Count.EqualTo(1));
        var change = diff.Changes[0];
        Assert.Multiple(() =>
        {
            Assert.That(change.Path, Is.EqualTo("agenda[3]"));
            Assert.That(change.Kind, Is.EqualTo(ChangeKind.Added));
            Assert.That(change.Section, Is.EqualTo("agenda"));
            Assert.That(change.OldPath, Is.Null);
            Assert.That(((TextNode)((RecordNode)change.New!)["title"]!).Text, Is.EqualTo("Budget and finance"));
        });
    }

    [Test]
    public void A_removed_agenda_item_is_named_by_its_old_position()
    {
        var old = English();
        var diff = BriefingDiffer.Compare(old, old.WithAgenda([.. old.Agenda.Where((_, i) => i != 3)]));
        Assert.That(diff.Changes.Select(c => (c.Path, c.Kind, c.OldPath, c.NewPath)),
            Is.EqualTo(new[] { ("agenda[4]", ChangeKind.Removed, (string?)"agenda[4]", (string?)null) }));
    }

    [Test]
    public void A_renamed_item_is_a_word_change_in_its_title()
    {
        var old = English();
        var agenda = old.Agenda.ToList();
        agenda[4] = Item("Closing words");
        var diff = BriefingDiffer.Compare(old, old with { Agenda = agenda });

        Assert.That(diff.Changes, Has.Count.EqualTo(1));
        Assert.That(diff.Changes[0].Path, Is.EqualTo("agenda[5].title"));
        Assert.That(diff.Changes[0].Kind, Is.EqualTo(ChangeKind.Changed));
        Assert.That(Marked(diff.Changes[0].Text.Single().Segments), Is.EqualTo("Closing [-remarks-]{+words+}"));
    }

    [Test]
    public void A_dropped_tentative_status_is_a_change_of_the_status_value()
    {
        var old = English();
        var agenda = old.Agenda.ToList();
        agenda[2] = agenda[2] with { Status = AgendaStatus.Confirmed };
        var diff = BriefingDiffer.Compare(old, old with { Agenda = agenda });

        Assert.That(diff.Changes, Has.Count.EqualTo(1));
        var change = diff.Changes[0];
        Assert.Multiple(() =>
        {
            Assert.That(change.Path, Is.EqualTo("agenda[3].status"));
            Assert.That(((TextNode)change.Old!).Text, Is.EqualTo("tentative"));
            Assert.That(((TextNode)change.New!).Text, Is.EqualTo("confirmed"));
            Assert.That(Marked(change.Text.Single().Segments), Is.EqualTo("[-tentative-]{+confirmed+}"));
        });
    }

    [Test]
    public void An_item_moved_to_the_top_is_one_move()
    {
        var old = English();
        var a = old.Agenda;
        var diff = BriefingDiffer.Compare(old, old.WithAgenda(a[3], a[0], a[1], a[2], a[4]));
        Assert.That(diff.Changes.Select(c => (c.Path, c.Kind, c.OldPath)),
            Is.EqualTo(new[] { ("agenda[1]", ChangeKind.Moved, (string?)"agenda[4]") }));
    }

    [Test]
    public void After_an_insertion_a_changed_item_carries_its_old_and_new_paths()
    {
        var old = English();
        var agenda = old.Agenda.ToList();
        agenda.Insert(0, Item("Welcome"));
        agenda[3] = agenda[3] with { Status = AgendaStatus.Confirmed };
        var diff = BriefingDiffer.Compare(old, old with { Agenda = agenda });
        Assert.That(diff.Changes.Select(c => (c.Path, c.Kind, c.OldPath)), Is.EqualTo(new[]
        {
            ("agenda[1]", ChangeKind.Added, (string?)null),
            ("agenda[4].status", ChangeKind.Changed, "agenda[3].status"),
        }));
    }

    [Test]
    public void A_word_changed_in_a_list_item_of_a_position_body_is_a_change_of_that_block_only()
    {
        var old = English();
        var positions = old.Positions.ToList();
        positions[0] = positions[0] with { Body = Md(positions[0].Body.Source.Replace("both stress", "both emphasise")) };
        var diff = BriefingDiffer.Compare(old, old with { Positions = positions });

        var change = diff.Changes.Single();
        Assert.That(change.Path, Is.EqualTo("positions[1].body"));
        Assert.That(change.Text.Select(b => (b.Kind, b.Type, b.OldIndex, b.NewIndex)), Is.EqualTo(new[]
        {
            (BlockDiffKind.Unchanged, "paragraph", (int?)1, (int?)1),
            (BlockDiffKind.Changed, "list-item", 2, 2),
            (BlockDiffKind.Unchanged, "list-item", 3, 3),
        }));
        Assert.That(Marked(change.Text[1].Segments), Is.EqualTo("**Digital inclusion**: both [-stress-]{+emphasise+} bridging the digital divide."));
    }

    [Test]
    public void A_list_item_added_to_a_body_is_an_added_block()
    {
        var old = English();
        var positions = old.Positions.ToList();
        positions[0] = positions[0] with { Body = Md(positions[0].Body.Source.Replace("\n- **Security", "\n- **Multistakeholder participation**: inclusive models.\n- **Security")) };
        var change = BriefingDiffer.Compare(old, old with { Positions = positions }).Changes.Single();
        Assert.That(change.Text.Select(b => b.Kind), Is.EqualTo(new[]
        {
            BlockDiffKind.Unchanged, BlockDiffKind.Unchanged, BlockDiffKind.Added, BlockDiffKind.Unchanged,
        }));
        Assert.That(change.Text[2].NewText, Is.EqualTo("**Multistakeholder participation**: inclusive models."));
    }

    [Test]
    public void Chinese_item_renamed_by_two_characters_and_a_position_changed_inside_a_sentence()
    {
        var old = Chinese();
        var agenda = old.Agenda.ToList();
        agenda[4] = Item("闭幕发言");
        var positions = old.Positions.ToList();
        positions[0] = positions[0] with { Body = Md(positions[0].Body.Source.Replace("促进经济", "推动经济")) };
        var diff = BriefingDiffer.Compare(old, old with { Agenda = agenda, Positions = positions });

        Assert.That(diff.Changes.Select(c => c.Path), Is.EqualTo(new[] { "agenda[5].title", "positions[1].body" }));
        Assert.That(Marked(diff.Changes[0].Text.Single().Segments), Is.EqualTo("闭幕[-致辞-]{+发言+}"));
        Assert.That(Marked(diff.Changes[1].Text.Single(b => b.Kind == BlockDiffKind.Changed).Segments),
            Is.EqualTo("**数字包容**：各国政府的目标是确保政策的公平性并[-促进-]{+推动+}经济发展。"));
    }

    [Test]
    public void Optional_fields_labels_and_versions_added()
    {
        var old = Chinese();
        var @new = old with
        {
            Background = Md("ALAC 是 ICANN 指定的主要组织机构。\n\n过去，他们一直致力于制定联合声明。\n"),
            Labels = new Dictionary<string, string> { ["positions"] = "现状与展望", ["agenda"] = "会议议程" },
        };
        @new = @new.WithVersions([.. old.DocumentControl.Versions, Version("2", "2024-11-10", "议程更新")]);
        var diff = BriefingDiffer.Compare(old, @new);

        Assert.That(diff.Changes.Select(c => (c.Path, c.Kind)), Is.EqualTo(new[]
        {
            ("background", ChangeKind.Added),
            ("labels.agenda", ChangeKind.Added),
            ("document_control.versions[2]", ChangeKind.Added),
        }));
        Assert.That(diff.Changes[0].Text.Select(b => (b.Kind, b.NewText)), Is.EqualTo(new[]
        {
            (BlockDiffKind.Added, "ALAC 是 ICANN 指定的主要组织机构。"),
            (BlockDiffKind.Added, "过去，他们一直致力于制定联合声明。"),
        }));
        Assert.That(diff.BySection().Select(g => g.Key), Is.EqualTo(new[] { "background", "labels", "document_control" }));
    }

    [Test]
    public void A_removed_optional_field_is_a_removal_with_its_old_text()
    {
        var old = English();
        var change = BriefingDiffer.Compare(old, old with { Closing = null }).Changes.Single();
        Assert.That((change.Path, change.Kind, ((TextNode)change.Old!).Text),
            Is.EqualTo(("closing", ChangeKind.Removed, "Together they will advocate strong, user-centred policies.\n")));
        Assert.That(change.Text.Single().Segments.Single().Op, Is.EqualTo(SegmentOp.Deleted));
    }

    [Test]
    public void A_position_moved_and_edited_is_a_move_then_a_change_under_its_new_path()
    {
        var old = English();
        var first = old.Positions[0];
        var edited = first with { Body = Md(first.Body.Source.Replace("looking ahead", "looking forward")) };
        var diff = BriefingDiffer.Compare(old, old with { Positions = [old.Positions[1], edited] });
        Assert.That(diff.Changes.Select(c => (c.Path, c.Kind, c.OldPath)), Is.EqualTo(new[]
        {
            ("positions[2]", ChangeKind.Moved, (string?)"positions[1]"),
            ("positions[2].body", ChangeKind.Changed, "positions[1].body"),
        }));
        Assert.That(Marked(diff.Changes[1].Text.Single(b => b.Kind == BlockDiffKind.Changed).Segments),
            Is.EqualTo("The focus will be on looking [-ahead-]{+forward+}."));
    }

    [Test]
    public void A_paragraph_moved_inside_a_body_is_a_moved_block()
    {
        var old = English() with { Closing = Md("First paragraph here.\n\nSecond paragraph here.\n\nThird paragraph here.\n") };
        var @new = old with { Closing = Md("Second paragraph here.\n\nThird paragraph here.\n\nFirst paragraph here.\n") };
        var change = BriefingDiffer.Compare(old, @new).Changes.Single();
        Assert.That(change.Text.Select(b => (b.Kind, b.OldIndex, b.NewIndex)), Is.EqualTo(new[]
        {
            (BlockDiffKind.Unchanged, (int?)2, (int?)1),
            (BlockDiffKind.Unchanged, 3, 2),
            (BlockDiffKind.Moved, 1, 3),
        }));
    }
}
