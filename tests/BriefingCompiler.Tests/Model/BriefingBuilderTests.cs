using BriefingCompiler.Model;

namespace BriefingCompiler.Tests.Model;

/// <summary>A valid file loads into the model with the values it was written with, each with its place.</summary>
public class BriefingBuilderTests
{
    [Test]
    public void Every_field_of_the_full_fixture_reaches_the_model()
    {
        var result = BriefingLoader.Load(TestPaths.Fixture("full.en.yaml"));
        var briefing = result.Briefing!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
            Assert.That(briefing.SourcePath, Is.EqualTo(TestPaths.Fixture("full.en.yaml")));
            Assert.That(briefing.Language, Is.EqualTo("en-GB"));
            Assert.That(briefing.Symbol, Is.EqualTo("GAC/ICANN81/14"));
            Assert.That(briefing.Meeting with { Span = default },
                Is.EqualTo(new Meeting("ICANN81", "Istanbul", new DateOnly(2024, 11, 9), new DateOnly(2024, 11, 14), default)));
            Assert.That((briefing.Session.Number, briefing.Session.Title), Is.EqualTo((14, "GAC meeting with the ALAC")));
            Assert.That(briefing.Objective.Source, Is.EqualTo("The GAC and the ALAC meet at every ICANN public meeting.\n"));
            Assert.That((briefing.Objective.Span.Line, briefing.Objective.Span.Column), Is.EqualTo((13, 12)));
            Assert.That(briefing.Background!.Source, Is.EqualTo("Background with **bold** text."));
            Assert.That(briefing.AgendaIntro!.Source, Is.EqualTo("The discussion will focus on:"));
            Assert.That(briefing.Agenda.Select(a => (a.Title, a.Status, a.Note)), Is.EqualTo(new[]
            {
                ("Introduction and opening remarks", AgendaStatus.Confirmed, (string?)null),
                ("DNS abuse: meeting the challenge", AgendaStatus.Tentative, "if time allows"),
                ("Closing remarks", AgendaStatus.Confirmed, null),
            }));
            Assert.That(briefing.Agenda[1].IsTentative, Is.True);
            Assert.That((briefing.Agenda[1].Span.Line, briefing.Agenda[1].Span.Column), Is.EqualTo((19, 5)));
            Assert.That(briefing.Positions.Select(p => (p.Topic, p.Agenda, p.Body.Source)), Is.EqualTo(new[]
            {
                ("DNS abuse", (int?)2, "Both committees care about DNS abuse.\n"),
                ("General", null, "No agenda item."),
            }));
            Assert.That(briefing.Closing!.Source, Is.EqualTo("Thank you."));
            Assert.That(briefing.Sections.Select(s => (s.Title, s.Body.Source)), Is.EqualTo(new[] { ("Annex", "Annex text.") }));
            Assert.That(briefing.References.Select(r => (r.Title, r.Url)), Is.EqualTo(new[] { ("ICANN", "https://www.icann.org/") }));
            Assert.That(briefing.Labels, Is.EquivalentTo(new Dictionary<string, string>
            {
                ["positions"] = "Where we stand",
                ["version"] = "Issue {0}",
            }));
            var control = briefing.DocumentControl;
            Assert.That(control.Title, Is.EqualTo("ICANN81 GAC briefing - meeting with the ALAC"));
            Assert.That(control.Audience, Is.EqualTo("GAC members (before), public (after)"));
            Assert.That(control.Versions.Select(v => (v.Version, v.Date, v.Note)), Is.EqualTo(new[]
            {
                ("1.9", new DateOnly(2024, 11, 1), (string?)null),
                ("1.10", new DateOnly(2024, 11, 4), "final text"),
            }));
            Assert.That(briefing.CurrentVersion.Version, Is.EqualTo("1.10"));
            Assert.That(control.Marking, Is.EqualTo("GAC MEMBERS ONLY"));
            Assert.That(control.IsDraft, Is.True);
            Assert.That(control.OriginalLanguage, Is.EqualTo("zh"));
        });
    }

    [Test]
    public void A_minimal_briefing_gets_the_defaults()
    {
        var result = BriefingLoader.Load(TestPaths.Fixture("minimal.zh.yaml"));
        var briefing = result.Briefing!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
            Assert.That(briefing.Meeting with { Span = default }, Is.EqualTo(new Meeting("ICANN81", null, null, null, default)));
            Assert.That(briefing.Session.Number, Is.Null);
            Assert.That(briefing.Session.Title, Is.EqualTo("GAC 与一般会员咨询委员会 (ALAC) 的会议"));
            Assert.That(briefing.Agenda.Single().Title, Is.EqualTo("介绍和开幕致辞"));
            Assert.That(briefing.Positions, Is.Empty);
            Assert.That(briefing.Sections, Is.Empty);
            Assert.That(briefing.References, Is.Empty);
            Assert.That(briefing.Labels, Is.Empty);
            Assert.That(briefing.Background, Is.Null);
            Assert.That(briefing.AgendaIntro, Is.Null);
            Assert.That(briefing.Closing, Is.Null);
            Assert.That(briefing.DocumentControl.Status, Is.EqualTo(DocumentStatus.Final));
            Assert.That(briefing.DocumentControl.Marking, Is.Null);
            Assert.That(briefing.CurrentVersion.Version, Is.EqualTo("1"));
            Assert.That(briefing.CurrentVersion.Date, Is.EqualTo(new DateOnly(2024, 11, 4)));
        });
    }
}
