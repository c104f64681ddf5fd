using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace BriefingCompiler.Validation;

/// <summary>
/// A JSON Schema (draft 2020-12) embedded in the assembly, with what <see cref="SchemaValidator"/> needs to turn
/// its errors into diagnostics at YAML nodes: the schema as a tree, to read the keyword an error came from, and
/// where each field is defined, for "belongs in …" hints. One per schema file (briefings, the project file);
/// immutable once built.
/// </summary>
public sealed class ValidationSchema
{
    private readonly Lazy<string> _text;
    private readonly Lazy<JsonSchema> _schema;
    private readonly Lazy<JsonNode> _document;
    private readonly IReadOnlySet<string> _notFieldContainers;

    /// <param name="resourceName">The embedded resource holding the schema text.</param>
    /// <param name="subjectName">What the root is called in messages: "the briefing", "the project file".</param>
    /// <param name="notFieldContainers">Top-level mappings whose keys are not fields (a briefing's <c>labels</c>),
    /// left out when looking for where a misplaced field belongs.</param>
    public ValidationSchema(string resourceName, string subjectName, IReadOnlySet<string>? notFieldContainers = null)
    {
        SubjectName = subjectName;
        _notFieldContainers = notFieldContainers ?? new HashSet<string>();
        _text = new Lazy<string>(() => ReadResource(resourceName));
        // Each schema gets its own registry: two schemas never see each other's $id.
        _schema = new Lazy<JsonSchema>(() => JsonSchema.FromText(_text.Value, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
        _document = new Lazy<JsonNode>(() => JsonNode.Parse(_text.Value)!);
    }

    /// <summary>What the root is called in messages.</summary>
    public string SubjectName { get; }

    /// <summary>The schema exactly as shipped.</summary>
    public string Text => _text.Value;

    internal JsonSchema Schema => _schema.Value;

    /// <summary>The schema as a JSON tree, to read the keywords an error came from.</summary>
    internal JsonNode Document => _document.Value;

    /// <summary>
    /// The subschema reached by a JSON Schema evaluation path such as <c>/properties/session/$ref</c>, following
    /// local <c>$ref</c>s. Null when the path leads nowhere (it always leads somewhere for paths the evaluator made).
    /// </summary>
    internal JsonObject? SubschemaAt(IEnumerable<string> evaluationPath)
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
    internal IReadOnlyList<string> PlacesOf(string field)
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
                if (subschema is JsonObject child && !(path.Length == 0 && _notFieldContainers.Contains(name)))
                {
                    Collect(child, path.Length == 0 ? name : $"{path}.{name}");
                }
            }
        }
    }

    private JsonNode? ResolveLocalReference(string reference)
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

    private static string ReadResource(string resourceName)
    {
        using var stream = typeof(ValidationSchema).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"the embedded schema {resourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // Written and parsed by hand, not with JsonSerializer: reflection-based serialization is unavailable in the
    // native (AOT) build. The depth allows the loader's 64 nesting levels with room to spare.
    internal static JsonElement ToElement(JsonNode? node)
    {
        if (node is null)
            return JsonElement.Parse("null"u8);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { MaxDepth = MaxInstanceDepth }))
            node.WriteTo(writer);
        return JsonElement.Parse(buffer.WrittenSpan, new JsonDocumentOptions { MaxDepth = MaxInstanceDepth });
    }

    private const int MaxInstanceDepth = 256;
}
