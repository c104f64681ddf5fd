using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Briefc;
using BriefingCompiler.Building;
using BriefingCompiler.Tests.Cli;

namespace BriefingCompiler.Tests.Hostile;

/// <summary>
/// A project whose output folder was planted (a poisoned CI cache of <c>out/</c>, a file committed by someone else):
/// briefc must never delete, overwrite or read a file outside the output folder because of what it finds there,
/// and a damaged manifest costs a rebuild with a warning, never a crash or a hang (issue 20, items 1, 2, 4, 6, 8).
/// </summary>
public class OutputFolderAttackTests
{
    private string _root = null!;
    private string _project = null!;
    private string _decoy = null!;

    [SetUp]
    public void CreateProject()
    {
        _root = Directory.CreateTempSubdirectory("briefc-planted-").FullName;
        _project = Path.Combine(_root, "project");
        _decoy = Path.Combine(_root, "decoy");
        Directory.CreateDirectory(Path.Combine(_project, "briefings"));
        Directory.CreateDirectory(Path.Combine(_project, "out"));
        Directory.CreateDirectory(_decoy);
        SampleBriefings.CopyTo(Path.Combine(_project, "briefings"), "en", "x.en.yaml");
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\nformats: [html]\n");
    }

    [TearDown]
    public void DeleteProject() => Directory.Delete(_root, recursive: true);

    private string Output(string name) => Path.Combine(_project, "out", name);

    private string ManifestPath => Output(BuildManifest.FileName);

    private string Precious(string name)
    {
        var path = Path.Combine(_decoy, name);
        File.WriteAllText(path, "precious " + name);
        return path;
    }

    private static string Sha(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static string PlantedManifest(params (string Key, string Source, (string Name, string Hash)[] Outputs)[] entries) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["manifest"] = 2,
            ["briefings"] = entries.ToDictionary(e => e.Key, e => (object)new Dictionary<string, object>
            {
                ["source"] = e.Source,
                ["inputs"] = new string('0', 64),
                ["outputs"] = e.Outputs.ToDictionary(o => o.Name, o => o.Hash),
            }),
        });

    private static string[] Codes(CliRun run) =>
        [.. JsonDocument.Parse(run.Output).RootElement.GetProperty("outputFolder").GetProperty("diagnostics").EnumerateArray()
            .Select(d => d.GetProperty("code").GetString()!)];

    [Test]
    public void A_planted_manifest_cannot_delete_files_outside_the_output_folder()
    {
        var relative = Precious("relative.txt");
        var absolute = Precious("absolute.txt");
        var sibling = Precious("sibling.txt");
        File.WriteAllText(ManifestPath, PlantedManifest(
            ("gone.en", "../briefings/gone.en.yaml", [("../../decoy/relative.txt", Sha(relative)), (absolute, Sha(absolute))]),
            ("../../decoy/sibling", "../briefings/none.en.yaml", [("../../decoy/sibling.txt", Sha(sibling))])));

        var run = CliRun.In(_project, "build", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(new[] { relative, absolute, sibling }.Select(File.Exists), Is.All.True, "nothing outside out/ is deleted");
        Assert.That(JsonDocument.Parse(run.Output).RootElement.GetProperty("removed").GetArrayLength(), Is.Zero);
        Assert.That(Codes(run), Is.EqualTo(new[] { "BRF5002", "BRF5002" }));
        var text = CliRun.In(_project, "build", "--force");
        Assert.That(text.Error, Does.Not.Contain("BRF5002"), "the next manifest is briefc's own, without the planted entries");
    }

    [Test]
    public void A_planted_manifest_naming_another_file_in_the_output_folder_deletes_nothing()
    {
        // The name is plain but is not an output of that briefing: briefc.yaml-like files a user keeps in out/.
        var kept = Output("notes.txt");
        File.WriteAllText(kept, "mine");
        File.WriteAllText(ManifestPath, PlantedManifest(("gone.en", "../briefings/gone.en.yaml", [("notes.txt", Sha(kept))])));

        var run = CliRun.In(_project, "build", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(File.Exists(kept), Is.True);
        Assert.That(Codes(run), Is.EqualTo(new[] { "BRF5002" }));
        Assert.That(run.Output, Does.Contain("is not an output briefc writes for it"));
    }

    [Test]
    public void A_recorded_output_replaced_by_a_symbolic_link_is_neither_followed_nor_removed()
    {
        var victim = Precious("victim.html");
        File.CreateSymbolicLink(Output("gone.en.html"), victim);
        File.WriteAllText(ManifestPath, PlantedManifest(("gone.en", "../briefings/gone.en.yaml", [("gone.en.html", Sha(victim))])));

        var run = CliRun.In(_project, "build", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(File.ReadAllText(victim), Is.EqualTo("precious victim.html"));
        Assert.That(new FileInfo(Output("gone.en.html")).LinkTarget, Is.EqualTo(victim), "the link is not ours to remove either");
        Assert.That(Codes(run), Is.EqualTo(new[] { "BRF5003" }));
    }

    [Test]
    public void A_planted_emblem_file_link_is_neither_followed_nor_removed()
    {
        // A shared name briefc would write (briefc-emblem-HASH.png), recorded for a briefing that is gone, is a link out.
        var victim = Precious("victim.png");
        const string name = "briefc-emblem-0123456789abcdef.png";
        File.CreateSymbolicLink(Output(name), victim);
        File.WriteAllText(ManifestPath, PlantedManifest(("gone.en", "../briefings/gone.en.yaml", [(name, Sha(victim))])));

        var run = CliRun.In(_project, "build", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(File.ReadAllText(victim), Is.EqualTo("precious victim.png"));
        Assert.That(new FileInfo(Output(name)).LinkTarget, Is.EqualTo(victim));
        Assert.That(Codes(run), Is.EqualTo(new[] { "BRF5003" }));
    }

    [TestCase("briefc-emblem-0123456789ABCDEF.png")]
    [TestCase("briefc-emblem-0123456789abcdef.txt")]
    [TestCase("briefc-emblem-0123456789abcde.png")]
    [TestCase("briefc-emblem-../../decoy/x.png")]
    public void A_planted_manifest_naming_a_file_that_is_not_an_emblem_name_deletes_nothing(string name)
    {
        var kept = Precious("x.png");
        if (!name.Contains('/'))
            File.WriteAllText(Output(name), "precious");
        File.WriteAllText(ManifestPath, PlantedManifest(("gone.en", "../briefings/gone.en.yaml", [(name, name.Contains('/') ? Sha(kept) : Sha(Output(name)))])));

        var run = CliRun.In(_project, "build", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(File.Exists(kept) && (name.Contains('/') || File.Exists(Output(name))), Is.True);
        Assert.That(Codes(run), Is.EqualTo(new[] { "BRF5002" }));
    }

    [Test]
    public void A_symbolic_link_planted_as_the_temporary_file_does_not_redirect_the_write()
    {
        // In-process, the build's PID is the test's: the planted name is exactly what briefc used to write to.
        var victim = Precious("victim.txt");
        File.CreateSymbolicLink(Output($".x.en.html.{Environment.ProcessId}.tmp"), victim);

        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(File.ReadAllText(victim), Is.EqualTo("precious victim.txt"));
        Assert.That(new FileInfo(Output("x.en.html")).LinkTarget, Is.Null);
        Assert.That(File.ReadAllText(Output("x.en.html")), Does.StartWith("<!DOCTYPE html>"));
    }

    [Test]
    public void Glob_characters_in_a_briefing_name_do_not_remove_another_briefings_previews()
    {
        File.Move(Path.Combine(_project, "briefings", "x.en.yaml"), Path.Combine(_project, "briefings", "xy.en.yaml"));
        Assert.That(CliRun.In(_project, "build", "--format", "png").ExitCode, Is.EqualTo(ExitCodes.Success));
        var previews = Directory.GetFiles(Path.Combine(_project, "out"), "xy.en.page-*.png");
        Assert.That(previews, Is.Not.Empty);

        File.Copy(Path.Combine(_project, "briefings", "xy.en.yaml"), Path.Combine(_project, "briefings", "x?.en.yaml"));
        var run = CliRun.In(_project, "build", "--format", "png");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(previews.Select(File.Exists), Is.All.True, "x?.en's build must not remove xy.en's previews");
        Assert.That(File.Exists(Output("x?.en.page-1.png")), Is.True);
    }

    [TestCase("""{"manifest": 2, "briefings": {"x.en": {"source": null, "inputs": null, "outputs": null}}}""", "BRF5002")]
    [TestCase("""{"manifest": 2, "briefings": {"x.en": {"source": "../briefings/x.en.yaml", "inputs": "a", "outputs": {"x.en.html": 7}}}}""", "BRF5002")]
    [TestCase("""{"manifest": 2, "briefings": {"x.en": {"source": "s", "inputs": "i", "outputs": {}, "translation": {"symbol": null}}}}""", "BRF5002")]
    [TestCase("""{"manifest": 2, "briefings": {"x.en": {"source": "s", "inputs": "i", "outputs": {}, "figures": {"a.png": 1}}}}""", "BRF5002")]
    [TestCase("""{"manifest": 2, "briefings": {"x.en": {"source": "s", "inputs": "i", "outputs": {}, "fonts": [{"family": "F", "weight": "bold", "italic": false, "origin": "bundled"}]}}}""", "BRF5002")]
    [TestCase("""{"manifest": 2, "briefings": {"x.en": {"source": "s", "inputs": "i", "outputs": {}, "fonts": [{"family": "F", "weight": 400, "italic": false, "origin": "network"}]}}}""", "BRF5002")]
    [TestCase("""{"manifest": 2, "briefings": {"x.en": {"source": "s", "inputs": "i", "outputs": {}, "fonts": {"F": "bundled"}}}}""", "BRF5002")]
    [TestCase("""{"manifest": 2, "briefings": []}""", "BRF5001")]
    [TestCase("""[1, 2, 3]""", "BRF5001")]
    [TestCase("""{"manifest": 2, "briefings": {""", "BRF5001")]
    [TestCase("\0\0\0\0", "BRF5001")]
    public void A_damaged_manifest_costs_a_full_rebuild_with_a_warning(string content, string code)
    {
        File.WriteAllText(ManifestPath, content);

        var run = CliRun.In(_project, "build", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(Codes(run), Is.EqualTo(new[] { code }));
        Assert.That(JsonDocument.Parse(run.Output).RootElement.GetProperty("built").GetInt32(), Is.EqualTo(1));
        var again = CliRun.In(_project, "build", "--json");
        Assert.That((Codes(again).Length, JsonDocument.Parse(again.Output).RootElement.GetProperty("upToDate").GetInt32()), Is.EqualTo((0, 1)),
            "the rewritten manifest is whole again");
    }

    [Test]
    public void A_manifest_over_the_size_limit_is_not_read()
    {
        using (var stream = File.Create(ManifestPath))
            stream.SetLength(BuildManifest.MaxBytes + 1); // sparse: no disk used, but 64 MiB to anyone who reads it

        var run = CliRun.In(_project, "build", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(Codes(run), Is.EqualTo(new[] { "BRF5001" }));
        Assert.That(run.Output, Does.Contain("more than the"));
    }

    [Test]
    public void A_manifest_that_is_a_link_to_a_device_is_not_read()
    {
        File.CreateSymbolicLink(ManifestPath, "/dev/zero");

        var run = CliRun.In(_project, "build", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(Codes(run), Is.EqualTo(new[] { "BRF5001" }));
        Assert.That(File.Exists(Output("x.en.html")), Is.True);
    }

    [Test]
    public void A_manifest_that_is_a_folder_warns_and_the_outputs_are_still_written()
    {
        Directory.CreateDirectory(ManifestPath);

        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Error, Does.Contain("out/.briefc-manifest.json(1,1): warning BRF5001: the build manifest is ignored (.briefc-manifest.json is a folder, not a regular file)"));
        Assert.That(run.Error, Does.Contain("warning BRF5001: the build manifest cannot be written"));
        Assert.That(File.Exists(Output("x.en.html")), Is.True);
    }

    [Test]
    public void A_named_pipe_as_the_manifest_does_not_block_the_build()
    {
        MakeFifo(ManifestPath);

        var run = WithinAMinute(() => CliRun.In(_project, "build"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Error, Does.Contain("is a named pipe (FIFO), not a regular file"));
    }

    /// <summary>The result of <paramref name="action"/>, failing the test (instead of hanging the run) when it blocks.</summary>
    internal static T WithinAMinute<T>(Func<T> action)
    {
        var task = Task.Factory.StartNew(action, TaskCreationOptions.LongRunning);
        Assert.That(task.Wait(TimeSpan.FromMinutes(1)), Is.True, "blocked for a minute");
        return task.Result;
    }

    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero);
    }
}
