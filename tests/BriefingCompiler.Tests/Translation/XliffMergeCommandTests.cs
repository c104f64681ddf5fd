using System.Text;
using BriefingCompiler.Tests.Cli;
using static BriefingCompiler.Tests.Translation.TranslationFixture;

namespace BriefingCompiler.Tests.Translation;

/// <summary>
/// <c>briefc xliff extract</c> and <c>merge</c> as a user runs them, on copies of the samples: a translator's file that
/// does not match its source is refused with the place in the XLIFF, and the translation on disk stays as it was.
/// </summary>
public class XliffMergeCommandTests
{
    private string folder = "";
    private string arabic = "";

    [SetUp]
    public void CopySamples()
    {
        folder = Directory.CreateTempSubdirectory("briefc-xliff-merge-").FullName;
        foreach (var language in new[] { "en", "ar" })
            SampleBriefings.CopyTo(folder, language, $"x.{language}.yaml");
        arabic = File.ReadAllText(Path.Combine(folder, "x.ar.yaml"));
        var run = CliRun.In(folder, "xliff", "extract", "x.en.yaml", "--to", "ar");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
    }

    [TearDown]
    public void Remove() => Directory.Delete(folder, recursive: true);

    private string Xliff => File.ReadAllText(Path.Combine(folder, "x.ar.xlf"));

    private CliRun MergeEdited(Func<string, string> edit, params string[] options)
    {
        var edited = edit(Xliff);
        Assert.That(edited, Is.Not.EqualTo(Xliff), "the edit applies");
        File.WriteAllText(Path.Combine(folder, "x.ar.xlf"), edited);
        return CliRun.In(folder, ["xliff", "merge", "x.ar.xlf", .. options]);
    }

    private static int LineOf(string text, string what) => text[..text.IndexOf(what, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Test]
    public void An_unchanged_file_merges_back_to_the_same_translation()
    {
        var run = CliRun.In(folder, "xliff", "merge", "x.ar.xlf");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("Wrote x.ar.yaml: 30 units in ar"));
        Assert.That(File.ReadAllText(Path.Combine(folder, "x.ar.yaml")), Is.EqualTo(arabic));
        Assert.That(CliRun.In(folder, "check", ".").ExitCode, Is.Zero);
    }

    [Test]
    public void Paired_codes_a_CAT_tool_rewrote_as_start_and_end_codes_merge_the_same()
    {
        var run = MergeEdited(x => System.Text.RegularExpressions.Regex.Replace(
            x.Replace("</pc>", "<ec startRef=\"1\" dataRef=\"d1e\"/>", StringComparison.Ordinal),
            "<pc id=\"1\" [^>]*>", "<sc id=\"1\" dataRef=\"d1\"/>"));

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.ReadAllText(Path.Combine(folder, "x.ar.yaml")), Is.EqualTo(arabic));
    }

    [Test]
    public void A_lost_inline_code_is_refused_at_its_target_and_nothing_is_written()
    {
        var xliff = Xliff;
        var run = MergeEdited(x =>
        {
            // The first target with a paired code loses it, keeping its text: the figure's, whose alt text is between `![` and `](…`.
            var at = x.IndexOf("<target xml:space=\"preserve\"><pc ", StringComparison.Ordinal);
            var end = x.IndexOf('>', at + 30);
            var close = x.IndexOf("</pc>", end, StringComparison.Ordinal);
            return x[..(at + 29)] + x[(end + 1)..close] + x[(close + 5)..];
        });

        Assert.That(run.ExitCode, Is.EqualTo(1));
        var line = LineOf(xliff, "<target xml:space=\"preserve\"><pc ");
        Assert.That(run.Error, Does.Contain($"x.ar.xlf({line},").And.Contain("error BRF6005").And.Contain("lost the inline code 1 (`![`);"));
        Assert.That(File.ReadAllText(Path.Combine(folder, "x.ar.yaml")), Is.EqualTo(arabic));
    }

    [Test]
    public void Codes_that_are_not_the_sources_or_doubled_are_refused()
    {
        var run = MergeEdited(x => x.Replace("<target xml:space=\"preserve\">الشمول", "<target xml:space=\"preserve\"><ph id=\"7\"/>الشمول", StringComparison.Ordinal)
            .Replace("سياسات تكنولوجيا", "<ph id=\"7\"/>سياسات تكنولوجيا", StringComparison.Ordinal));

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("error BRF6005").And.Contain("the source has no code 7"));
    }

    [Test]
    public void Missing_extra_and_untranslated_units_and_the_wrong_language_are_refused_by_place()
    {
        var xliff = Xliff;
        var run = MergeEdited(x =>
        {
            var first = x.IndexOf("<unit ", StringComparison.Ordinal);
            var second = x.IndexOf("<unit ", first + 1, StringComparison.Ordinal);
            var missing = x[..first] + x[second..]; // the first unit gone
            return missing.Replace("trgLang=\"ar\"", "trgLang=\"fr\"", StringComparison.Ordinal)
                .Replace("<unit id=\"objective.", "<unit id=\"objective-extra.", StringComparison.Ordinal)
                .Replace("<target xml:space=\"preserve\">المقدمة والكلمات الافتتاحية</target>", "<target xml:space=\"preserve\"></target>", StringComparison.Ordinal);
        }, "-o", "x.ar.yaml");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("error BRF6002").And.Contain("translation into 'fr' but x.ar.yaml is in 'ar'"));
        Assert.That(run.Error, Does.Contain("error BRF6003").And.Contain("session.title"));
        Assert.That(run.Error, Does.Contain("error BRF6004").And.Contain("unit 'objective-extra."));
        Assert.That(run.Error, Does.Contain("error BRF6006").And.Contain("(agenda.1.title) has no translation"));
        Assert.That(run.Error, Does.Match(@"x\.ar\.xlf\(\d+,\d+\): error"));
        Assert.That(run.Error, Does.Contain($"x.ar.xlf({LineOf(xliff, "<file ")},"), "missing units are named at the <file>");
        Assert.That(File.ReadAllText(Path.Combine(folder, "x.ar.yaml")), Is.EqualTo(arabic));
    }

    [Test]
    public void Script_in_a_translation_is_text_in_the_built_page()
    {
        var run = MergeEdited(x => x.Replace("<target xml:space=\"preserve\">المقدمة والكلمات الافتتاحية</target>",
            "<target xml:space=\"preserve\">&lt;script&gt;alert(1)&lt;/script&gt; المقدمة</target>", StringComparison.Ordinal));
        Assert.That(run.ExitCode, Is.Zero, run.Error);

        var build = CliRun.In(folder, "build", "x.ar.yaml", "--format", "html", "--out", "out");

        Assert.That(build.ExitCode, Is.Zero, build.Error);
        var html = File.ReadAllText(Path.Combine(folder, "out", "x.ar.html"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.That(html, Does.Not.Contain("<script>alert(1)"));
    }

    [Test]
    public void A_merge_that_would_not_pass_check_writes_nothing()
    {
        // A translated session title of only spaces: the XLIFF is fine, the briefing would not be (an empty required string).
        var run = MergeEdited(x => x.Replace("<target xml:space=\"preserve\">اجتماع", "<target xml:space=\"preserve\"> </target><!--", StringComparison.Ordinal)
            .Replace("(ALAC)</target>\n      </segment>\n    </unit>\n    <unit id=\"objective", "(ALAC)-->\n      </segment>\n    </unit>\n    <unit id=\"objective", StringComparison.Ordinal));

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Error);
        Assert.That(run.Error, Does.Contain("BRF6007").And.Contain("nothing was written"));
        Assert.That(File.ReadAllText(Path.Combine(folder, "x.ar.yaml")), Is.EqualTo(arabic));
    }

    [Test]
    public void A_new_translation_is_written_beside_the_source_and_passes_check()
    {
        // Into French, no x.fr.yaml yet: the translator "translates" by copying the English (what a CAT tool's copy-source does).
        var extract = CliRun.In(folder, "xliff", "extract", "x.en.yaml", "--to", "fr", "--version", "1.2");
        Assert.That(extract.ExitCode, Is.Zero, extract.Error);
        var path = Path.Combine(folder, "x.fr.xlf");
        var text = File.ReadAllText(path);
        // A unit of several sentences has them as <mrk mtype="seg"> in a <seg-source>: the target copies those.
        var copied = System.Text.RegularExpressions.Regex.Replace(text, "<source>(.*?)</source>\n(\\s*)(?:<seg-source>(.*?)</seg-source>\n\\s*)?<target state=\"needs-translation\" />",
            m => $"<source>{m.Groups[1].Value}</source>\n{m.Groups[2].Value}{(m.Groups[3].Success ? $"<seg-source>{m.Groups[3].Value}</seg-source>\n{m.Groups[2].Value}" : "")}" +
                 $"<target state=\"translated\">{(m.Groups[3].Success ? m.Groups[3].Value : m.Groups[1].Value)}</target>",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.That(copied, Does.Contain("<mrk mtype=\"seg\" mid=\"2\">"), "the sample's paragraphs of several sentences are segmented");
        File.WriteAllText(path, copied);

        var merge = CliRun.In(folder, "xliff", "merge", "x.fr.xlf");

        Assert.That(merge.ExitCode, Is.Zero, merge.Error);
        var french = Briefing("x.fr.yaml", File.ReadAllBytes(Path.Combine(folder, "x.fr.yaml")));
        Assert.That(french.Language, Is.EqualTo("fr"));
        var check = CliRun.In(folder, "check", ".", "--warnings-as-errors");
        Assert.That(check.ExitCode, Is.Zero, check.Output + check.Error);
        Assert.That(Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(folder, "x.fr.yaml"))), Does.StartWith("# yaml-language-server: $schema="));
    }
}
