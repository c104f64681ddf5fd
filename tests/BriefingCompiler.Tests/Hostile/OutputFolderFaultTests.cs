using System.Diagnostics;
using Briefc;
using BriefingCompiler.Tests.Cli;

namespace BriefingCompiler.Tests.Hostile;

/// <summary>
/// An output folder that cannot take the outputs — a file in its place, a read-only or a full disk — is the machine's
/// fault, not briefc's: exit 2 with the folder and the cause in one line, before the briefings are compiled when it
/// can be known then, and never a torn output (issue 20, item 9). The disks are small tmpfs mounts, which need root
/// (CI and this project's machines run as root); elsewhere those tests say they cannot run.
/// </summary>
public class OutputFolderFaultTests
{
    private string _project = null!;
    private string? _mount;

    [SetUp]
    public void CreateProject()
    {
        _project = Directory.CreateTempSubdirectory("briefc-out-fault-").FullName;
        Directory.CreateDirectory(Path.Combine(_project, "briefings"));
        foreach (var language in new[] { "en", "zh" })
            SampleBriefings.CopyTo(Path.Combine(_project, "briefings"), language, $"x.{language}.yaml");
    }

    [TearDown]
    public void DeleteProject()
    {
        if (_mount is not null)
            Run("umount", _mount);
        Directory.Delete(_project, recursive: true);
    }

    private static int Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { UseShellExecute = false, RedirectStandardError = true })!;
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>A tmpfs of <paramref name="size"/> at out/, mounted with <paramref name="options"/>.</summary>
    private void MountOutput(string size, string options = "rw")
    {
        var folder = Directory.CreateDirectory(Path.Combine(_project, "out")).FullName;
        if (!OperatingSystem.IsLinux() || Run("mount", "-t", "tmpfs", "-o", $"size={size},{options}", "tmpfs", folder) != 0)
            Assert.Ignore("mounting a tmpfs needs Linux and root");
        _mount = folder;
    }

    [Test]
    public void A_file_where_the_output_folder_should_be_is_exit_2_naming_it_and_nothing_is_compiled()
    {
        File.WriteAllText(Path.Combine(_project, "out"), "a file, not a folder");

        var run = CliRun.In(_project, "build", "briefings", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError), run.Error);
        Assert.That(run.Error, Does.StartWith("briefc: error: cannot write to 'out': "));
        Assert.That(run.Error, Does.Not.Contain("   at ").And.Not.Contain("internal error"));
        Assert.That(run.Output, Is.Empty, "stopped before any briefing was compiled or reported");
        Assert.That(File.ReadAllText(Path.Combine(_project, "out")), Is.EqualTo("a file, not a folder"));
    }

    [Test]
    public void A_read_only_output_folder_is_exit_2_with_the_cause()
    {
        MountOutput("1m", "ro");

        var run = CliRun.In(_project, "build", "briefings");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError), run.Error);
        Assert.That(run.Error, Does.Contain("briefc: error: cannot write to 'out': the file system is read-only"));
        Assert.That(run.Output, Does.Not.Contain("Wrote"));
    }

    [Test]
    public void A_full_disk_is_exit_2_with_the_cause_and_leaves_no_torn_output()
    {
        MountOutput("96k"); // room for the HTML, not for the PDFs

        var run = CliRun.In(_project, "build", "briefings", "--format", "html,pdf");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError), run.Error);
        Assert.That(run.Error, Does.Contain("briefc: error: cannot write to 'out': the disk is full (no space left on device)"));
        Assert.That(run.Error, Does.Not.Contain("   at "));
        foreach (var file in Directory.GetFiles(Path.Combine(_project, "out")))
        {
            var name = Path.GetFileName(file);
            Assert.That(name, Does.Not.EndWith(".tmp"), "temporaries are removed on failure");
            if (name.EndsWith(".pdf", StringComparison.Ordinal))
                Assert.That(File.ReadAllBytes(file)[^6..], Is.EqualTo("%%EOF\n"u8.ToArray()).Or.EqualTo("\n%%EOF"u8.ToArray()), $"{name} is whole");
        }
    }
}
