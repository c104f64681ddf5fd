using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace BriefingCompiler.Validation;

/// <summary>
/// The JSON Schema (draft 2020-12) of briefing format version 1, embedded from schema/briefing.schema.json.
/// Built once per process; it is immutable after that.
/// </summary>
public static class BriefingSchema
{
    private const string ResourceName = "BriefingCompiler.briefing.schema.json";

    private static readonly Lazy<string> LazyText = new(ReadText);
    private static readonly Lazy<JsonSchema> LazySchema = new(() =>
        JsonSchema.FromText(LazyText.Value, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
    private static readonly Lazy<JsonNode> LazyDocument = new(() => JsonNode.Parse(LazyText.Value)!);

    /// <summary>The schema exactly as shipped (what <c>briefc schema</c> prints).</summary>
    public static string Text => LazyText.Value;

    internal static JsonSchema Schema => LazySchema.Value;

    /// <summary>The schema as a JSON tree, to read the keywords an error came from.</summary>
    internal static JsonNode Document => LazyDocument.Value;

    /// <summary>
    /// The subschema reached by a JSON Schema evaluation path such as <c>/properties/session/$ref</c>, following
    /// local <c>$ref</c>s. Null when the path leads nowhere (it always leads somewhere for paths the evaluator made).
    /// </summary>
    internal static JsonObject? SubschemaAt(IEnumerable<string> evaluationPath)
    {
        JsonNode? current = Document;
        string? previous = null;
        foreach (var segment in evaluationPath)
        {
            // JsonSchema.Net 8 writes the `items` keyword twice in evaluation paths (/items/items for one level).
            if (segment == "items" && previous == "items")
            {
                previous = null;
                continue;
            }

            previous = segment;
            current = segment == "$ref" && current?["$ref"] is JsonValue reference
                ? ResolveLocalReference(reference.GetValue<string>())
                : current switch
                {
                    JsonObject obj => obj[segment],
                    JsonArray array when int.TryParse(segment, out var index) && index < array.Count => array[index],
                    _ => null,
                };
        }

        return current as JsonObject;
    }

    /// <summary>
    /// The mappings in which the schema defines a field of this name, as paths such as <c>session</c> or
    /// <c>agenda[n]</c>; empty when the format has no such field anywhere.
    /// </summary>
    internal static IReadOnlyList<string> PlacesOf(string field)
    {
        var places = new List<string>();
        Collect(Document.AsObject(), "");
        return places;

        void Collect(JsonObject schema, string path)
        {
            if (schema["$ref"] is JsonValue reference && ResolveLocalReference(reference.GetValue<string>()) is JsonObject target)
            {
                Collect(target, path);
            }

            if (schema["items"] is JsonObject items)
            {
                Collect(items, path + "[n]");
            }

            if (schema["properties"] is not JsonObject properties)
            {
                return;
            }

            if (properties.ContainsKey(field))
            {
                places.Add(path.Length == 0 ? "the top level" : $"`{path}`");
            }

            foreach (var (name, subschema) in properties)
            {
                // Label keys name labels, not fields: `title` under `labels` is no place for a document title.
                if (subschema is JsonObject child && !(path.Length == 0 && name == "labels"))
                {
                    Collect(child, path.Length == 0 ? name : $"{path}.{name}");
                }
            }
        }
    }

    private static JsonNode? ResolveLocalReference(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? current = Document;
        foreach (var segment in JsonPointerText.Split(reference[1..]))
        {
            current = current is JsonObject obj ? obj[segment] : null;
        }

        return current;
    }

    private static string ReadText()
    {
        using var stream = typeof(BriefingSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded schema {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static JsonElement ToElement(JsonNode? node) =>
        JsonSerializer.SerializeToElement(node);
}
