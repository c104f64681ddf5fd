using BriefingCompiler.Projects;

namespace BriefingCompiler.Tests.Projects;

public class SourceGlobTests
{
    [TestCase("briefings/**/*.yaml", "briefings/a.en.yaml", true)]
    [TestCase("briefings/**/*.yaml", "briefings/2024/gac/a.en.yaml", true)]
    [TestCase("briefings/**/*.yaml", "briefings/a.en.yml", false)]
    [TestCase("briefings/**/*.yaml", "other/a.en.yaml", false)]
    [TestCase("briefings/*.yaml", "briefings/2024/a.en.yaml", false)]
    [TestCase("briefings/*.zh.yaml", "briefings/a.zh.yaml", true)]
    [TestCase("briefings/?.zh.yaml", "briefings/ab.zh.yaml", false)]
    [TestCase("./briefings/*.yaml", "briefings/a.yaml", true)]
    [TestCase("**/*.yaml", "a.yaml", true)]
    [TestCase("briefings/a+b.yaml", "briefings/a+b.yaml", true)]
    public void Patterns_match_relative_paths(string pattern, string path, bool matches) =>
        Assert.That(SourceGlob.ToRegex(pattern).IsMatch(path), Is.EqualTo(matches));

    [Test]
    public void Expand_finds_matching_files_in_ordinal_order_below_the_literal_prefix()
    {
        var root = Directory.CreateTempSubdirectory("briefc-glob-").FullName;
        try
        {
            foreach (var file in new[] { "briefings/b.yaml", "briefings/A.yaml", "briefings/x/c.yaml", "briefings/notes.txt", "other/d.yaml" })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file))!);
                File.WriteAllText(Path.Combine(root, file), "");
            }

            var found = SourceGlob.Expand(root, ["briefings/**/*.yaml"]).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'));

            Assert.That(found, Is.EqualTo(new[] { "briefings/A.yaml", "briefings/b.yaml", "briefings/x/c.yaml" }));
            Assert.That(SourceGlob.LiteralPrefix("briefings/2024/*.yaml"), Is.EqualTo("briefings/2024"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
