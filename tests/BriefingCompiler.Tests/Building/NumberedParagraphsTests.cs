using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Briefc;
using BriefingCompiler.Tests.Cli;
using UglyToad.PdfPig;

namespace BriefingCompiler.Tests.Building;

/// <summary>
/// <c>numbered_paragraphs: true</c> (issue 18, item 7): the background's and the positions' own paragraphs numbered
/// 1., 2., … through the document, the same numbers in every language version, in the HTML and the PDF.
/// </summary>
public class NumberedParagraphsTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("briefc-numbered-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private static string Sample(string language) => SampleBriefings.Text(language);

    /// <summary>The sample with <paramref name="setting"/> (<c>key: value</c>) in place of its own line for that key, or after
    /// its language when it has none.</summary>
    private static string WithSetting(string sample, string setting)
    {
        var key = "^" + Regex.Escape(setting[..(setting.IndexOf(':') + 1)]);
        return Regex.IsMatch(sample, key, RegexOptions.Multiline)
            ? Regex.Replace(sample, key + ".*$", setting, RegexOptions.Multiline)
            : Regex.Replace(sample, @"^language: .*$", m => m.Value + "\n" + setting, RegexOptions.Multiline);
    }

    /// <summary>The sample without its own <c>numbered_paragraphs</c> line (the samples opt in).</summary>
    private static string WithoutSetting(string sample) => Regex.Replace(sample, @"^numbered_paragraphs: .*\n", "", RegexOptions.Multiline);

    private AngleSharp.Html.Dom.IHtmlDocument Html(string name) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_folder, "out", name)));

    [Test]
    public void Background_and_position_paragraphs_are_numbered_through_the_document_in_every_language()
    {
        foreach (var language in new[] { "zh", "en", "ar" })
            SampleBriefings.Write(_folder, $"n.{language}.yaml", WithSetting(Sample(language), "numbered_paragraphs: true"));

        var run = CliRun.In(_folder, "build", ".", "--format", "html,pdf");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error + run.Output);
        var english = Html("n.en.html");
        var numbered = english.QuerySelectorAll("p.numbered").ToList();
        // The English sample: two background paragraphs, then each of the two positions opens with one (their bullet
        // lists belong to it).
        Assert.That(numbered.Select(p => p.Id), Is.EqualTo(new[] { "para-1", "para-2", "para-3", "para-4" }));
        Assert.That(numbered.Select(p => p.QuerySelector(".paragraph-number")!.TextContent.Trim()), Is.EqualTo(new[] { "1.", "2.", "3.", "4." }));
        Assert.That(numbered.Take(2).All(p => p.Closest("section")!.Id == "background"), Is.True);
        Assert.That(numbered[2].Closest("section.position")!.Id, Is.EqualTo("position-1"));
        Assert.That(numbered[3].Closest("section.position")!.Id, Is.EqualTo("position-2"));
        Assert.That(english.QuerySelector("#objective p.numbered") ?? english.QuerySelector("#closing p.numbered") ?? english.QuerySelector("li p.numbered"),
            Is.Null, "objective, closing and list items are not numbered");
        foreach (var language in new[] { "zh", "ar" })
            Assert.That(Html($"n.{language}.html").QuerySelectorAll("p.numbered").Select(p => p.Id), Is.EqualTo(numbered.Select(p => p.Id)),
                $"{language}: paragraph N is the same paragraph in every language");

        using var pdf = PdfDocument.Open(Path.Combine(_folder, "out", "n.en.pdf"));
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        // The contents list has a "1." of its own (the first position's): the paragraph number is the "1." before the text.
        var first = Enumerable.Range(0, words.Count - 3).FirstOrDefault(i => words[i] == "1." && words.Skip(i + 1).Take(3).SequenceEqual(new[] { "The", "ALAC", "is" }), -1);
        Assert.That(first, Is.GreaterThan(0), "the number is text in the PDF, right before the first paragraph's words");
        Assert.That(words, Does.Contain("4."));
    }

    [Test]
    public void Briefc_yaml_gives_the_default_and_the_briefing_may_say_otherwise()
    {
        File.WriteAllText(Path.Combine(_folder, "briefc.yaml"), "briefc: 1\nsources: [briefings]\nnumbered_paragraphs: true\n");
        var briefings = Directory.CreateDirectory(Path.Combine(_folder, "briefings")).FullName;
        var unsaid = WithoutSetting(Sample("en"));
        Assert.That(unsaid, Does.Not.Contain("numbered_paragraphs"));
        SampleBriefings.Write(briefings, "said.en.yaml", WithSetting(unsaid, "numbered_paragraphs: false"));
        SampleBriefings.Write(briefings, "unsaid.en.yaml", unsaid);

        var run = CliRun.In(_folder, "build", "--format", "html");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error + run.Output);
        Assert.That(Html("said.en.html").QuerySelectorAll("p.numbered"), Is.Empty, "the briefing's own false wins");
        Assert.That(Html("unsaid.en.html").QuerySelectorAll("p.numbered"), Has.Length.EqualTo(4));

        var plainSource = SampleBriefings.Write(Path.Combine(_folder, "plain-source"), "icann81-gac-alac.en.yaml", unsaid);
        var plain = CliRun.Of("build", plainSource, "--out", Path.Combine(_folder, "plain"), "--format", "html");
        Assert.That(plain.ExitCode, Is.EqualTo(ExitCodes.Success), plain.Error);
        Assert.That(File.ReadAllText(Path.Combine(_folder, "plain", "icann81-gac-alac.en.html")), Does.Not.Contain("class=\"numbered\"").And.Not.Contain("paragraph-number"),
            "a briefing that does not opt in has no numbers, nor their style rules");
    }

    [Test]
    public void A_value_that_is_not_a_boolean_is_an_error_at_its_line()
    {
        var source = WithSetting(Sample("en"), "numbered_paragraphs: sometimes");
        var path = SampleBriefings.Write(_folder, "bad.en.yaml", source);
        var line = source.Split('\n').ToList().FindIndex(l => l.StartsWith("numbered_paragraphs:", StringComparison.Ordinal)) + 1;

        var run = CliRun.Of("check", path);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(run.Output + run.Error, Does.Contain($"bad.en.yaml({line},22)"));
    }

    [Test]
    public void A_translation_that_joins_two_paragraphs_is_warned_at_that_field_also_when_the_original_is_up_to_date()
    {
        SampleBriefings.Write(_folder, "n.zh.yaml", WithSetting(Sample("zh"), "numbered_paragraphs: true"));
        var english = WithSetting(Sample("en"), "numbered_paragraphs: true");
        SampleBriefings.Write(_folder, "n.en.yaml", english);
        Assert.That(CliRun.In(_folder, "build", ".", "--format", "html").Error, Does.Not.Contain("BRF3104"), "the samples have the same paragraphs");

        // The English background's two paragraphs joined into one, its figure between them left out (the warning is at
        // the field's value, `|`): its paragraph 2 is now the first position's.
        var joined = Regex.Replace(english, @"(background: \|\n  [^\n]+)\n\n(?:  !\[[^\n]+\n\n)?(  )", "$1\n$2");
        Assert.That(joined, Does.Not.Contain("assets/alac-composition.svg"));
        Assert.That(joined, Is.Not.EqualTo(english));
        SampleBriefings.Write(_folder, "n.en.yaml", joined);
        var line = joined.Split('\n').ToList().FindIndex(l => l.StartsWith("background:", StringComparison.Ordinal)) + 1;

        var build = CliRun.In(_folder, "build", ".", "--format", "html");
        var check = CliRun.In(_folder, "check", ".");

        Assert.That(build.Output + build.Error, Does.Contain("Built 1"), "the Chinese original is up to date: its facts come from the manifest");
        foreach (var run in new[] { build, check })
        {
            Assert.That(run.Output + run.Error, Does.Contain($"n.en.yaml({line},13): warning BRF3104: the background has 1 numbered paragraph but in the zh version"));
            Assert.That(run.Output + run.Error, Does.Contain("paragraph numbers from 2 on"));
        }
    }

    [Test]
    public void Content_for_one_audience_is_not_numbered_so_every_edition_has_the_same_numbers()
    {
        // The Chinese sample's second position ends with a members-only block (::: members).
        SampleBriefings.Write(_folder, "n.zh.yaml", WithSetting(Sample("zh"), "numbered_paragraphs: true"));

        var run = CliRun.In(_folder, "build", ".", "--format", "html");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error + run.Output);
        var members = Html("n.zh.members.html");
        var published = Html("n.zh.html");
        Assert.That(members.QuerySelectorAll("p.numbered").Select(p => p.TextContent), Is.EqualTo(published.QuerySelectorAll("p.numbered").Select(p => p.TextContent)));
        var note = members.QuerySelectorAll("#position-2 p").Single(p => p.TextContent.Contains("谈判说明", StringComparison.Ordinal));
        Assert.That(note.ClassList.Contains("numbered"), Is.False, "the members' note is there, without a number");
        Assert.That(published.Body!.TextContent, Does.Not.Contain("谈判说明"));
    }
}
