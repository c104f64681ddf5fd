using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BriefingCompiler.Diffing;

/// <summary>
/// The diff as JSON for tools, with a fixed property order (written by hand with <see cref="Utf8JsonWriter"/>,
/// not by reflection, so the order is part of the code):
/// <code>
/// { "old", "new", "changed", "summary": {added, removed, changed, moved},
///   "changes": [ { "section", "path", "kind", "oldPath", "newPath", "old", "new",
///                  "blocks": [ { "kind", "type", "depth", "oldIndex", "newIndex", "old", "new",
///                                "segments": [ { "op", "text" } ] } ] } ] }
/// </code>
/// Kinds and ops are lower-case words (<c>added</c>, <c>removed</c>, <c>changed</c>, <c>moved</c>,
/// <c>unchanged</c>; <c>equal</c>, <c>delete</c>, <c>insert</c>). Paths and block indexes are 1-based.
/// Values are strings (texts as written), objects (records) or arrays (lists); an absent side is null.
/// </summary>
public static class JsonDiffWriter
{
    public static string Write(BriefingDiff diff, DiffSides sides)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            // Briefing text is Chinese, Arabic, Russian…: keep it readable rather than \u-escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteString("old", sides.OldName);
            json.WriteString("new", sides.NewName);
            json.WriteBoolean("changed", diff.HasChanges);
            json.WriteStartObject("summary");
            foreach (var kind in Enum.GetValues<ChangeKind>())
            {
                json.WriteNumber(Name(kind), diff.Changes.Count(c => c.Kind == kind));
            }
            json.WriteEndObject();
            json.WriteStartArray("changes");
            foreach (var change in diff.Changes)
            {
                WriteChange(json, change);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string Name(ChangeKind kind) => kind.ToString().ToLowerInvariant();

    public static string Name(BlockDiffKind kind) => kind.ToString().ToLowerInvariant();

    public static string Name(SegmentOp op) => op switch
    {
        SegmentOp.Deleted => "delete",
        SegmentOp.Inserted => "insert",
        _ => "equal",
    };

    private static void WriteChange(Utf8JsonWriter json, Change change)
    {
        json.WriteStartObject();
        json.WriteString("section", change.Section);
        json.WriteString("path", change.Path);
        json.WriteString("kind", Name(change.Kind));
        WriteNullableString(json, "oldPath", change.OldPath);
        WriteNullableString(json, "newPath", change.NewPath);
        json.WritePropertyName("old");
        WriteValue(json, change.Old);
        json.WritePropertyName("new");
        WriteValue(json, change.New);
        json.WriteStartArray("blocks");
        foreach (var block in change.Text)
        {
            json.WriteStartObject();
            json.WriteString("kind", Name(block.Kind));
            json.WriteString("type", block.Type);
            json.WriteNumber("depth", block.Depth);
            WriteNullableNumber(json, "oldIndex", block.OldIndex);
            WriteNullableNumber(json, "newIndex", block.NewIndex);
            WriteNullableString(json, "old", block.OldIndex is null ? null : block.OldText);
            WriteNullableString(json, "new", block.NewIndex is null ? null : block.NewText);
            json.WriteStartArray("segments");
            foreach (var segment in block.Segments)
            {
                json.WriteStartObject();
                json.WriteString("op", Name(segment.Op));
                json.WriteString("text", segment.Text);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, ComparableNode? node)
    {
        switch (node)
        {
            case null:
                json.WriteNullValue();
                break;
            case TextNode text:
                json.WriteStringValue(text.Text);
                break;
            case RecordNode record:
                json.WriteStartObject();
                foreach (var field in record.Fields.Where(f => f.Value is not null))
                {
                    json.WritePropertyName(field.Name);
                    WriteValue(json, field.Value);
                }
                json.WriteEndObject();
                break;
            case ListNode list:
                json.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteValue(json, item);
                }
                json.WriteEndArray();
                break;
        }
    }

    private static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, value.Value);
        }
    }
}
