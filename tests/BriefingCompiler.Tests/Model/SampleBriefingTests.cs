using BriefingCompiler.Model;

namespace BriefingCompiler.Tests.Model;

/// <summary>The repository's sample briefings (briefings/) are valid and load with the values they are written with.</summary>
public class SampleBriefingTests
{
    private static Briefing LoadSample(string name)
    {
        var result = BriefingLoader.Load(Path.Combine(TestPaths.RepositoryRoot, "briefings", name));
        Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
        return result.Briefing!;
    }

    [Test]
    public void The_chinese_founding_briefing_loads()
    {
        var briefing = LoadSample("icann81-gac-alac.zh.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(briefing.Language, Is.EqualTo("zh"));
            Assert.That(briefing.Symbol, Is.EqualTo("GAC/ICANN81/14"));
            Assert.That(briefing.Meeting.Name, Is.EqualTo("ICANN81"));
            Assert.That((briefing.Session.Number, briefing.Session.Title), Is.EqualTo((14, "GAC 与一般会员咨询委员会 (ALAC) 的会议")));
            Assert.That(briefing.Objective.Source, Does.StartWith("GAC 和一般会员咨询委员会 (At-Large Advisory Committee, ALAC)"));
            Assert.That(briefing.AgendaIntro!.Source, Does.EndWith("讨论的重点如下：\n"));
            Assert.That(briefing.Agenda.Select(a => a.Title), Is.EqualTo(new[]
            {
                "介绍和开幕致辞", "WSIS+20：反思与未来的方向", "DNS 滥用：应对挑战", "公开讨论和问答", "闭幕致辞",
            }));
            Assert.That(briefing.Agenda.Select(a => a.IsTentative), Is.EqualTo(new[] { false, false, true, false, false }));
            Assert.That(briefing.Positions.Select(p => p.Agenda), Is.EqualTo(new int?[] { 2, 3 }));
            Assert.That(briefing.Positions[0].Body.Source, Does.Contain("- **数字包容**："));
            Assert.That(briefing.Closing!.Source, Does.Contain("**协作性解决方案**"));
            Assert.That(briefing.Labels, Is.EquivalentTo(new Dictionary<string, string> { ["positions"] = "现状与展望" }));
            Assert.That(briefing.DocumentControl.Title, Is.EqualTo("ICANN81 GAC 会议简报 - GAC 与 ALAC 的会议"));
            Assert.That(briefing.DocumentControl.Audience, Is.EqualTo("GAC 成员（会前）和公众（会后）"));
            Assert.That((briefing.CurrentVersion.Version, briefing.CurrentVersion.Date), Is.EqualTo(("1", new DateOnly(2024, 11, 4))));
            Assert.That(briefing.DocumentControl.IsDraft, Is.False);
        });
    }

    [Test]
    public void The_english_translation_loads()
    {
        var briefing = LoadSample("icann81-gac-alac.en.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(briefing.Language, Is.EqualTo("en"));
            Assert.That(briefing.DocumentControl.OriginalLanguage, Is.EqualTo("zh"));
            Assert.That(briefing.Session.Title, Is.EqualTo("Meeting of the GAC with the At-Large Advisory Committee (ALAC)"));
            Assert.That(briefing.Agenda.Select(a => a.Title), Is.EqualTo(new[]
            {
                "Introduction and opening remarks", "WSIS+20: reflections and the way forward",
                "DNS abuse: addressing the challenges", "Open discussion and Q&A", "Closing remarks",
            }));
            Assert.That(briefing.Agenda[2].Status, Is.EqualTo(AgendaStatus.Tentative));
            Assert.That(briefing.Positions.Select(p => p.Topic), Is.EqualTo(new[]
            {
                "WSIS+20: reflections and the way forward", "Domain Name System (DNS) abuse — addressing the challenges",
            }));
            Assert.That(briefing.DocumentControl.Title, Is.EqualTo("ICANN81 GAC Briefing – Meeting of the GAC with the ALAC"));
            Assert.That((briefing.CurrentVersion.Version, briefing.CurrentVersion.Date), Is.EqualTo(("1", new DateOnly(2024, 11, 4))));
        });
    }

    [Test]
    public void Briefc_check_on_the_samples_folder_exits_0()
    {
        var run = Cli.CliRun.Of("check", Path.Combine(TestPaths.RepositoryRoot, "briefings"));

        Assert.That(run.ExitCode, Is.EqualTo(Briefc.ExitCodes.Success), run.Error);
        // Not a warning either: the English and Arabic samples translate every change of the Chinese original since
        // their last commits (its figure included), and what they leave out (the members' edition) is not "stale" (BRF6101).
        Assert.That(run.Error, Is.Empty);
        Assert.That(run.Output, Does.Contain("0 errors, 0 warnings"));
    }
}
