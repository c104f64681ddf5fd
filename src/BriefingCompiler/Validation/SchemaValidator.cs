using System.Text.Json.Nodes;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Loading;
using Json.Schema;

namespace BriefingCompiler.Validation;

/// <summary>
/// Validates the source tree against the embedded JSON Schema and turns each error into a diagnostic at the
/// YAML node it is about, in words an author can act on rather than schema jargon. The wording comes from the
/// failing keyword and the subschema it sits in, so the schema file stays the one statement of the rules.
/// </summary>
public static class SchemaValidator
{
    private const string VersionPattern = "^[0-9]+(\\.[0-9]+)*$";

    /// <summary>The schema's way to say "not empty and not only spaces" for text.</summary>
    private const string NotBlankPattern = "\\S";

    /// <param name="Diagnostics">The schema errors, one per problem.</param>
    /// <param name="FlaggedNodes">Nodes with a schema error, which semantic rules leave alone (no double reports).</param>
    public sealed record Result(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlySet<SourceNode> FlaggedNodes);

    public static Result Validate(MappingNode root, IReadOnlySet<SourceNode> alreadyReported) =>
        Validate(root, alreadyReported, BriefingSchema.Instance);

    /// <summary>Validates against any embedded schema (briefings, the project file) with the same wording and places.</summary>
    public static Result Validate(MappingNode root, IReadOnlySet<SourceNode> alreadyReported, ValidationSchema schema)
    {
        var instance = ValidationSchema.ToElement(JsonInstanceBuilder.Build(root));
        var results = schema.Schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var findings = new List<Finding>();
        var flagged = new HashSet<SourceNode>(ReferenceEqualityComparer.Instance);
        var seen = new HashSet<(string, int, int, string)>();
        var index = new MappingIndex();
        foreach (var detail in results.Details ?? [results])
        {
            if (detail.IsValid || detail.Errors is null)
            {
                continue;
            }

            var instancePath = JsonPointerText.Split(detail.InstanceLocation.ToString());
            var evaluationPath = JsonPointerText.Split(detail.EvaluationPath.ToString());
            var location = SourceLocation.Find(root, instancePath, index.Find);
            flagged.Add(location.Node);
            if (alreadyReported.Contains(location.Node))
            {
                continue;
            }

            foreach (var (keyword, libraryMessage) in detail.Errors)
            {
                foreach (var finding in Translate(schema, root, index, keyword, libraryMessage, instancePath, evaluationPath))
                {
                    // One problem, one line: the same finding can come from more than one path through the schema.
                    var diagnostic = finding.Diagnostic;
                    if (seen.Add((diagnostic.Code, diagnostic.Span.Line, diagnostic.Span.Column, diagnostic.Message)))
                    {
                        findings.Add(finding);
                    }
                }
            }
        }

        return new Result(WithoutMisspeltRequiredFields(findings), flagged);
    }

    /// <summary>
    /// A misspelt required field (`objectives:` for `objective:`) is one mistake: the unknown-field diagnostic
    /// already says "did you mean `objective`?", so the missing-field one at the same mapping is dropped.
    /// </summary>
    private static List<Diagnostic> WithoutMisspeltRequiredFields(List<Finding> findings)
    {
        var suggested = findings
            .Where(f => f.Diagnostic.Code == DiagnosticCodes.UnknownField && f.Field is not null)
            .Select(f => (f.Mapping, f.Field))
            .ToHashSet();
        return [.. findings
            .Where(f => f.Diagnostic.Code != DiagnosticCodes.MissingField || !suggested.Contains((f.Mapping, f.Field)))
            .Select(f => f.Diagnostic)];
    }

    private static IEnumerable<Finding> Translate(
        ValidationSchema schema, MappingNode root, MappingIndex index, string keyword, string libraryMessage, IReadOnlyList<string> instancePath,
        IReadOnlyList<string> evaluationPath)
    {
        var location = SourceLocation.Find(root, instancePath, index.Find);
        var subschema = schema.SubschemaAt(evaluationPath);
        var name = location.Path.Length == 0 ? schema.SubjectName : $"`{location.Path}`";
        switch (keyword)
        {
            case "required":
                return MissingFields(location, subschema);
            case "" when evaluationPath.Count > 0 && evaluationPath[^1] == "additionalProperties":
                return [UnknownField(schema, location, SourceLocation.Find(root, instancePath.Take(instancePath.Count - 1).ToList(), index.Find),
                    schema.SubschemaAt(evaluationPath.Take(evaluationPath.Count - 1)))];
            case "type":
                return [Found(DiagnosticCodes.WrongType, WrongTypeMessage(name, location.Node, subschema?["type"]), location.Node.Span)];
            case "enum":
                var allowed = subschema?["enum"]?.AsArray().Select(v => v?.ToString() ?? "null").ToList() ?? [];
                var closest = location.Node is ScalarNode given ? NameSuggestion.Closest(given.Value, allowed) : null;
                return [Found(DiagnosticCodes.NotAllowedValue,
                    $"{name} must be one of: {string.Join(", ", allowed)} (found {Shown(location.Node)})" +
                    (closest is null ? "" : $"; did you mean `{closest}`?"),
                    location.Node.Span)];
            case "const":
                return [Found(DiagnosticCodes.UnsupportedFormatVersion,
                    $"{name} must be {subschema?["const"]?.ToJsonString()}, the format version this briefc reads (found {Shown(location.Node)})",
                    location.Node.Span)];
            case "minItems":
                var minimumItems = subschema?["minItems"]?.GetValue<int>() ?? 1;
                return [Found(DiagnosticCodes.TooFewItems,
                    minimumItems == 1 ? $"{name} must have at least one item" : $"{name} must have at least {minimumItems} items",
                    location.Node.Span)];
            case "minLength":
                return [Found(DiagnosticCodes.EmptyText, $"{name} must not be empty", location.Node.Span)];
            case "minimum":
                var minimum = subschema?["minimum"]?.ToJsonString() ?? "?";
                return [Found(DiagnosticCodes.NumberTooSmall,
                    minimum == "1" ? $"{name} must be a positive whole number (found {Shown(location.Node)})" : $"{name} must be at least {minimum} (found {Shown(location.Node)})",
                    location.Node.Span)];
            case "pattern" when IsNotBlankRule(subschema):
                return [Found(DiagnosticCodes.EmptyText,
                    location.Node is ScalarNode { Value.Length: > 0 } ? $"{name} must not be blank (it holds only spaces)" : $"{name} must not be empty",
                    location.Node.Span)];
            case "pattern" when IsLanguageTagRule(subschema):
                var blank = location.Node is ScalarNode scalar && string.IsNullOrWhiteSpace(scalar.Value);
                var finding = blank
                    ? Found(DiagnosticCodes.EmptyText, $"{name} must not be empty", location.Node.Span)
                    : Found(DiagnosticCodes.InvalidLanguageTag,
                        $"{name} must be a BCP 47 language tag such as zh, en-GB or zh-Hans-CN (found {Shown(location.Node)}); built in: ar, en, es, fr, ru, zh",
                        location.Node.Span);
                return [finding];
            case "pattern":
                return [Found(DiagnosticCodes.BadFormat, $"{name} {FormatExpectation(subschema)} (found {Shown(location.Node)})", location.Node.Span)];
            default:
                return [Found(DiagnosticCodes.SchemaViolation, $"{name}: {libraryMessage}", location.Node.Span)];
        }
    }

    private static IEnumerable<Finding> MissingFields(SourceLocation location, JsonObject? subschema)
    {
        if (location.Node is not MappingNode mapping || subschema?["required"] is not JsonArray required)
        {
            yield break;
        }

        foreach (var field in required.Select(r => r!.GetValue<string>()).Where(f => mapping.Find(f) is null))
        {
            var message = location.Path.Length == 0
                ? $"missing required field `{field}`"
                : $"`{location.Path}` is missing required field `{field}`";
            yield return new Finding(Error(DiagnosticCodes.MissingField, message, location.FieldSpan), mapping, field);
        }
    }

    private static Finding UnknownField(ValidationSchema schema, SourceLocation location, SourceLocation parent, JsonObject? parentSchema)
    {
        var field = location.Key?.Value ?? "?";
        var known = (parentSchema?["properties"] as JsonObject)?.Select(p => p.Key).ToList() ?? [];
        var where = parent.Path.Length == 0 ? "" : $" in `{parent.Path}`";
        var suggestion = NameSuggestion.Closest(field, known);
        var elsewhere = schema.PlacesOf(field);
        var hint = (suggestion, elsewhere.Count) switch
        {
            (not null, _) => $"; did you mean `{suggestion}`?",
            // A known field in the wrong mapping is usually an indentation mistake.
            (null, > 0) => $"; `{field}` belongs in {OneOf(elsewhere)} (check the indentation)",
            _ when known.Count > 0 => $" (known fields: {string.Join(", ", known)})",
            _ => "",
        };
        var message = $"unknown field `{field}`{where}{hint}";
        return new Finding(Error(DiagnosticCodes.UnknownField, message, location.FieldSpan), parent.Node, suggestion);
    }

    private static string WrongTypeMessage(string name, SourceNode node, JsonNode? expected)
    {
        var expectedTypes = expected switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue value => [value.GetValue<string>()],
            _ => [],
        };

        if (node is ScalarNode scalar && YamlCoreSchema.KindOf(scalar) == ScalarKind.Null)
        {
            return $"{name} has no value; give it {string.Join(" or ", expectedTypes.Select(Describe))}";
        }

        var message = $"{name} must be {string.Join(" or ", expectedTypes.Select(Describe))}, not {DescribeNode(node)}";
        if (expectedTypes.Contains("string") && node is ScalarNode { IsPlain: true })
        {
            message += $"; write it in quotes (\"{((ScalarNode)node).Value}\") to use it as text";
        }

        return message;
    }

    /// <summary>"a", "a or b", "a, b or c".</summary>
    private static string OneOf(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} or {items[^1]}";

    private static bool IsLanguageTagRule(JsonObject? subschema) =>
        subschema?["pattern"] is JsonValue pattern && pattern.GetValue<string>() == LanguageTag.SchemaPattern;

    private static bool IsNotBlankRule(JsonObject? subschema) =>
        subschema?["pattern"] is JsonValue pattern && pattern.GetValue<string>() == NotBlankPattern;

    private static string FormatExpectation(JsonObject? subschema) =>
        (subschema?["format"]?.GetValue<string>(), subschema?["pattern"]?.GetValue<string>()) switch
        {
            ("date", _) => "must be a date written YYYY-MM-DD, such as 2024-11-04",
            ("uri", _) => "must be an absolute http or https URL, such as https://example.org/doc",
            (_, VersionPattern) => "must be dotted numbers, such as 1, 2 or 1.10",
            (_, var pattern) => $"must match the pattern {pattern}",
        };

    private static string Describe(string jsonType) => jsonType switch
    {
        "string" => "text",
        "object" => "a mapping (fields written `name: value`)",
        "array" => "a list (items written `- item`)",
        "integer" => "a whole number",
        "number" => "a number",
        "boolean" => "true or false",
        _ => jsonType,
    };

    private static string DescribeNode(SourceNode node) => node switch
    {
        MappingNode => "a mapping",
        SequenceNode => "a list",
        ScalarNode scalar => YamlCoreSchema.KindOf(scalar) switch
        {
            ScalarKind.Boolean => $"the boolean {scalar.Value}",
            ScalarKind.Integer or ScalarKind.Float => $"the number {scalar.Value}",
            ScalarKind.Null => "an empty value",
            _ => $"the text {Shown(scalar)}",
        },
        _ => "this",
    };

    private static string Shown(SourceNode node) => node switch
    {
        ScalarNode scalar => scalar.Value.Length > 40
            ? $"`{scalar.Value[..40].ReplaceLineEndings(" ")}…`"
            : $"`{scalar.Value.ReplaceLineEndings(" ")}`",
        MappingNode => "a mapping",
        SequenceNode => "a list",
        _ => "this",
    };

    private static Diagnostic Error(string code, string message, SourceSpan span) =>
        new(Severity.Error, code, message, span);

    /// <summary>
    /// A diagnostic with, for missing and unknown fields, the mapping concerned and the field missing or
    /// suggested, so that a misspelt required field is reported once.
    /// </summary>
    private sealed record Finding(Diagnostic Diagnostic, SourceNode? Mapping = null, string? Field = null);

    private static Finding Found(string code, string message, SourceSpan span) => new(Error(code, message, span));
}
