using Briefc;
using YamlDotNet.RepresentationModel;

namespace BriefingCompiler.Tests.Docs;

/// <summary>
/// docs/github-actions-build.yml, the workflow users copy, checked without any tool (actionlint checks it too:
/// tools/workflow-lint/check.sh): least permissions, the history <c>check --against</c> needs, briefc from the pinned
/// tool manifest rather than a clone of its default branch, and every briefc command in it one that briefc accepts.
/// </summary>
public class CiWorkflowTests
{
    private static YamlMappingNode Workflow()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "github-actions-build.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IReadOnlyList<YamlMappingNode> Steps() =>
        [.. ((YamlSequenceNode)Workflow()["jobs"]["build"]["steps"]).Children.Cast<YamlMappingNode>()];

    private static string? Value(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    [Test]
    public void The_workflow_may_only_read_the_repository()
    {
        var permissions = (YamlMappingNode)Workflow()["permissions"];

        Assert.That(permissions.Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString()),
            Is.EqualTo(new Dictionary<string, string> { ["contents"] = "read" }));
    }

    [Test]
    public void Checkout_fetches_the_history_that_check_against_reads()
    {
        var checkout = Steps().Single(s => Value(s, "uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true);

        Assert.That(Value((YamlMappingNode)checkout["with"], "fetch-depth"), Is.EqualTo("0"));
        var check = Steps().Single(s => Value(s, "run")?.Contains("check --against", StringComparison.Ordinal) == true);
        Assert.That(Value(check, "if"), Is.EqualTo("github.event_name == 'pull_request'"));
        Assert.That(Value(check, "run"), Does.Not.Contain("${{"), "the branch name comes through the environment, not into the script");
    }

    [Test]
    public void Briefc_comes_from_the_pinned_tool_manifest_not_a_clone_of_its_source()
    {
        var scripts = Steps().Select(s => Value(s, "run")).OfType<string>().ToList();

        Assert.That(scripts, Does.Contain("dotnet tool restore"));
        Assert.That(scripts, Has.None.Contain("git clone").And.None.Contain("dotnet pack"));
        var cache = Steps().Single(s => Value(s, "uses")?.StartsWith("actions/cache@", StringComparison.Ordinal) == true);
        Assert.That(Value((YamlMappingNode)cache["with"], "key"), Does.Contain("hashFiles('.config/dotnet-tools.json')"));
    }

    [Test]
    public void Every_briefc_command_in_the_workflow_is_one_briefc_accepts()
    {
        var commands = Steps().Select(s => Value(s, "run")).OfType<string>()
            .SelectMany(script => script.Split('\n'))
            .Where(line => line.TrimStart().StartsWith("dotnet briefc ", StringComparison.Ordinal))
            .Select(line => line.Trim()["dotnet briefc ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => word.Trim('"')).ToArray())
            .ToList();

        Assert.That(commands, Has.Count.EqualTo(2));
        var root = BriefcApp.CreateRoot(new CliContext(TextWriter.Null, TextWriter.Null, _ => null));
        foreach (var command in commands)
            Assert.That(root.Parse(command).Errors.Select(e => e.Message), Is.Empty, string.Join(' ', command));
    }
}
