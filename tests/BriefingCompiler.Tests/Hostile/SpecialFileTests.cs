using Briefc;
using BriefingCompiler.Tests.Cli;

namespace BriefingCompiler.Tests.Hostile;

/// <summary>
/// Named pipes and other non-regular files where briefc expects a file — a briefing, briefc.yaml, a template, a
/// partial — are named for what they are, never opened (opening a pipe blocks until someone writes to it): issue 20, item 8.
/// </summary>
public class SpecialFileTests
{
    private string _project = null!;

    [SetUp]
    public void CreateProject()
    {
        _project = Directory.CreateTempSubdirectory("briefc-special-").FullName;
        Directory.CreateDirectory(Path.Combine(_project, "briefings"));
        SampleBriefings.CopyTo(Path.Combine(_project, "briefings"), "en", "x.en.yaml");
    }

    [TearDown]
    public void DeleteProject() => Directory.Delete(_project, recursive: true);

    private CliRun Run(params string[] args) => OutputFolderAttackTests.WithinAMinute(() => CliRun.In(_project, args));

    [TestCase("build")]
    [TestCase("check")]
    public void A_named_pipe_among_the_briefings_is_an_error_at_its_name_and_the_others_are_still_done(string command)
    {
        OutputFolderAttackTests.MakeFifo(Path.Combine(_project, "briefings", "pipe.en.yaml"));

        var run = command == "build" ? Run(command, "briefings", "--format", "html") : Run(command, "briefings");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed), run.Error);
        Assert.That(run.Error, Does.Contain("pipe.en.yaml(1,1): error BRF1001: cannot read the file: pipe.en.yaml is a named pipe (FIFO), not a regular file"));
        if (command == "build")
            Assert.That(File.Exists(Path.Combine(_project, "out", "x.en.html")), Is.True);
    }

    [Test]
    public void A_named_pipe_as_the_project_file_is_an_error_naming_it()
    {
        OutputFolderAttackTests.MakeFifo(Path.Combine(_project, "briefc.yaml"));

        var run = Run("build");

        Assert.That(run.ExitCode, Is.Not.EqualTo(ExitCodes.InternalError).And.Not.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Error, Does.Contain("briefc.yaml(1,1): error BRF1001: cannot read the file: briefc.yaml is a named pipe (FIFO)"));
    }

    [Test]
    public void A_named_pipe_as_the_template_or_a_partial_is_an_error_naming_it()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_project, "template")).FullName;
        OutputFolderAttackTests.MakeFifo(Path.Combine(folder, "pipe.sbn"));
        var pipe = Run("build", "briefings", "--format", "html", "--template", "template/pipe.sbn");
        Assert.That(pipe.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed), pipe.Error);
        Assert.That(pipe.Error, Does.Contain("template/pipe.sbn(1,1): error BRF4004: cannot read template: pipe.sbn is a named pipe (FIFO), not a regular file"));

        File.WriteAllText(Path.Combine(folder, "page.sbn"), "<p>{{ include 'pipe.sbn' }}</p>");
        var partial = Run("build", "briefings", "--format", "html", "--template", "template/page.sbn");
        Assert.That(partial.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed), partial.Error);
        Assert.That(partial.Error, Does.Contain("template/page.sbn(1,7): error BRF4003: "));
        Assert.That(partial.Error, Does.Contain("include 'pipe.sbn' is refused: it is a named pipe (FIFO), not a regular file"));
    }
}
