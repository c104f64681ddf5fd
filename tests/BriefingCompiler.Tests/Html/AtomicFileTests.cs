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
}
