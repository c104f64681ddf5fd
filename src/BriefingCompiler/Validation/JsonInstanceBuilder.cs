using System.Text.Json.Nodes;
using BriefingCompiler.Loading;

namespace BriefingCompiler.Validation;

/// <summary>
/// The source tree as the JSON instance the schema validates: plain scalars resolved per the YAML core schema,
/// quoted and block scalars as strings, mappings as objects (keys are always the key's text).
/// </summary>
public static class JsonInstanceBuilder
{
    public static JsonNode? Build(SourceNode node) => node switch
    {
        ScalarNode scalar => BuildScalar(scalar),
        SequenceNode sequence => new JsonArray([.. sequence.Items.Select(Build)]),
        MappingNode mapping => BuildObject(mapping),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "unknown source node"),
    };

    private static JsonObject BuildObject(MappingNode mapping)
    {
        var json = new JsonObject();
        foreach (var entry in mapping.Entries)
        {
            json[entry.Key.Value] = Build(entry.Value);
        }

        return json;
    }

    private static JsonNode? BuildScalar(ScalarNode scalar)
    {
        switch (YamlCoreSchema.KindOf(scalar))
        {
            case ScalarKind.Null:
                return null;
            case ScalarKind.Boolean:
                return JsonValue.Create(YamlCoreSchema.IsTrue(scalar));
            case ScalarKind.Integer:
                var integer = YamlCoreSchema.IntegerValue(scalar)!.Value;
                return integer >= long.MinValue && integer <= long.MaxValue
                    ? JsonValue.Create((long)integer)
                    : JsonValue.Create((double)integer);
            case ScalarKind.Float:
                var number = YamlCoreSchema.FloatValue(scalar)!.Value;
                // JSON has no infinity or NaN; such a value is never valid where the schema wants a number
                // (versions must be dotted numbers), so it stays text and is judged as text.
                return double.IsFinite(number) ? JsonValue.Create(number) : JsonValue.Create(scalar.Value);
            default:
                return JsonValue.Create(scalar.Value);
        }
    }
}
