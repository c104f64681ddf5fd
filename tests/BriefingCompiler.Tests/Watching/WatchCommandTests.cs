using System.Net;
using Briefc;

namespace BriefingCompiler.Tests.Watching;

/// <summary>
/// <c>briefc watch</c> in-process on a real project folder, driven by real file changes. Each step waits, up to a
/// bound, for the line the rebuild prints, then checks the files: the outcome is asserted, never how fast it came.
/// </summary>
public class WatchCommandTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private string _project = null!;
    private LockedWriter _output = null!;
    private LockedWriter _error = null!;
    private CancellationTokenSource _stop = null!;
    private Task<int> _watch = null!;
    private readonly List<string> _opened = [];

    [SetUp]
    public void CreateProject()
    {
        _project = Directory.CreateTempSubdirectory("briefc-watch-").FullName;
        Directory.CreateDirectory(Path.Combine(_project, "briefings"));
        SampleBriefings.CopyTo(Path.Combine(_project, "briefings"), "en", "a.en.yaml");
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\nformats: [html]\n");
        _output = new LockedWriter();
        _error = new LockedWriter();
        _stop = new CancellationTokenSource();
    }

    [TearDown]
    public void StopAndDelete()
    {
        _stop.Cancel();
        _watch?.Wait(Bound);
        _watch?.Dispose();
        _stop.Dispose();
        _output.Dispose();
        _error.Dispose();
        Directory.Delete(_project, recursive: true);
    }

    private string Source(string name) => Path.Combine(_project, "briefings", name);

    private string Output(string name) => Path.Combine(_project, "out", name);

    private void StartWatch(params string[] options) => StartWatch(_output, options);

    /// <param name="people">Where the watch's lines for people ("Watching …") are expected: standard output, or standard error with --json.</param>
    private void StartWatch(LockedWriter people, params string[] options)
    {
        var context = new CliContext(_output, _error, _ => null)
        {
            WorkingDirectory = _project,
            Stop = _stop.Token,
            OpenWithDesktop = _opened.Add,
        };
        _watch = Task.Run(() => BriefcApp.Run(["watch", .. options], context));
        WaitFor("Watching ", where: people);
    }

    /// <summary>Waits until the output (or <paramref name="where"/>) holds <paramref name="text"/> <paramref name="times"/> times; fails after the bound.</summary>
    private void WaitFor(string text, int times = 1, LockedWriter? where = null)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (Occurrences(text, where ?? _output) < times)
        {
            Assert.That(_watch.IsCompleted, Is.False, $"watch ended early: {_output}{_error}");
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"no '{text}' ×{times} in:\n{_output}\n{_error}");
            Thread.Sleep(20);
        }
    }

    private static int Occurrences(string text, LockedWriter writer)
    {
        var all = writer.ToString();
        var count = 0;
        for (var i = all.IndexOf(text, StringComparison.Ordinal); i >= 0; i = all.IndexOf(text, i + text.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    [Test]
    public void Rebuilds_on_each_save_and_survives_invalid_deleted_new_and_renamed_files()
    {
        StartWatch();
        Assert.That(_output.ToString(), Does.StartWith($"Rebuilt briefings{Path.DirectorySeparatorChar}a.en.yaml → out{Path.DirectorySeparatorChar}a.en.html ("));
        Assert.That(_output.ToString(), Does.Not.Contain("Wrote "), "one line per rebuild, not the build's file list");

        // A save through a temporary file renamed over the briefing, as many editors do.
        var text = File.ReadAllText(Source("a.en.yaml"));
        File.WriteAllText(Source(".a.en.yaml.tmp"), text.Replace("Meeting of the GAC with the At-Large Advisory Committee (ALAC)", "GAC meeting, revised"));
        File.Move(Source(".a.en.yaml.tmp"), Source("a.en.yaml"), overwrite: true);
        WaitFor("Rebuilt briefings", 2);
        Assert.That(File.ReadAllText(Output("a.en.html")), Does.Contain("GAC meeting, revised"));

        // Invalid for a while: reported, outputs kept, the watch goes on.
        File.WriteAllText(Source("a.en.yaml"), text.Replace("language: en", "language: en\ntitle: Budget: first reading"));
        WaitFor("Failed briefings" + Path.DirectorySeparatorChar + "a.en.yaml (1 error, above; its outputs are as they were)");
        Assert.That(_error.ToString(), Does.Contain("error BRF1008: `: ` (a colon and a space)"));
        Assert.That(File.ReadAllText(Output("a.en.html")), Does.Contain("GAC meeting, revised"), "previous output kept");
        File.WriteAllText(Source("a.en.yaml"), text);
        WaitFor("Rebuilt briefings", 3);

        // A new file in a new folder, then the folder renamed, then the file deleted.
        Directory.CreateDirectory(Source("sub"));
        SampleBriefings.CopyImagesOf("en", Source("sub"));
        File.WriteAllText(Source(Path.Combine("sub", "b.en.yaml")), text);
        WaitFor($"sub{Path.DirectorySeparatorChar}b.en.yaml → out{Path.DirectorySeparatorChar}b.en.html");
        // Renamed, the same briefing makes the same output: nothing to rebuild, nothing removed.
        Directory.Move(Source("sub"), Source("renamed"));
        WaitFor("Up to date (2 briefings)");
        Assert.That(File.Exists(Output("b.en.html")), Is.True);
        File.Delete(Source(Path.Combine("renamed", "b.en.yaml")));
        WaitFor($"Removed out{Path.DirectorySeparatorChar}b.en.html");
        Assert.That(File.Exists(Output("b.en.html")), Is.False);

        _stop.Cancel();
        Assert.That(_watch.Wait(Bound), Is.True, "Ctrl+C ends the watch");
        Assert.That(_watch.Result, Is.EqualTo(ExitCodes.Success));
    }

    [Test]
    public void With_json_standard_output_is_one_JSON_report_per_build_and_the_lines_for_people_go_to_standard_error()
    {
        StartWatch(_error, "--json");
        File.AppendAllText(Source("a.en.yaml"), "# saved again\n");
        WaitFor("Rebuilt briefings", 2, _error);
        File.AppendAllText(Source("a.en.yaml"), "title: Budget: first reading\n");
        WaitFor("Failed briefings", 1, _error);

        var lines = _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(3), _output.ToString());
        var reports = lines.Select(line => System.Text.Json.JsonDocument.Parse(line)).ToList();
        Assert.That(reports.Select(r => r.RootElement.GetProperty("built").GetInt32()), Is.EqualTo(new[] { 1, 1, 0 }));
        Assert.That(reports[2].RootElement.GetProperty("files")[0].GetProperty("diagnostics")[0].GetProperty("code").GetString(), Is.EqualTo("BRF1008"));
        Assert.That(_error.ToString(), Does.Contain("Watching ").And.Contain("Rebuilt briefings"));
        foreach (var report in reports)
            report.Dispose();
    }

    [Test]
    public void Serve_answers_on_localhost_only_with_the_outputs_and_tells_open_pages_what_was_rebuilt()
    {
        StartWatch("--serve", "--open");
        var address = _output.ToString().Split('\n').Single(l => l.StartsWith("Serving ", StringComparison.Ordinal)).Split(' ')[3];
        Assert.That(address, Does.Match(@"^http://127\.0\.0\.1:\d+/$"));
        Assert.That(_opened, Is.EqualTo(new[] { address + "view/a.en.html" }), "--open opens the served page of the first output");

        using var http = new HttpClient { Timeout = Bound };
        Assert.That(http.GetStringAsync(address).Result, Does.Contain("<a href=\"/view/a.en.html\">a.en.html</a>"));
        Assert.That(http.GetByteArrayAsync(address + "files/a.en.html").Result, Is.EqualTo(File.ReadAllBytes(Output("a.en.html"))), "served as built");
        Assert.That(http.GetStringAsync(address + "view/a.en.html").Result, Does.Contain("<iframe id=\"output\" src=\"/files/a.en.html\">"));
        foreach (var outside in new[] { "files/..%2Fbriefc.yaml", "files/%2Fetc%2Fpasswd", "files/missing.html", "view/..%2F..%2Fetc%2Fpasswd" })
            Assert.That(http.GetAsync(address + outside).Result.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), outside);
        Assert.That(http.PostAsync(address + "files/a.en.html", null).Result.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        // A large emblem is written beside the pages; an <img> of SVG shows only when it is served as SVG.
        File.WriteAllText(Output("briefc-emblem-0123456789abcdef.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Assert.That(http.GetAsync(address + "files/briefc-emblem-0123456789abcdef.svg").Result.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));

        // An open page's event stream names the file a rebuild wrote.
        using var events = new StreamReader(http.GetStreamAsync(address + "events").Result);
        Assert.That(events.ReadLine(), Is.EqualTo(": connected"));
        File.AppendAllText(Source("a.en.yaml"), "# saved again\n");
        WaitFor("Rebuilt briefings", 2);
        Assert.That(events.ReadLine(), Is.EqualTo(""));
        Assert.That(events.ReadLine(), Is.EqualTo("data: a.en.html"));
    }
}
