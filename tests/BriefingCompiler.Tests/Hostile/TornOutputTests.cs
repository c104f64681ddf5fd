using System.Diagnostics;
using Briefc;
using BriefingCompiler.Building;

namespace BriefingCompiler.Tests.Hostile;

/// <summary>
/// Outputs never tear: <c>briefc build</c> processes killed with SIGKILL while writing leave the previous outputs
/// whole, and builds running at once into the same folder leave whole outputs. Each output is compared with
/// the bytes of an undisturbed build (builds are deterministic, so old and new bytes are the same).
/// </summary>
[NonParallelizable]
public class TornOutputTests
{
    private string folder = "";
    private string source = "";
    private string output = "";

    [SetUp]
    public void CreateBriefing()
    {
        folder = Directory.CreateTempSubdirectory("briefc-torn-").FullName;
        output = Path.Combine(folder, "out");
        // Long enough that writing takes a while: a 600-row table gives a PDF of about 17 pages.
        var table = "| n | text |\n|---|---|\n" + string.Concat(Enumerable.Range(1, 600).Select(i => $"| {i} | row {i} of the table |\n"));
        source = SampleBriefings.Write(folder, "big.en.yaml", SampleBriefings.Text("en")
            + "sections:\n  - title: Table\n    body: |\n" + string.Concat(table.Split('\n').Select(l => "      " + l + "\n")));
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    // --force: an unchanged source is otherwise up to date (the build manifest says so) and nothing is written.
    private Process StartBuild() =>
        Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(TestPaths.Output, "briefc.dll"), "build", source, "--format", "html,pdf,png", "--out", output, "--force" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;

    // PNG previews too: dozens of files written one after another make the writing phase long enough to hit.
    private string[] Outputs => [.. Directory.GetFiles(output).Select(p => Path.GetFileName(p)!).Where(n => n.StartsWith("big.en.", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private Dictionary<string, byte[]> Snapshot() => Outputs.ToDictionary(name => name, name => File.ReadAllBytes(Path.Combine(output, name)));

    /// <summary>Every file in the output folder is an output, the build manifest (and its lock), or a leftover temporary file, which cannot pass for an output.</summary>
    private void AssertOnlyOutputsAndHiddenTemporaries()
    {
        foreach (var name in Directory.GetFiles(output).Select(Path.GetFileName))
        {
            Assert.That(name!.StartsWith("big.en.", StringComparison.Ordinal) || name == BuildManifest.FileName || name == ManifestLock.FileName || (name.StartsWith('.') && name.EndsWith(".tmp", StringComparison.Ordinal)), Is.True,
                $"unexpected file {name}");
        }
    }

    [Test]
    public void Killing_builds_while_they_write_leaves_the_previous_outputs_whole()
    {
        using (var first = StartBuild())
        {
            first.WaitForExit();
            Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Success), first.StandardError.ReadToEnd());
        }

        var reference = Snapshot();
        var killedWhileWriting = 0;
        var outputs = Outputs;
        Assert.That(outputs, Has.Length.GreaterThan(10), "HTML, PDF and a preview per page");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var build = StartBuild();
            // Kill as soon as a temporary file shows: the process is writing an output right then.
            while (!build.HasExited && !Directory.EnumerateFiles(output, "*.tmp").Any())
            {
                Thread.Yield();
            }

            if (!build.HasExited)
            {
                build.Kill(entireProcessTree: true);
                killedWhileWriting++;
            }

            build.WaitForExit();
            Assert.That(Snapshot(), Is.EqualTo(reference), $"attempt {attempt + 1}: an output changed");
            AssertOnlyOutputsAndHiddenTemporaries();
            foreach (var temporary in Directory.GetFiles(output, "*.tmp"))
            {
                File.Delete(temporary);
            }
        }

        Assert.That(killedWhileWriting, Is.GreaterThan(0), "no build was caught while writing");
    }

    [Test]
    public void Two_builds_into_the_same_folder_at_once_both_succeed_and_leave_whole_outputs()
    {
        using (var first = StartBuild())
        {
            first.WaitForExit();
        }

        var reference = Snapshot();
        var outputs = Outputs;
        Directory.Delete(output, recursive: true);

        using var a = StartBuild();
        using var b = StartBuild();
        a.WaitForExit();
        b.WaitForExit();

        Assert.That((a.ExitCode, b.ExitCode), Is.EqualTo((ExitCodes.Success, ExitCodes.Success)), a.StandardError.ReadToEnd() + b.StandardError.ReadToEnd());
        Assert.That(Snapshot(), Is.EqualTo(reference));
        Assert.That(Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(outputs.Prepend(ManifestLock.FileName).Prepend(BuildManifest.FileName)),
            "no temporary file is left behind");
    }
}
