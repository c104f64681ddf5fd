using System.Text;
using System.Xml.Linq;
using BriefingCompiler.Tests.Cli;
using static BriefingCompiler.Tests.Translation.TranslationFixture;

namespace BriefingCompiler.Tests.Translation;

/// <summary>
/// <c>--since REV</c> in a real git repository: version 2 of a 40-paragraph briefing edits 3 paragraphs, and exactly
/// those 3 units go out to translate; the 37 others go out final with their current translation.
/// </summary>
public class SinceRevisionTests
{
    private string folder = "";

    [SetUp]
    public void CreateRepository() => folder = Directory.CreateTempSubdirectory("briefc-xliff-since-").FullName;

    [TearDown]
    public void RemoveRepository() => Directory.Delete(folder, recursive: true);

    private static string Briefing(string language, Func<int, string> paragraph) =>
        $"""
        briefc: 1
        language: {language}
        symbol: GAC/TEST/1
        meeting: ICANN99
        session:
          title: "{(language == "en" ? "Session" : "Séance")}"
        objective: |
          {(language == "en" ? "To test." : "Pour tester.")}
        background: |
        {string.Join("\n\n", Enumerable.Range(1, 40).Select(i => "  " + paragraph(i)))}
        agenda:
          - {(language == "en" ? "Opening" : "Ouverture")}
        document_control:
          title: "{(language == "en" ? "Title" : "Titre")}"
          audience: {(language == "en" ? "Members" : "Membres")}
          versions:
            - version: 1
              date: 2025-01-10

        """;

    [Test]
    public void Three_edited_paragraphs_of_forty_are_exactly_the_units_to_translate()
    {
        File.WriteAllText(Path.Combine(folder, "x.en.yaml"), Briefing("en", i => $"Paragraph {i} says **thing {i}** of the background."));
        File.WriteAllText(Path.Combine(folder, "x.fr.yaml"), Briefing("fr", i => $"Le paragraphe {i} dit **la chose {i}** du contexte."));
        Git(folder, "init", "-q");
        Git(folder, "add", ".");
        Git(folder, "commit", "-q", "-m", "version 1 and its translation");
        var edited = new HashSet<int> { 5, 17, 33 };
        File.WriteAllText(Path.Combine(folder, "x.en.yaml"),
            Briefing("en", i => edited.Contains(i) ? $"Paragraph {i} now says **thing {i}** differently." : $"Paragraph {i} says **thing {i}** of the background."));

        var run = CliRun.In(folder, "xliff", "extract", "x.en.yaml", "--to", "fr", "--since", "HEAD");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var xliff = XDocument.Load(Path.Combine(folder, "x.fr.xlf"));
        XNamespace ns = "urn:oasis:names:tc:xliff:document:2.0";
        var units = xliff.Descendants(ns + "unit").ToList();
        var toTranslate = units.Where(u => (string?)u.Element(ns + "segment")!.Attribute("state") == "initial").ToList();
        Assert.That(toTranslate.Select(u => u.Element(ns + "segment")!.Element(ns + "source")!.Value),
            Is.EquivalentTo(edited.Select(i => $"thing {i}" is var bold ? $"Paragraph {i} now says {bold} differently." : "")));
        Assert.That(toTranslate.All(u => u.Element(ns + "segment")!.Element(ns + "target") is null), "a changed unit goes out without the old translation");
        var final = units.Where(u => (string?)u.Element(ns + "segment")!.Attribute("state") == "final").ToList();
        Assert.That(final, Has.Count.EqualTo(units.Count - 3));
        var paragraph6 = units.Single(u => u.Element(ns + "segment")!.Element(ns + "source")!.Value.StartsWith("Paragraph 6 ", StringComparison.Ordinal));
        Assert.That(paragraph6.Element(ns + "segment")!.Element(ns + "target")!.Value, Is.EqualTo("Le paragraphe 6 dit la chose 6 du contexte."));
        Assert.That(run.Output, Does.Contain("to translate: 3 units"));
    }

    [Test]
    public void Status_names_the_stale_units_of_a_translation_at_their_field_in_the_source()
    {
        File.WriteAllText(Path.Combine(folder, "x.en.yaml"), Briefing("en", i => $"Paragraph {i}."));
        File.WriteAllText(Path.Combine(folder, "x.fr.yaml"), Briefing("fr", i => $"Paragraphe {i}.").Replace("  versions:", "  original_language: en\n  versions:", StringComparison.Ordinal));
        Git(folder, "init", "-q");
        Git(folder, "add", ".");
        Git(folder, "commit", "-q", "-m", "version 1 and its translation");
        var upToDate = CliRun.In(folder, "xliff", "status", "x.fr.yaml");
        File.WriteAllText(Path.Combine(folder, "x.en.yaml"), Briefing("en", i => i is 5 or 17 or 33 ? $"Paragraph {i}, edited." : $"Paragraph {i}."));

        var stale = CliRun.In(folder, "xliff", "status", "x.fr.yaml");

        Assert.That(upToDate.ExitCode, Is.Zero, upToDate.Error);
        Assert.That(upToDate.Output, Does.Contain("x.fr.yaml is up to date with x.en.yaml"));
        Assert.That(stale.ExitCode, Is.EqualTo(1), stale.Error);
        var warnings = stale.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(warnings, Has.Length.EqualTo(3));
        Assert.That(warnings, Has.All.Match(@"^x\.en\.yaml\(\d+,\d+\): warning BRF6101: background #\d+ changed since"));
        Assert.That(warnings.Select(w => w.Split(' ')[4]), Is.EqualTo(new[] { "#5", "#17", "#33" }));
        Assert.That(stale.Output, Does.Contain("3 of 45 units stale against x.en.yaml").And.Contain("briefc xliff extract x.en.yaml --to fr --since "));
    }

    [Test]
    public void Check_names_the_stale_paragraphs_of_a_translation_at_their_field_in_it_and_is_quiet_otherwise()
    {
        string French(Func<int, string> paragraph) =>
            Briefing("fr", paragraph).Replace("  versions:", "  original_language: en\n  versions:", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "x.en.yaml"), Briefing("en", i => $"Paragraph {i}."));
        File.WriteAllText(Path.Combine(folder, "x.fr.yaml"), French(i => $"Paragraphe {i}."));
        var noGit = CliRun.In(folder, "check", ".");
        Git(folder, "init", "-q");
        Git(folder, "add", ".");
        Git(folder, "commit", "-q", "-m", "version 1 and its translation");
        var upToDate = CliRun.In(folder, "check", ".");
        File.WriteAllText(Path.Combine(folder, "x.en.yaml"), Briefing("en", i => i is 5 or 17 or 33 ? $"Paragraph {i}, edited." : $"Paragraph {i}."));

        var stale = CliRun.In(folder, "check", ".");
        var lines = File.ReadAllLines(Path.Combine(folder, "x.fr.yaml")).ToList();

        // The translator's merge, not committed yet: the field is translated again, nothing is stale.
        File.WriteAllText(Path.Combine(folder, "x.fr.yaml"), French(i => i is 5 or 17 or 33 ? $"Paragraphe {i}, modifié." : $"Paragraphe {i}."));
        var merged = CliRun.In(folder, "check", ".");
        Assert.Multiple(() =>
        {
            foreach (var quiet in new[] { noGit, upToDate, merged })
            {
                Assert.That(quiet.ExitCode, Is.Zero, quiet.Error);
                Assert.That(quiet.Output + quiet.Error, Does.Not.Contain("BRF6101"));
            }
            Assert.That(stale.ExitCode, Is.Zero, "warnings");
            var warnings = (stale.Output + stale.Error).Split('\n').Where(l => l.Contains("BRF6101", StringComparison.Ordinal)).ToList();
            Assert.That(warnings, Has.Count.EqualTo(3));
            Assert.That(warnings, Has.All.Match(@"^\./x\.fr\.yaml\(\d+,3\): warning BRF6101: background #\d+ changed in \./x\.en\.yaml since [0-9a-f]{12}"));
            Assert.That(warnings.Select(w => w.Split(' ')[4]), Is.EqualTo(new[] { "#5", "#17", "#33" }));
            // Each at its paragraph's line in the translation.
            Assert.That(warnings.Select(w => int.Parse(w[(w.IndexOf('(') + 1)..w.IndexOf(',')], System.Globalization.CultureInfo.InvariantCulture)),
                Is.EqualTo(new[] { 5, 17, 33 }.Select(i => lines.IndexOf($"  Paragraphe {i}.") + 1)));
            Assert.That(warnings[0], Does.EndWith("(briefc xliff extract ./x.en.yaml --to fr --since " + Git(folder, "rev-parse", "HEAD")[..12] + " sends it)"));
        });
    }

    [Test]
    public void A_translation_that_left_out_blocks_of_an_original_unchanged_since_its_commit_is_not_stale()
    {
        // As the samples are: the original and its translation edited in one commit, the original with a block (here a
        // 41st paragraph) and a field (the agenda item's note) that the translation does not have. Nothing of the
        // original changed since that commit, so nothing is stale; then one paragraph is edited, and it alone is.
        string English(Func<int, string> paragraph) =>
            Briefing("en", paragraph).Replace("  Paragraph 40.", "  Paragraph 40.\n\n  Paragraph 41, not translated.", StringComparison.Ordinal)
                .Replace("  - Opening\n", "  - title: Opening\n    note: Not translated either.\n", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "x.en.yaml"), English(i => $"Paragraph {i}."));
        File.WriteAllText(Path.Combine(folder, "x.fr.yaml"),
            Briefing("fr", i => $"Paragraphe {i}.").Replace("  versions:", "  original_language: en\n  versions:", StringComparison.Ordinal));
        Git(folder, "init", "-q");
        Git(folder, "add", ".");
        Git(folder, "commit", "-q", "-m", "version 1 and its translation");
        var upToDate = CliRun.In(folder, "check", ".");
        var status = CliRun.In(folder, "xliff", "status", "x.fr.yaml");
        File.WriteAllText(Path.Combine(folder, "x.en.yaml"), English(i => i == 5 ? "Paragraph 5, edited." : $"Paragraph {i}."));

        var stale = CliRun.In(folder, "check", ".");

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Path.Combine(folder, "x.en.yaml")), Does.Contain("Paragraph 41").And.Contain("note: Not translated"));
            Assert.That(upToDate.ExitCode, Is.Zero, upToDate.Error);
            Assert.That(upToDate.Output + upToDate.Error, Does.Not.Contain("BRF6101"));
            Assert.That(status.ExitCode, Is.Zero, status.Error);
            Assert.That(status.Output, Does.Contain("x.fr.yaml is up to date with x.en.yaml"));
            var warnings = (stale.Output + stale.Error).Split('\n').Where(l => l.Contains("BRF6101", StringComparison.Ordinal)).ToList();
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings, Has.All.Match(@"^\./x\.fr\.yaml\(\d+,\d+\): warning BRF6101: background #5 changed in \./x\.en\.yaml since "));
        });
    }

    [Test]
    public void A_source_that_did_not_exist_at_the_revision_is_all_to_translate_and_a_bad_revision_is_a_usage_error()
    {
        File.WriteAllText(Path.Combine(folder, "readme.txt"), "x");
        Git(folder, "init", "-q");
        Git(folder, "add", ".");
        Git(folder, "commit", "-q", "-m", "nothing yet");
        File.WriteAllText(Path.Combine(folder, "x.en.yaml"), Briefing("en", i => $"Paragraph {i}."));

        var run = CliRun.In(folder, "xliff", "extract", "x.en.yaml", "--to", "fr", "--since", "HEAD");
        var bad = CliRun.In(folder, "xliff", "extract", "x.en.yaml", "--to", "fr", "--since", "no-such-branch");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(folder, "x.fr.xlf"))), Does.Not.Contain("state=\"final\""));
        Assert.That(bad.ExitCode, Is.EqualTo(2));
        Assert.That(bad.Error, Does.Contain("unknown git revision 'no-such-branch'"));
    }
}
