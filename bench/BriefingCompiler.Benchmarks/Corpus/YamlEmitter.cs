using System.Globalization;
using System.Text;

namespace BriefingCompiler.Benchmarks.Corpus;

/// <summary>
/// Writes a <see cref="YamlValue"/> tree as block-style YAML. One-line text is double-quoted (so no
/// text can turn into a number, a date, a key or a comment), multi-line text becomes a literal block
/// (Markdown stays readable and byte-exact).
/// </summary>
public static class YamlEmitter
{
    public static string Emit(YamlMap document)
    {
        var output = new StringBuilder();
        WriteMapEntries(output, document, indent: 0, firstLinePrefix: null);
        return output.ToString();
    }

    private static void WriteMapEntries(StringBuilder output, YamlMap map, int indent, string? firstLinePrefix)
    {
        var first = true;
        foreach (var (key, value) in map.Entries)
        {
            // The first entry of a mapping inside a list shares the "- " line.
            var prefix = first && firstLinePrefix is not null ? firstLinePrefix : new string(' ', indent);
            first = false;
            output.Append(prefix).Append(key).Append(':');
            WriteAfterKey(output, value, indent);
        }
    }

    private static void WriteAfterKey(StringBuilder output, YamlValue value, int indent)
    {
        switch (value)
        {
            case YamlPlain plain:
                output.Append(' ').Append(plain.Value).Append('\n');
                break;
            case YamlText text:
                WriteText(output, text.Value, indent + 2);
                break;
            case YamlList list:
                output.Append('\n');
                WriteListItems(output, list, indent + 2);
                break;
            case YamlMap map:
                output.Append('\n');
                WriteMapEntries(output, map, indent + 2, firstLinePrefix: null);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, "unknown YAML value");
        }
    }

    private static void WriteListItems(StringBuilder output, YamlList list, int indent)
    {
        var dash = new string(' ', indent) + "- ";
        foreach (var item in list.Items)
        {
            switch (item)
            {
                case YamlPlain plain:
                    output.Append(dash).Append(plain.Value).Append('\n');
                    break;
                case YamlText text when !text.Value.Contains('\n'):
                    output.Append(dash).Append(Quote(text.Value)).Append('\n');
                    break;
                case YamlMap map:
                    WriteMapEntries(output, map, indent + 2, firstLinePrefix: dash);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(list), item, "list items are plain, one-line text or mappings");
            }
        }
    }

    private static void WriteText(StringBuilder output, string value, int blockIndent)
    {
        if (!value.Contains('\n'))
        {
            output.Append(' ').Append(Quote(value)).Append('\n');
            return;
        }
        // "|" keeps one final line break, "|-" none; more than one would need "|+", which briefings never need.
        var body = value.TrimEnd('\n');
        output.Append(value.EndsWith('\n') ? " |" : " |-");
        // A first line that starts with a space needs an explicit indentation indicator.
        if (body.StartsWith(' ')) output.Append(2);
        output.Append('\n');
        var pad = new string(' ', blockIndent);
        foreach (var line in body.Split('\n'))
        {
            if (line.Length > 0) output.Append(pad).Append(line);
            output.Append('\n');
        }
    }

    /// <summary>A YAML double-quoted scalar: escapes backslash, quote and control characters only.</summary>
    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\n': quoted.Append("\\n"); break;
                default:
                    if (char.IsControl(c)) quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else quoted.Append(c);
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }
}
