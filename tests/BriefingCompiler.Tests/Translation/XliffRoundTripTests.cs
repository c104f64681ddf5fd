using System.Text;
using BriefingCompiler.Diffing;
using BriefingCompiler.Editions;
using BriefingCompiler.Translation;
using static BriefingCompiler.Tests.Translation.TranslationFixture;

namespace BriefingCompiler.Tests.Translation;

/// <summary>
/// The round trip on the repository's samples: extract with the existing translation as targets, merge what comes
/// back unchanged, and the translation is reproduced — the same model (no change in briefc diff) and the same bytes.
/// </summary>
public class XliffRoundTripTests
{
    [TestCase("en", "ar", XliffVersion.V21)]
    [TestCase("ar", "en", XliffVersion.V21)]
    [TestCase("en", "ar", XliffVersion.V12)]
    public void Extract_then_merge_of_the_existing_translation_reproduces_it(string from, string to, XliffVersion version)
    {
        var source = Load(Sample(from));
        var target = Load(Sample(to));
        var planned = TranslationPlanner.Plan(source, target, null);
        Assert.That(planned.Where(p => p.State == UnitState.Initial).Select(p => p.Unit.Id), Is.Empty, "every unit pre-filled from the translation");

        var merged = RoundTrip(source, target, planned, to, version);

        Assert.That(merged.Diagnostics, Is.Empty);
        var original = File.ReadAllBytes(Sample(to));
        var again = Encoding.UTF8.GetBytes(merged.Yaml!);
        var diff = BriefingDiffer.Compare(Briefing(Sample(to), original), Briefing(Sample(to), again));
        Assert.That(diff.Changes.Select(c => c.Path), Is.Empty, "no content change");
        Assert.That(merged.Yaml, Is.EqualTo(Encoding.UTF8.GetString(original)), "comments, key order and quoting kept too");
    }

    [Test]
    public void Targets_equal_to_sources_give_the_source_in_another_language_with_its_audience_marks()
    {
        var source = Load(Sample("zh"));
        var planned = source.Units.Select(u => new PlannedUnit(u, u.Source, UnitState.Translated)).ToList();

        var merged = RoundTrip(source, null, planned, "fr", XliffVersion.V21);

        Assert.That(merged.Diagnostics, Is.Empty);
        var zh = Briefing(Sample("zh"), File.ReadAllBytes(Sample("zh")));
        var fr = Briefing("x.fr.yaml", Encoding.UTF8.GetBytes(merged.Yaml!));
        Assert.Multiple(() =>
        {
            Assert.That(fr.Language, Is.EqualTo("fr"));
            Assert.That(fr.DocumentControl.OriginalLanguage, Is.EqualTo("zh"), "a new translation names its original");
            Assert.That(fr.Labels, Is.Empty, "labels belong to one language");
            // What briefc diff shows: the language change and nothing else (the language's own labels, the original's name).
            string[] languageOnly = ["language", "labels.positions", "document_control.original_language"];
            Assert.That(BriefingDiffer.Compare(zh, fr).Changes.Select(c => c.Path), Is.EqualTo(languageOnly), "only the language changed");
            // Restricted content keeps its marks: each edition of the translation holds what the source's holds.
            foreach (var audience in zh.DocumentControl.Audiences)
            {
                var diff = BriefingDiffer.Compare(EditionFilter.Apply(zh, audience), EditionFilter.Apply(fr, audience));
                Assert.That(diff.Changes.Select(c => c.Path), Is.EqualTo(languageOnly), audience.Name);
            }
            Assert.That(merged.Yaml, Does.Contain("::: members"));
        });
    }

    [Test]
    public void The_Chinese_source_against_the_English_translation_sends_exactly_what_English_lacks()
    {
        // The English sample predates the Chinese one's members' edition: its positions[2] has one paragraph fewer,
        // and it declares no audiences (it has the Chinese one's two footnotes, in background and positions[1], and its
        // figure, whose caption is text between the image's codes).
        var planned = TranslationPlanner.Plan(Load(Sample("zh")), Load(Sample("en")), null);

        var initial = planned.Where(p => p.State == UnitState.Initial).Select(p => p.Unit.FieldPath).Distinct().ToList();

        Assert.That(initial, Is.EquivalentTo(new[]
        {
            "positions.2.body", "document_control.audiences.1.distribution", "document_control.audiences.1.marking",
            "document_control.audiences.2.distribution",
        }));
        // positions[2] (one block fewer in English) goes out whole, with the audiences' fields: 8 units.
        Assert.That(planned.Count(p => p.State == UnitState.Translated), Is.EqualTo(planned.Count - 8));
    }

    [Test]
    public void Unit_ids_are_the_field_path_and_the_text_so_an_edit_changes_only_its_own()
    {
        var yaml = File.ReadAllText(Sample("en"));
        var before = TranslationSources.Read("a.yaml", Encoding.UTF8.GetBytes(yaml))!;
        var edited = yaml.Replace("In the past, they have worked", "In the past, they have often worked", StringComparison.Ordinal);
        var after = TranslationSources.Read("a.yaml", Encoding.UTF8.GetBytes(edited))!;

        var changed = after.Units.Select(u => u.Id).Except(before.Units.Select(u => u.Id)).ToList();

        Assert.That(changed, Has.Count.EqualTo(1));
        Assert.That(changed[0], Does.StartWith("background."));
        Assert.That(after.Units.Select(u => u.Id), Is.Unique);
    }

    [Test]
    public void The_authors_comments_go_to_the_translator_as_notes_and_into_a_new_translation()
    {
        var yaml = File.ReadAllText(Sample("en")).Replace("objective: |", "# Keep \"At-Large\" as it is: it is a name.\nobjective: |  # one sentence", StringComparison.Ordinal);
        var source = TranslationSources.Read("x.en.yaml", Encoding.UTF8.GetBytes(yaml))!;

        var objective = source.Units.Single(u => u.FieldPath == "objective");
        var bytes = XliffWriter.Write(TranslationPlanner.Plan(source, null, null), XliffVersion.V21, "en", "fr", "x.en.yaml");
        var merged = RoundTrip(source, null, [.. source.Units.Select(u => new PlannedUnit(u, u.Source, UnitState.Translated))], "fr", XliffVersion.V21);

        Assert.That(objective.Comments, Is.EqualTo(new[] { "Keep \"At-Large\" as it is: it is a name.", "one sentence" }));
        Assert.That(Encoding.UTF8.GetString(bytes), Does.Contain("<note category=\"comment\">Keep \"At-Large\" as it is: it is a name.</note>"));
        Assert.That(merged.Yaml, Does.Contain("# Keep \"At-Large\" as it is: it is a name.\nobjective: |"));
        Assert.That(merged.Yaml, Does.StartWith("# yaml-language-server: $schema=../schema/briefing.schema.json\n"));
    }
}
