using BriefingCompiler.Diagnostics;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Tests.Templating;

/// <summary>
/// Scriban builtins that read the clock, randomness or the time zone (issue 20, item 11): <c>date.now</c> is the
/// document's date, the others are refused with an error that says why. The same briefing gives the same bytes.
/// </summary>
public class DeterministicBuiltinsTests
{
    private static TemplateRenderResult Render(string text, DateTimeOffset? buildDate = null)
    {
        var loaded = BriefingTemplate.Parse(text, "clock.sbn", () => new NoPartialsTemplateLoader());
        Assert.That(loaded.Template, Is.Not.Null, string.Join("\n", loaded.Diagnostics));
        return loaded.Template!.Render(BriefingFixtures.English(), buildDate);
    }

    [Test]
    public void Date_now_is_the_current_version_date_at_midnight_UTC()
    {
        var result = Render("{{ date.now | date.to_string '%F %T %Z' }}|{{ date.utc_now | date.to_string '%F %T' }}|{{ date.now.year }}|{{ date.now | date.to_string '%s' }}");

        Assert.That(result.Diagnostics, Is.Empty);
        // The fixture's current version is dated 2024-11-04.
        Assert.That(result.Html, Is.EqualTo("2024-11-04 00:00:00 +00:00|2024-11-04 00:00:00|2024|1730678400"));
    }

    [Test]
    public void Date_now_is_the_pinned_build_date_when_SOURCE_DATE_EPOCH_gives_one()
    {
        var result = Render("{{ date.now | date.to_string '%F %T' }}", DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));

        Assert.That(result.Html, Is.EqualTo("2023-11-14 22:13:20"));
    }

    [Test]
    public void Date_arithmetic_and_formatting_still_work()
    {
        var result = Render("{{ date.now | date.add_days 3 | date.to_string '%d %B %Y' }}");

        Assert.That(result.Html, Is.EqualTo("07 November 2024"));
    }

    [TestCase("{{ math.random 1 10 }}", "math.random", "random")]
    [TestCase("{{ math.uuid }}", "math.uuid", "random")]
    [TestCase("{{ date.parse '2016/01/05' }}", "date.parse", "clock")]
    [TestCase("{{ '10:00' | date.parse_to_string '%F' }}", "date.parse_to_string", "clock")]
    [TestCase("{{ date '2016/01/05' }}", "date \"text\"", "clock")]
    public void A_function_that_reads_the_clock_or_randomness_is_an_error_saying_why(string template, string name, string reason)
    {
        var result = Render("<p>\n  " + template + "</p>");

        Assert.That(result.Html, Is.Null);
        var d = result.Diagnostics.Single();
        Assert.That((d.Code, d.Severity, d.Span.File, d.Span.Line), Is.EqualTo((DiagnosticCodes.TemplateRender, Severity.Error, "clock.sbn", 2)));
        Assert.That(d.Span.Column, Is.GreaterThanOrEqualTo(3));
        Assert.That(d.Message, Does.Contain($"{name} is not available in briefc templates")
            .And.Contain(reason)
            .And.Contain("same bytes"));
    }

    [Test]
    public void A_culture_name_is_an_error_on_every_machine_not_the_machine_s_culture_data()
    {
        // briefc runs with invariant globalization: no ICU data whose version would change the output.
        var result = Render("{{ date.now | date.to_string '%A %B' 'fr-FR' }}");

        Assert.That(result.Html, Is.Null);
        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.TemplateRender));
    }

    [Test]
    public void Two_renders_of_a_template_using_every_date_function_give_the_same_text()
    {
        const string template = "{{ date.now }} {{ date.utc_now | date.to_string '%c %Z %s %N' }} {{ date.now | date.add_hours 5 | date.to_string '%r' }}";

        var first = Render(template);
        Thread.Sleep(20);
        var second = Render(template);

        Assert.That(first.Diagnostics, Is.Empty);
        Assert.That(second.Html, Is.EqualTo(first.Html));
    }
}
