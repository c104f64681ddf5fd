using System.Text;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Model;
using BriefingCompiler.Validation;

namespace BriefingCompiler.Tests.Building;

/// <summary>Language versions sharing a symbol are compared: a translation that fell behind is a warning at its own file.</summary>
public class TranslationConsistencyTests
{
    private static string SampleText(string language) =>
        File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "briefings", $"icann81-gac-alac.{language}.yaml"));

    private static Briefing Load(string path, string text) =>
        BriefingLoader.Load(path, Encoding.UTF8.GetBytes(text)).Briefing ?? throw new AssertionException($"{path} does not load");

    [Test]
    public void The_samples_agree()
    {
        var briefings = new[] { "zh", "en", "ar" }.Select(l => Load($"{l}.yaml", SampleText(l)));

        Assert.That(TranslationConsistency.Check(briefings), Is.Empty);
    }

    [Test]
    public void Each_difference_from_the_original_language_version_is_a_warning_at_the_translation()
    {
        var zh = Load("zh.yaml", SampleText("zh"));
        var en = Load("en.yaml", SampleText("en")
            .Replace("  - Open discussion and Q&A\n", "")
            .Replace("      date: 2024-11-04", "      date: 2024-11-05"));
        var ar = Load("ar.yaml", SampleText("ar"));

        var diagnostics = TranslationConsistency.Check([ar, en, zh]);

        Assert.That(diagnostics.Select(d => (d.Code, d.Span.File, d.Severity)), Is.EqualTo(new[]
        {
            (DiagnosticCodes.TranslationAgendaDiffers, "en.yaml", Severity.Warning),
            (DiagnosticCodes.TranslationVersionsDiffer, "en.yaml", Severity.Warning),
        }));
        Assert.That(diagnostics[1].Message, Is.EqualTo(
            "the version history (1 of 2024-11-05) differs from the zh version (zh.yaml) (1 of 2024-11-04); is this translation behind?"));
    }

    [Test]
    public void Without_an_original_language_the_latest_version_is_the_reference_and_other_symbols_are_not_compared()
    {
        var newer = SampleText("en").Replace("  original_language: zh\n", "")
            .Replace("    - version: 1\n      date: 2024-11-04", "    - version: 1\n      date: 2024-11-04\n    - version: 2\n      date: 2024-11-08");
        var en = Load("en.yaml", newer);
        var zh = Load("zh.yaml", SampleText("zh"));
        var unrelated = Load("other.yaml", SampleText("en").Replace("symbol: GAC/ICANN81/14", "symbol: GAC/ICANN81/15")
            .Replace("  - Closing remarks\n", ""));

        var diagnostics = TranslationConsistency.Check([zh, en, unrelated]);

        Assert.That(diagnostics.Select(d => (d.Code, d.Span.File)), Is.EqualTo(new[] { (DiagnosticCodes.TranslationVersionsDiffer, "zh.yaml") }));
    }
}
