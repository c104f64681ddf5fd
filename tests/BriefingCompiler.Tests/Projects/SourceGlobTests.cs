using BriefingCompiler.Projects;

namespace BriefingCompiler.Tests.Projects;

public class SourceGlobTests
{
    [TestCase("briefings/**/*.yaml", "briefings/a.en.yaml", true)]
    [TestCase("briefings/**/*.yaml", "briefings/2024/gac/a.en.yaml", true)]
    [TestCase("briefings/**/*.yaml", "briefings/a.en.yml", true)]
    [TestCase("briefings/**/*.yml", "briefings/a.en.yaml", true)]
    [TestCase("briefings/*.zh.yaml", "briefings/a.zh.YML", true)]
    [TestCase("briefings/*.zh.yaml", "briefings/a.zh.yamlx", false)]
    [TestCase("briefings/a.yaml", "briefings/a.yml", false)]
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
    public void Yml_files_and_folders_follow_the_rule_of_the_command_line_and_briefc_yaml_is_never_a_source()
    {
        var root = Directory.CreateTempSubdirectory("briefc-glob-").FullName;
        try
        {
            foreach (var file in new[] { "briefc.yaml", "briefings/a.yaml", "briefings/b.yml", "briefings/x/c.YAML", "briefings/notes.txt" })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file))!);
                File.WriteAllText(Path.Combine(root, file), "");
            }

            string[] Found(params string[] patterns) =>
                [.. SourceGlob.Expand(root, patterns).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))];

            var all = new[] { "briefings/a.yaml", "briefings/b.yml", "briefings/x/c.YAML" };
            Assert.That(Found(ProjectConfiguration.DefaultSources.ToArray()), Is.EqualTo(all));
            Assert.That(Found("briefings"), Is.EqualTo(all), "a folder, as on the command line");
            Assert.That(Found("briefings/"), Is.EqualTo(all));
            Assert.That(Found("**/*.yaml"), Is.EqualTo(all), "briefc.yaml is the project file, not a briefing");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

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
