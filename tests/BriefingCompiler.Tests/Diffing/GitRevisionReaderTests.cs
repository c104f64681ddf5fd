using System.Diagnostics;
using System.Text;
using BriefingCompiler.Diffing;

namespace BriefingCompiler.Tests.Diffing;

/// <summary>Reads files back from a throw-away git repository made for each test.</summary>
public class GitRevisionReaderTests
{
    private string repo = "";

    [SetUp]
    public void CreateRepository()
    {
        repo = Directory.CreateTempSubdirectory("briefc-git-").FullName;
        Git("init", "-q");
        Directory.CreateDirectory(Path.Combine(repo, "briefings"));
        File.WriteAllText(Path.Combine(repo, "briefings", "a.yaml"), "first\n");
        Git("add", ".");
        Git("commit", "-q", "-m", "one");
        File.WriteAllText(Path.Combine(repo, "briefings", "a.yaml"), "second\n");
        File.WriteAllText(Path.Combine(repo, "briefings", "b.yaml"), "new file\n");
        Git("add", ".");
        Git("commit", "-q", "-m", "two");
    }

    [TearDown]
    public void DeleteRepository() => Directory.Delete(repo, recursive: true);

    [Test]
    public void Reads_the_file_at_a_revision_named_from_the_repository_root()
    {
        var file = GitRevisionReader.Read(Path.Combine(repo, "briefings", "a.yaml"), "HEAD~1");
        Assert.That(file.Error, Is.Null);
        Assert.That(file.Name, Is.EqualTo("HEAD~1:briefings/a.yaml"));
        Assert.That(Encoding.UTF8.GetString(file.Content!), Is.EqualTo("first\n"));
    }

    [Test]
    public void A_file_that_did_not_exist_yet_is_missing_not_an_error()
    {
        var file = GitRevisionReader.Read(Path.Combine(repo, "briefings", "b.yaml"), "HEAD~1");
        Assert.That((file.Missing, file.Content, file.Error), Is.EqualTo((true, (byte[]?)null, (string?)null)));
    }

    [Test]
    public void Unknown_revisions_option_like_revisions_and_folders_outside_git_are_errors()
    {
        var path = Path.Combine(repo, "briefings", "a.yaml");
        Assert.That(GitRevisionReader.Read(path, "no-such-branch").Error, Does.Contain("unknown git revision"));
        Assert.That(GitRevisionReader.Read(path, "--output=x").Error, Does.Contain("not a git revision"));
        var outside = Directory.CreateTempSubdirectory("briefc-nogit-").FullName;
        try
        {
            Assert.That(GitRevisionReader.Read(Path.Combine(outside, "a.yaml"), "HEAD").Error, Does.Contain("not in a git repository"));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Test]
    public void A_revision_missing_from_a_shallow_clone_says_to_fetch_the_history()
    {
        var shallow = Path.Combine(repo, "shallow");
        Git("clone", "-q", "--depth", "1", "file://" + repo, shallow);

        var error = GitRevisionReader.Read(Path.Combine(shallow, "briefings", "a.yaml"), "HEAD~1").Error;

        Assert.That(error, Does.StartWith("unknown git revision 'HEAD~1': this is a shallow clone").And.Contain("fetch-depth: 0"));
        Assert.That(GitRevisionReader.Read(Path.Combine(repo, "briefings", "a.yaml"), "HEAD~5").Error, Is.EqualTo("unknown git revision 'HEAD~5'"),
            "a full clone: no word about shallowness");
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repo, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", "user.name=briefc tests", "-c", "user.email=tests@example.org", "-c", "commit.gpgsign=false" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, process.StandardError.ReadToEnd());
    }
}
