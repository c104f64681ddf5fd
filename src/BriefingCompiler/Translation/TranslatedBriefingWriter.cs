using System.Globalization;
using BriefingCompiler.Importing;
using BriefingCompiler.Loading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingCompiler.Translation;

/// <summary>
/// Writes a translated briefing: the source's tree (its structure, every value not translated) with the translated
/// values in place of the source's text and the target's own per-language values (<paramref name="overrides"/>:
/// <c>language</c>, <c>labels</c>, <c>original_language</c>). Where the target exists, its key order and its comments
/// (above keys and items, and at the top of the file) are kept for the paths it shares with the source; a new file
/// takes the source's. Values are written with <see cref="YamlScalarEmitter"/>, the same rules as <c>briefc import</c>.
/// </summary>
public static class TranslatedBriefingWriter
{
    /// <param name="source">The source briefing's tree.</param>
    /// <param name="translated">The translated text of each translated scalar of <paramref name="source"/>.</param>
    /// <param name="overrides">Values by structural path (<c>document_control.original_language</c>) replacing or adding to the source's; null removes.</param>
    /// <param name="layout">The target's tree (key order and comments) and text, or the source's for a new translation.</param>
    public static string Write(
        MappingNode source,
        IReadOnlyDictionary<ScalarNode, string> translated,
        IReadOnlyDictionary<string, SourceNode?> overrides,
        (MappingNode Root, string Text) layout)
    {
        var lines = layout.Text.ReplaceLineEndings("\n").Split('\n');
        var comments = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var order = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        Collect(layout.Root, "", lines, comments, order, new HashSet<int>());

        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        foreach (var line in YamlComments.Header(lines))
            writer.Write(line.TrimEnd() + "\n");
        // Sequences indented under their key, as the samples and `briefc new` write them.
        var emitter = new Emitter(writer, EmitterSettings.Default.WithBestIndent(2).WithBestWidth(int.MaxValue).WithIndentedSequences());
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        new Emission(emitter, translated, overrides, comments, order).Mapping(source, "");
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private static string Child(string path, string key) => path.Length == 0 ? key : path + "." + key;

    /// <summary>The comments above each key and item of the layout file, by path, and each mapping's key order.</summary>
    private static void Collect(SourceNode node, string path, string[] lines, Dictionary<string, IReadOnlyList<string>> comments,
        Dictionary<string, IReadOnlyList<string>> order, HashSet<int> taken)
    {
        switch (node)
        {
            case MappingNode mapping:
                order[path] = [.. mapping.Entries.Select(e => e.Key.Value)];
                foreach (var entry in mapping.Entries)
                {
                    var childPath = Child(path, entry.Key.Value);
                    // The comments above the first key are the file's header, written before the document.
                    if (taken.Add(entry.Key.Span.Line) && !(path.Length == 0 && ReferenceEquals(entry, mapping.Entries[0])))
                        comments[childPath] = YamlComments.Above(lines, entry.Key.Span.Line, entry.Key.Span.Column);
                    Collect(entry.Value, childPath, lines, comments, order, taken);
                }
                break;
            case SequenceNode sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var item = sequence.Items[i];
                    var childPath = Child(path, i.ToString(CultureInfo.InvariantCulture));
                    // The item's dash is two columns before its content.
                    if (taken.Add(item.Span.Line))
                        comments[childPath] = YamlComments.Above(lines, item.Span.Line, Math.Max(1, item.Span.Column - 2));
                    Collect(item, childPath, lines, comments, order, taken);
                }
                break;
        }
    }

    private sealed class Emission(
        IEmitter emitter,
        IReadOnlyDictionary<ScalarNode, string> translated,
        IReadOnlyDictionary<string, SourceNode?> overrides,
        IReadOnlyDictionary<string, IReadOnlyList<string>> comments,
        IReadOnlyDictionary<string, IReadOnlyList<string>> order)
    {
        public void Mapping(MappingNode mapping, string path)
        {
            var entries = mapping.Entries.Select(e => (Key: e.Key.Value, Value: (SourceNode?)e.Value)).ToList();
            foreach (var (overridePath, value) in overrides)
            {
                var key = overridePath[(overridePath.LastIndexOf('.') + 1)..];
                if (Child(path, key) != overridePath)
                    continue;
                var at = entries.FindIndex(e => e.Key == key);
                if (at >= 0)
                    entries[at] = (key, value);
                else
                    entries.Add((key, value));
            }
            if (order.TryGetValue(path, out var keys))
            {
                // The target's order for the keys it has, the source's for the rest after them.
                entries = [.. entries.OrderBy(e => keys.ToList().IndexOf(e.Key) is var i and >= 0 ? i : keys.Count)];
            }
            YamlScalarEmitter.Begin(emitter);
            foreach (var (key, value) in entries)
            {
                if (value is null)
                    continue;
                var childPath = Child(path, key);
                Comments(childPath);
                YamlScalarEmitter.Key(emitter, key);
                Node(value, childPath);
            }
            YamlScalarEmitter.End(emitter);
        }

        private void Node(SourceNode node, string path)
        {
            switch (node)
            {
                case MappingNode mapping:
                    Mapping(mapping, path);
                    break;
                case SequenceNode sequence:
                    emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
                    for (var i = 0; i < sequence.Items.Count; i++)
                    {
                        var childPath = Child(path, i.ToString(CultureInfo.InvariantCulture));
                        Comments(childPath);
                        Node(sequence.Items[i], childPath);
                    }
                    emitter.Emit(new SequenceEnd());
                    break;
                case ScalarNode scalar when translated.TryGetValue(scalar, out var text):
                    if (scalar.IsLiteral || text.Contains('\n'))
                        YamlScalarEmitter.Scalar(emitter, text, ScalarStyle.Literal);
                    else if (scalar.IsPlain)
                        YamlScalarEmitter.Value(emitter, text);
                    else
                        YamlScalarEmitter.Scalar(emitter, text, ScalarStyle.DoubleQuoted); // quoted in the source: quoted in the translation
                    break;
                case ScalarNode scalar when scalar.IsLiteral:
                    YamlScalarEmitter.Scalar(emitter, scalar.Value, ScalarStyle.Literal);
                    break;
                case ScalarNode { IsPlain: true } scalar:
                    YamlScalarEmitter.Scalar(emitter, scalar.Value, ScalarStyle.Plain);
                    break;
                case ScalarNode scalar:
                    YamlScalarEmitter.Value(emitter, scalar.Value);
                    break;
            }
        }

        private void Comments(string path)
        {
            if (!comments.TryGetValue(path, out var lines))
                return;
            foreach (var line in lines)
                emitter.Emit(new Comment(YamlComments.TextOf(line), isInline: false));
        }
    }
}
