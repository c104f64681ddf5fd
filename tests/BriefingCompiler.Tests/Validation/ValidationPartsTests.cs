using System.Text.Json.Nodes;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Loading;
using BriefingCompiler.Localization;
using BriefingCompiler.Validation;

namespace BriefingCompiler.Tests.Validation;

public class ValidationPartsTests
{
    private static readonly SourceSpan Here = new("f", 1, 1);

    [TestCase("1", true, ScalarKind.Integer)]
    [TestCase("-12", true, ScalarKind.Integer)]
    [TestCase("0x1F", true, ScalarKind.Integer)]
    [TestCase("0o17", true, ScalarKind.Integer)]
    [TestCase("1.10", true, ScalarKind.Float)]
    [TestCase("1e3", true, ScalarKind.Float)]
    [TestCase(".inf", true, ScalarKind.Float)]
    [TestCase("true", true, ScalarKind.Boolean)]
    [TestCase("FALSE", true, ScalarKind.Boolean)]
    [TestCase("yes", true, ScalarKind.String)]
    [TestCase("~", true, ScalarKind.Null)]
    [TestCase("", true, ScalarKind.Null)]
    [TestCase("2024-11-04", true, ScalarKind.String)]
    [TestCase("1", false, ScalarKind.String)]
    [TestCase("null", false, ScalarKind.String)]
    public void Plain_scalars_resolve_per_the_yaml_core_schema(string text, bool plain, ScalarKind kind) =>
        Assert.That(YamlCoreSchema.KindOf(new ScalarNode(text, plain, Here)), Is.EqualTo(kind));

    [Test]
    public void The_json_instance_resolves_plain_scalars_and_keeps_quoted_ones_as_text()
    {
        var root = YamlSourceLoader.Load("f", "a: 1\nb: '1'\nc: 1.5\nd: true\ne:\nf: [x]\ng: 0x10\n"u8).Root!;

        var json = JsonInstanceBuilder.Build(root)!.ToJsonString();

        Assert.That(json, Is.EqualTo("""{"a":1,"b":"1","c":1.5,"d":true,"e":null,"f":["x"],"g":16}"""));
    }

    [TestCase("1", "2", -1)]
    [TestCase("1.9", "1.10", -1)]
    [TestCase("1.10", "1.9", 1)]
    [TestCase("1", "1.0", 0)]
    [TestCase("2", "1.99", 1)]
    [TestCase("10.0.1", "10.0.0.5", 1)]
    public void Versions_compare_as_dotted_numbers(string a, string b, int sign) =>
        Assert.That(Math.Sign(DottedVersion.Parse(a)!.CompareTo(DottedVersion.Parse(b))), Is.EqualTo(sign));

    [TestCase("v1")]
    [TestCase("1.")]
    [TestCase(".1")]
    [TestCase("1..2")]
    [TestCase("1e3")]
    public void Text_that_is_not_dotted_numbers_is_no_version(string text) =>
        Assert.That(DottedVersion.Parse(text), Is.Null);

    [TestCase("zh", true)]
    [TestCase("zh-Hans-CN", true)]
    [TestCase("en-GB", true)]
    [TestCase("es-419", true)]
    [TestCase("sl-rozaj-biske", true)]
    [TestCase("de-CH-1996", true)]
    [TestCase("en-a-bbb-x-ccc", true)]
    [TestCase("x-private", true)]
    [TestCase("i-klingon", true)]
    [TestCase("zh-min-nan", true)]
    [TestCase("en_US", false)]
    [TestCase("en-", false)]
    [TestCase("e", false)]
    [TestCase("chinese-simplified", false)]
    [TestCase("toolongtag", false)]
    [TestCase("de-1996-1996", false)]
    [TestCase("en-a-bbb-a-ccc", false)]
    [TestCase("zh-Hans-Hant-CN", false)]
    public void Bcp47_tags_are_checked_for_well_formedness(string tag, bool wellFormed) =>
        Assert.That(LanguageTag.IsWellFormed(tag), Is.EqualTo(wellFormed));

    [TestCase("objectve", "objective")]
    [TestCase("backgound", "background")]
    [TestCase("Language", "language")]
    [TestCase("documentcontrol", "document_control")]
    [TestCase("agneda", "agenda")]
    public void A_close_name_is_suggested(string typo, string known) =>
        Assert.That(NameSuggestion.Closest(typo, ["language", "objective", "background", "agenda", "document_control"]), Is.EqualTo(known));

    [TestCase("foo")]
    [TestCase("x")]
    [TestCase("summary")]
    public void A_name_far_from_every_known_one_gets_no_suggestion(string name) =>
        Assert.That(NameSuggestion.Closest(name, ["language", "objective", "background", "agenda", "document_control"]), Is.Null);

    [Test]
    public void The_schema_file_in_the_repository_is_the_one_embedded_in_the_tool()
    {
        var file = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "schema", "briefing.schema.json"));

        Assert.That(BriefingSchema.Text, Is.EqualTo(file));
    }

    [Test]
    public void The_schema_allows_exactly_the_label_keys_templating_knows()
    {
        var labels = JsonNode.Parse(BriefingSchema.Text)!["properties"]!["labels"]!["properties"]!.AsObject();

        Assert.That(labels.Select(p => p.Key), Is.EquivalentTo(LabelKeys.All));
    }

    [Test]
    public void The_schema_is_draft_2020_12()
    {
        var schema = JsonNode.Parse(BriefingSchema.Text)!;

        Assert.That(schema["$schema"]!.GetValue<string>(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
    }
}
