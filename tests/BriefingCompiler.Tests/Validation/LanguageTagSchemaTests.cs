using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BriefingCompiler.Validation;

namespace BriefingCompiler.Tests.Validation;

/// <summary>The schema's `language` pattern (what an editor checks as you type) agrees with briefc's own BCP 47 check.</summary>
public class LanguageTagSchemaTests
{
    private static JsonNode LanguageTagDefinition() => JsonNode.Parse(BriefingSchema.Text)!["$defs"]!["languageTag"]!;

    [TestCase("zh", true)]
    [TestCase("en-GB", true)]
    [TestCase("zh-Hans-CN", true)]
    [TestCase("ZH-hant-tw", true)]
    [TestCase("de-CH-1996", true)]
    [TestCase("sr-Latn-RS-x-private", true)]
    [TestCase("x-whatever", true)]
    [TestCase("i-klingon", true)]
    [TestCase("es-419", true)]
    [TestCase("english", true)]
    [TestCase("", false)]
    [TestCase("e", false)]
    [TestCase("en_GB", false)]
    [TestCase("zh-", false)]
    [TestCase("en GB", false)]
    [TestCase("123", false)]
    [TestCase("en-GB-", false)]
    public void The_schema_pattern_and_briefcs_check_agree(string tag, bool wellFormed)
    {
        var pattern = LanguageTagDefinition()["pattern"]!.GetValue<string>();

        Assert.That(pattern, Is.EqualTo(LanguageTag.SchemaPattern));
        Assert.That(Regex.IsMatch(tag, pattern, RegexOptions.ECMAScript), Is.EqualTo(wellFormed), "schema");
        Assert.That(LanguageTag.IsWellFormed(tag), Is.EqualTo(wellFormed), "briefc");
    }

    [Test]
    public void Editors_are_offered_the_languages_with_built_in_labels()
    {
        var examples = LanguageTagDefinition()["examples"]!.AsArray().Select(e => e!.GetValue<string>());

        Assert.That(examples, Is.EqualTo(BriefingCompiler.Localization.LabelKeys.BuiltInLanguages));
    }
}
