using Briefc;
using BriefingCompiler.Tests.Cli;
using UglyToad.PdfPig;

namespace BriefingCompiler.Tests.Building;

/// <summary><c>--pdf-standard</c> and briefc.yaml's <c>pdf_standard</c>: what the PDF claims, read back from its XMP.</summary>
public class PdfStandardOptionTests
{
    private string _project = null!;

    [SetUp]
    public void CreateProject()
    {
        _project = Directory.CreateTempSubdirectory("briefc-standard-").FullName;
        Directory.CreateDirectory(Path.Combine(_project, "briefings"));
        SampleBriefings.CopyTo(Path.Combine(_project, "briefings"), "en", "s.en.yaml");
    }

    [TearDown]
    public void DeleteProject() => Directory.Delete(_project, recursive: true);

    private string Xmp()
    {
        using var pdf = PdfDocument.Open(Path.Combine(_project, "out", "s.en.pdf"));
        Assert.That(pdf.TryGetXmpMetadata(out var xmp), Is.True);
        return System.Text.Encoding.UTF8.GetString(xmp!.GetXmlBytes().ToArray());
    }

    [Test]
    public void By_default_a_build_claims_pdf_ua_1_and_no_pdf_a()
    {
        var run = CliRun.In(_project, "build", "--format", "pdf");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output + run.Error);
        Assert.That(Xmp(), Does.Contain("<pdfuaid:part>1</pdfuaid:part>").And.Not.Contain("pdfaid:part"));
    }

    [Test]
    public void The_option_adds_pdf_a_and_a_changed_standard_is_a_new_build()
    {
        Assert.That(CliRun.In(_project, "build", "--format", "pdf").ExitCode, Is.EqualTo(ExitCodes.Success));

        var run = CliRun.In(_project, "build", "--format", "pdf", "--pdf-standard", "ua-1,a-2u");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output + run.Error);
        Assert.That(run.Output, Does.Contain("Built 1"), "the standard is an input of the build");
        Assert.That(Xmp(), Does.Contain("<pdfaid:part>2</pdfaid:part>").And.Contain("<pdfaid:conformance>U</pdfaid:conformance>").And.Contain("<pdfuaid:part>1</pdfuaid:part>"));
    }

    [Test]
    public void Briefc_yaml_sets_the_standard_and_the_command_line_overrides_it()
    {
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\nformats: [pdf]\npdf_standard: a-3b\n");

        Assert.That(CliRun.In(_project, "build").ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Xmp(), Does.Contain("<pdfaid:part>3</pdfaid:part>").And.Contain("<pdfaid:conformance>B</pdfaid:conformance>").And.Not.Contain("pdfuaid"));

        Assert.That(CliRun.In(_project, "build", "--pdf-standard", "none").ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Xmp(), Does.Not.Contain("pdfaid").And.Not.Contain("pdfuaid"));
    }

    [TestCase("a-2b,a-3u", "two PDF/A levels")]
    [TestCase("pdf/a", "unknown PDF standard")]
    public void An_unknown_or_contradictory_standard_is_a_usage_error_that_says_why(string value, string reason)
    {
        var run = CliRun.In(_project, "build", "--pdf-standard", value);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(run.Error, Does.Contain(reason));
    }

    [Test]
    public void A_pdf_standard_briefc_yaml_cannot_read_is_an_error_at_its_line()
    {
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\npdf_standard: a-2b,a-3b\n");

        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(run.Output + run.Error, Does.Contain("briefc.yaml(2,"));
    }
}
