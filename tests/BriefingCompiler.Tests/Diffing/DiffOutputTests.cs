using System.Text.Json;
using AngleSharp;
using AngleSharp.Dom;
using BriefingCompiler.Diffing;
using BriefingCompiler.Model;
using static BriefingCompiler.Tests.Diffing.BriefingFixture;

namespace BriefingCompiler.Tests.Diffing;

/// <summary>The three renderings of one diff: a status dropped, a word changed in a body, an item added.</summary>
public class DiffOutputTests
{
    private static readonly DiffSides Sides = new("old.en.yaml", "new.en.yaml");

    private static BriefingDiff SampleDiff()
    {
        var old = English();
        var agenda = old.Agenda.ToList();
        agenda[2] = agenda[2] with { Status = AgendaStatus.Confirmed };
        agenda.Add(Item("Any <b>other</b> business & \"questions\""));
        var positions = old.Positions.ToList();
        positions[0] = positions[0] with { Body = Md(positions[0].Body.Source.Replace("both stress", "both emphasise")) };
        return BriefingDiffer.Compare(old, old with { Agenda = agenda, Positions = positions });
    }

    [Test]
    public void Json_lists_each_change_with_path_kind_values_and_segments_in_a_fixed_order()
    {
        using var json = JsonDocument.Parse(JsonDiffWriter.Write(SampleDiff(), Sides));
        var root = json.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "old", "new", "changed", "summary", "changes" }));
        Assert.That(root.GetProperty("old").GetString(), Is.EqualTo("old.en.yaml"));
        Assert.That(root.GetProperty("changed").GetBoolean(), Is.True);
        Assert.That(root.GetProperty("summary").GetProperty("added").GetInt32(), Is.EqualTo(1));
        Assert.That(root.GetProperty("summary").GetProperty("changed").GetInt32(), Is.EqualTo(2));

        var changes = root.GetProperty("changes").EnumerateArray().ToList();
        Assert.That(changes.Select(c => c.GetProperty("path").GetString()), Is.EqualTo(new[] { "agenda[3].status", "agenda[6]", "positions[1].body" }));

        var status = changes[0];
        Assert.That(status.EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "section", "path", "kind", "oldPath", "newPath", "old", "new", "blocks" }));
        Assert.Multiple(() =>
        {
            Assert.That(status.GetProperty("section").GetString(), Is.EqualTo("agenda"));
            Assert.That(status.GetProperty("kind").GetString(), Is.EqualTo("changed"));
            Assert.That(status.GetProperty("oldPath").GetString(), Is.EqualTo("agenda[3].status"));
            Assert.That(status.GetProperty("old").GetString(), Is.EqualTo("tentative"));
            Assert.That(status.GetProperty("new").GetString(), Is.EqualTo("confirmed"));
        });
        var statusSegments = status.GetProperty("blocks")[0].GetProperty("segments").EnumerateArray()
            .Select(s => (s.GetProperty("op").GetString(), s.GetProperty("text").GetString()));
        Assert.That(statusSegments, Is.EqualTo(new[] { ("delete", "tentative"), ("insert", "confirmed") }));

        var added = changes[1];
        Assert.Multiple(() =>
        {
            Assert.That(added.GetProperty("kind").GetString(), Is.EqualTo("added"));
            Assert.That(added.GetProperty("old").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(added.GetProperty("oldPath").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(added.GetProperty("new").GetProperty("title").GetString(), Is.EqualTo("Any <b>other</b> business & \"questions\""));
            Assert.That(added.GetProperty("new").GetProperty("status").GetString(), Is.EqualTo("confirmed"));
            Assert.That(added.GetProperty("blocks").GetArrayLength(), Is.Zero);
        });

        var body = changes[2];
        var blocks = body.GetProperty("blocks").EnumerateArray().ToList();
        Assert.That(blocks.Select(b => b.GetProperty("kind").GetString()), Is.EqualTo(new[] { "unchanged", "changed", "unchanged" }));
        var changed = blocks[1];
        Assert.That(changed.EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "kind", "type", "depth", "oldIndex", "newIndex", "old", "new", "segments" }));
        Assert.Multiple(() =>
        {
            Assert.That(changed.GetProperty("type").GetString(), Is.EqualTo("list-item"));
            Assert.That(changed.GetProperty("oldIndex").GetInt32(), Is.EqualTo(2));
            Assert.That(changed.GetProperty("old").GetString(), Is.EqualTo("**Digital inclusion**: both stress bridging the digital divide."));
            Assert.That(changed.GetProperty("new").GetString(), Is.EqualTo("**Digital inclusion**: both emphasise bridging the digital divide."));
            Assert.That(changed.GetProperty("segments").EnumerateArray().Where(s => s.GetProperty("op").GetString() != "equal")
                .Select(s => s.GetProperty("text").GetString()), Is.EqualTo(new[] { "stress", "emphasise" }));
        });
    }

    [Test]
    public void Json_of_no_change_says_so()
    {
        using var json = JsonDocument.Parse(JsonDiffWriter.Write(BriefingDiffer.Compare(English(), English()), Sides));
        Assert.That(json.RootElement.GetProperty("changed").GetBoolean(), Is.False);
        Assert.That(json.RootElement.GetProperty("changes").GetArrayLength(), Is.Zero);
    }

    [Test]
    public void Json_keeps_chinese_readable()
    {
        var old = Chinese();
        var text = JsonDiffWriter.Write(BriefingDiffer.Compare(old, old with { Objective = Md("新的目标。") }), Sides);
        Assert.That(text, Does.Contain("新的目标"));
    }

    [Test]
    public async Task Html_redline_marks_deletions_and_insertions_and_escapes_briefing_text()
    {
        var html = HtmlRedlineRenderer.Render(SampleDiff(), Sides, "en");
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));

        Assert.That(document.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"));
        Assert.That(document.QuerySelectorAll("section.diff-section h2").Select(h => h.TextContent), Is.EqualTo(new[] { "agenda", "positions" }));

        var status = Article(document, "agenda[3].status");
        Assert.That(status.QuerySelector("del")!.TextContent, Is.EqualTo("tentative"));
        Assert.That(status.QuerySelector("ins")!.TextContent, Is.EqualTo("confirmed"));

        var body = Article(document, "positions[1].body");
        Assert.That(body.QuerySelectorAll("p.block").Length, Is.EqualTo(3));
        var changed = body.QuerySelector("p.block.changed")!;
        Assert.That(changed.QuerySelector("del")!.TextContent, Is.EqualTo("stress"));
        Assert.That(changed.QuerySelector("ins")!.TextContent, Is.EqualTo("emphasise"));
        Assert.That(changed.TextContent, Is.EqualTo("**Digital inclusion**: both stressemphasise bridging the digital divide."));

        var added = Article(document, "agenda[6]");
        Assert.That(added.QuerySelectorAll("ins").Select(i => i.TextContent), Does.Contain("Any <b>other</b> business & \"questions\""));
        Assert.That(document.QuerySelectorAll("b"), Is.Empty, "briefing text must never become markup");
    }

    [Test]
    public async Task Template_redline_marks_changed_markdown_in_place_and_lists_all_changes()
    {
        var old = English();
        var positions = old.Positions.ToList();
        positions[0] = positions[0] with { Body = Md(positions[0].Body.Source.Replace("both stress", "both <script>alert(1)</script> stress")) };
        var @new = old with { Positions = positions, Objective = Md(old.Objective.Source.Replace("regularly", "often")) };
        var diff = BriefingDiffer.Compare(old, @new);
        var html = TemplateRedlineRenderer.Render(BriefingCompiler.Templating.BriefingTemplate.BuiltIn(), @new, diff, Sides, null);
        Assert.That(html, Is.Not.Null);
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html!));

        Assert.That(document.QuerySelectorAll("script"), Is.Empty, "briefing text must never become markup");
        Assert.That(html, Does.Not.Contain("briefcredline"), "every placeholder is replaced");
        var objective = document.QuerySelector("section#objective")!;
        Assert.That(objective.QuerySelector("del")!.TextContent, Is.EqualTo("regularly"));
        Assert.That(objective.QuerySelector("ins")!.TextContent, Is.EqualTo("often"));
        // The changed list item is rendered as Markdown (bold kept) with the insertion marked inside it.
        var item = document.QuerySelectorAll("main li.changed").Single(li => li.Closest("aside") is null);
        Assert.That(item.QuerySelector("strong")!.TextContent, Is.EqualTo("Digital inclusion"));
        Assert.That(item.QuerySelector("ins")!.TextContent, Is.EqualTo("<script>alert(1)</script> "));
        // The aside lists every change by path.
        Assert.That(document.QuerySelectorAll("aside.briefc-changes article.change").Select(a => a.GetAttribute("data-path")),
            Is.EqualTo(new[] { "objective", "positions[1].body" }));
    }

    [Test]
    public async Task A_numbered_list_stays_numbered_in_the_redline_and_its_items_are_named_by_their_numbers()
    {
        var old = English();
        var positions = old.Positions.ToList();
        positions[0] = positions[0] with { Body = Md("The focus will be on looking ahead.\n\n3. Keep the first point.\n4. Stress the second point.\n") };
        var @new = old with { Positions = [positions[0] with { Body = Md(positions[0].Body.Source.Replace("Stress", "Emphasise")) }, .. positions.Skip(1)] };
        old = old with { Positions = positions };
        var diff = BriefingDiffer.Compare(old, @new);

        var html = TemplateRedlineRenderer.Render(BriefingCompiler.Templating.BriefingTemplate.BuiltIn(), @new, diff, Sides, null);
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html!));
        var list = document.QuerySelectorAll("main ol").Single(ol => ol.Closest("aside") is null && ol.QuerySelector("li.changed") is not null);
        Assert.That(list.GetAttribute("start"), Is.EqualTo("3"));
        Assert.That(list.QuerySelectorAll("li").Select(li => li.TextContent.Trim()), Is.EqualTo(new[] { "Keep the first point.", "StressEmphasise the second point." }));
        Assert.That(document.QuerySelectorAll("main ul li.changed").Where(li => li.Closest("aside") is null), Is.Empty, "no bullets for a numbered list");

        Assert.That(TextDiffRenderer.Render(diff, Sides, colour: false), Does.Contain("      [list-item 4] [-Stress-]{+Emphasise+} the second point.\n"));
    }

    [Test]
    public async Task An_unchanged_table_in_a_changed_field_is_shown_as_a_table_in_the_change_list()
    {
        var old = English();
        const string table = "| Country | Vote |\n|---|---|\n| A | yes |\n| B | no |\n";
        var positions = old.Positions.ToList();
        positions[0] = positions[0] with { Body = Md("We stress one point.\n\n" + table) };
        old = old with { Positions = positions };
        var @new = old with { Positions = [positions[0] with { Body = Md("We emphasise one point.\n\n" + table) }, .. positions.Skip(1)] };

        var html = HtmlRedlineRenderer.Render(BriefingDiffer.Compare(old, @new), Sides, "en");
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));

        var change = document.QuerySelector("article.change[data-path='positions[1].body']")!;
        Assert.That(change.QuerySelectorAll("table td").Select(td => td.TextContent), Is.EqualTo(new[] { "A", "yes", "B", "no" }));
        Assert.That(change.TextContent, Does.Not.Contain("|---|"), "not the Markdown source");
        Assert.That(change.QuerySelector("ins")!.TextContent, Is.EqualTo("emphasise"));
    }

    [Test]
    public async Task Template_redline_marks_changed_plain_text_in_place_and_writes_the_new_text_where_marks_cannot_go()
    {
        var old = English();
        var agenda = old.Agenda.ToList();
        agenda[0] = agenda[0] with { Title = agenda[0].Title.Replace("opening", "welcoming", StringComparison.Ordinal) };
        var @new = old with
        {
            Agenda = agenda,
            Session = old.Session with { Title = "Joint \"GAC\" session" },
            DocumentControl = old.DocumentControl with { Audience = "GAC members <b>only</b>", Title = "ICANN81 <GAC> Briefing" },
        };
        var diff = BriefingDiffer.Compare(old, @new);
        var html = TemplateRedlineRenderer.Render(BriefingCompiler.Templating.BriefingTemplate.BuiltIn(), @new, diff, Sides, null);
        Assert.That(html, Is.Not.Null);
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html!));

        Assert.That(html, Does.Not.Contain("briefcredline"), "every placeholder is replaced");
        Assert.That(document.QuerySelectorAll("b"), Is.Empty, "briefing text must never become markup");
        var heading = document.QuerySelector("h1")!;
        Assert.That(heading.QuerySelector("del"), Is.Not.Null);
        Assert.That(heading.QuerySelector("ins")!.TextContent, Does.Contain("\"GAC\""));
        Assert.That(document.Title, Is.EqualTo("ICANN81 <GAC> Briefing"), "the title element holds the new text, unmarked");
        var item = document.QuerySelector("li#agenda-1")!;
        Assert.That(item.QuerySelector("del")!.TextContent, Does.Contain("opening"));
        Assert.That(item.QuerySelector("ins")!.TextContent, Does.Contain("welcoming"));
        var style = string.Concat(document.QuerySelectorAll("style").Select(e => e.TextContent));
        Assert.That(style, Does.Contain("GAC members \\3c b\\3e only\\3c /b\\3e "), "the running header's CSS string has the new audience, escaped");
        var audience = document.QuerySelectorAll("main td").Single(td => td.Closest("aside") is null && td.TextContent.Contains("members", StringComparison.Ordinal));
        Assert.That(audience.QuerySelector("ins")!.TextContent, Does.Contain("only"));
    }

    [Test]
    public async Task Template_redline_marks_an_added_agenda_item_and_an_added_position_inserted_where_the_document_shows_them()
    {
        var old = English();
        var @new = old with
        {
            Agenda = [.. old.Agenda, Item("Any other business")],
            Positions = [.. old.Positions, old.Positions[0] with { Topic = "A new topic", Agenda = null, Body = Md("A **new** position.\n") }],
        };
        var diff = BriefingDiffer.Compare(old, @new);

        var html = TemplateRedlineRenderer.Render(BriefingCompiler.Templating.BriefingTemplate.BuiltIn(), @new, diff, Sides, null);
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html!));

        Assert.That(html, Does.Not.Contain("briefcredline"));
        var added = document.QuerySelector($"li#agenda-{@new.Agenda.Count}")!;
        Assert.That(added.QuerySelector("ins")?.TextContent, Is.EqualTo("Any other business"));
        Assert.That(document.QuerySelector("li#agenda-1")!.QuerySelector("ins"), Is.Null, "an unchanged item is not marked");
        var position = document.QuerySelector($"#position-{@new.Positions.Count}")!;
        Assert.That(position.QuerySelectorAll("ins").Select(i => i.TextContent), Is.EqualTo(new[] { "A new topic", "A new position." }));
        Assert.That(position.QuerySelector("ins strong")?.TextContent, Is.EqualTo("new"), "the added body is rendered as Markdown");
    }

    [Test]
    public async Task Redline_headers_show_the_old_and_the_new_version()
    {
        var old = English();
        var @new = old with
        {
            Objective = Md(old.Objective.Source.Replace("regularly", "often")),
            DocumentControl = old.DocumentControl with { Versions = [.. old.DocumentControl.Versions, old.DocumentControl.Versions[^1] with { Version = "2" }] },
        };
        var diff = BriefingDiffer.Compare(old, @new);
        var sides = Sides with { OldVersion = old.CurrentVersion.Version, NewVersion = "2" };
        Assert.That(old.CurrentVersion.Version, Is.Not.EqualTo("2"));

        var template = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(
            TemplateRedlineRenderer.Render(BriefingCompiler.Templating.BriefingTemplate.BuiltIn(), @new, diff, sides, null)!));
        var plain = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(HtmlRedlineRenderer.Render(diff, sides, "en")));

        foreach (var page in new[] { template, plain })
        {
            var versions = page.QuerySelector("p.versions")!;
            Assert.That(versions.TextContent, Is.EqualTo($"Version {old.CurrentVersion.Version} → 2"));
            Assert.That(versions.QuerySelector("del")!.TextContent, Is.EqualTo(old.CurrentVersion.Version));
            Assert.That(versions.QuerySelector("ins")!.TextContent, Is.EqualTo("2"));
        }
        // The briefing's own version line and the running header of every page say it too.
        var style = string.Concat(template.QuerySelectorAll("style").Select(e => e.TextContent));
        Assert.That(style, Does.Contain($"Version {old.CurrentVersion.Version} → 2 · "));
    }

    [Test]
    public async Task Html_section_headings_use_the_labels_given()
    {
        var labels = new Dictionary<string, string> { ["agenda"] = "议程", ["positions"] = "现状与展望" };
        var html = HtmlRedlineRenderer.Render(SampleDiff(), Sides, "zh", labels);
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
        Assert.That(document.QuerySelectorAll("section.diff-section h2").Select(h => h.TextContent),
            Is.EqualTo(new[] { "议程 agenda", "现状与展望 positions" }));
    }

    [Test]
    public void Plain_text_groups_by_section_with_inline_marks()
    {
        var text = TextDiffRenderer.Render(SampleDiff(), Sides, colour: false);
        Assert.That(text, Does.Not.Contain("\u001b"));
        var lines = text.Split('\n');
        Assert.That(lines[0], Is.EqualTo("--- old.en.yaml"));
        Assert.That(lines[1], Is.EqualTo("+++ new.en.yaml"));
        Assert.That(lines[2], Is.EqualTo("3 changes: 1 added, 2 changed"));
        Assert.That(text, Does.Contain("\nagenda\n  ~ agenda[3].status changed\n      [-tentative-]{+confirmed+}\n"));
        Assert.That(text, Does.Contain("  + agenda[6] added\n      title: {+Any <b>other</b> business & \"questions\"+}\n      status: {+confirmed+}\n"));
        Assert.That(text, Does.Contain("\npositions\n  ~ positions[1].body changed\n      [list-item 1] **Digital inclusion**: both [-stress-]{+emphasise+} bridging the digital divide.\n"),
            "the first item of the list, though the second block of the text");
    }

    [Test]
    public void Long_unchanged_text_around_a_change_is_cut_to_some_context_in_text_output()
    {
        var old = English();
        var before = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"w{i}"));
        var diff = BriefingDiffer.Compare(old with { Closing = Md(before + " old " + before) }, old with { Closing = Md(before + " new " + before) });
        var line = TextDiffRenderer.Render(diff, Sides, colour: false).Split('\n').Single(l => l.Contains("[-old-]"));
        Assert.That(line.Trim(), Is.EqualTo("[paragraph 1] …w31 w32 w33 w34 w35 w36 w37 w38 w39 w40 [-old-]{+new+} w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 …"));
    }

    [Test]
    public void Coloured_text_uses_ansi_and_no_brackets()
    {
        var text = TextDiffRenderer.Render(SampleDiff(), Sides, colour: true);
        Assert.That(text, Does.Contain("\u001b[31m\u001b[9mtentative\u001b[0m"));
        Assert.That(text, Does.Contain("\u001b[32m\u001b[4mconfirmed\u001b[0m"));
        Assert.That(text, Does.Not.Contain("[-tentative-]"));
    }

    [Test]
    public void No_change_prints_nothing_in_text()
    {
        Assert.That(TextDiffRenderer.Render(BriefingDiffer.Compare(English(), English()), Sides, colour: false), Is.Empty);
    }

    private static IElement Article(IDocument document, string path) =>
        document.QuerySelectorAll("article.change").Single(a => a.GetAttribute("data-path") == path);
}
