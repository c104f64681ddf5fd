using System.Text;
using BriefingCompiler.Html;

namespace BriefingCompiler.Tests.Html;

public class AtomicFileTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("briefc-atomic-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Creates_the_folder_and_writes_UTF8_without_BOM()
    {
        var path = Path.Combine(_folder, "out", "x.zh.html");
        AtomicFile.WriteAllText(path, "<p>会议目标</p>");
        var bytes = File.ReadAllBytes(path);
        Assert.That(bytes, Is.EqualTo(Encoding.UTF8.GetBytes("<p>会议目标</p>")));
    }

    [Test]
    public void Replaces_an_existing_file_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder, "x.html");
        File.WriteAllText(path, "old, longer content than the new one");
        AtomicFile.WriteAllText(path, "new");
        Assert.That(File.ReadAllText(path), Is.EqualTo("new"));
        Assert.That(Directory.GetFiles(_folder).Select(Path.GetFileName), Is.EqualTo(new[] { "x.html" }));
    }

    [Test]
    public void Failure_leaves_the_old_file_untouched()
    {
        var path = Path.Combine(_folder, "x.html");
        File.WriteAllText(path, "old");
        // A folder where the target should go makes the final move fail.
        var blocked = Path.Combine(_folder, "blocked.html");
        Directory.CreateDirectory(blocked);
        Assert.That(() => AtomicFile.WriteAllText(blocked, "new"), Throws.InstanceOf<IOException>().Or.InstanceOf<UnauthorizedAccessException>());
        Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
        Assert.That(Directory.GetFiles(_folder).Select(Path.GetFileName), Is.EqualTo(new[] { "x.html" }), "no temporary file left behind");
    }

    [Test]
    public void A_symbolic_link_planted_under_every_temporary_name_this_process_could_use_is_never_written_through()
    {
        // Issue 20 #2: `out/.NAME.PID.tmp` -> victim made the write overwrite the victim and `NAME` a link to it.
        var victim = Path.Combine(_folder, "victim.txt");
        File.WriteAllText(victim, "precious");
        var output = Path.Combine(_folder, "out");
        Directory.CreateDirectory(output);
        File.CreateSymbolicLink(Path.Combine(output, $".x.html.{Environment.ProcessId}.tmp"), victim);

        AtomicFile.WriteAllText(Path.Combine(output, "x.html"), "<p>new</p>");

        Assert.That(File.ReadAllText(victim), Is.EqualTo("precious"));
        var written = new FileInfo(Path.Combine(output, "x.html"));
        Assert.That((written.LinkTarget, File.ReadAllText(written.FullName)), Is.EqualTo(((string?)null, "<p>new</p>")));
    }

    [Test]
    public void Temporary_names_are_unpredictable_and_created_exclusively()
    {
        // Two writes of one target in one process use two names: a name cannot be planted in advance.
        var path = Path.Combine(_folder, "x.html");
        var names = new HashSet<string>();
        using var watcher = new FileSystemWatcher(_folder) { EnableRaisingEvents = true };
        watcher.Created += (_, e) => { lock (names) names.Add(e.Name!); };
        AtomicFile.WriteAllText(path, "one");
        AtomicFile.WriteAllText(path, "two");
        Thread.Sleep(200);
        lock (names)
        {
            var temporaries = names.Where(n => n.EndsWith(".tmp", StringComparison.Ordinal)).ToList();
            Assert.That(temporaries, Has.Count.EqualTo(2));
            Assert.That(temporaries, Has.All.Match($@"^\.x\.html\.{Environment.ProcessId}-[0-9a-f]{{12}}\.tmp$"));
        }
    }
}
