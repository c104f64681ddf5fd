using System.Globalization;
using System.Text;
using BriefingCompiler.Loading;

namespace BriefingCompiler.Validation;

/// <summary>
/// A node of the source tree found by a JSON instance location, with the key it is the value of (so that a
/// finding about a field can point at the field's name) and a readable path such as
/// <c>document_control.versions[2].date</c>. List positions in paths count from 1, like agenda references.
/// </summary>
public sealed record SourceLocation(SourceNode Node, ScalarNode? Key, string Path)
{
    /// <summary>The node at <paramref name="segments"/> under <paramref name="root"/>, or the deepest node on the way.</summary>
    public static SourceLocation Find(MappingNode root, IReadOnlyList<string> segments) =>
        Find(root, segments, (mapping, key) => mapping.Find(key));

    /// <summary>As <see cref="Find(MappingNode, IReadOnlyList{string})"/>, looking keys up with <paramref name="findEntry"/>.</summary>
    public static SourceLocation Find(MappingNode root, IReadOnlyList<string> segments, Func<MappingNode, string, MappingEntry?> findEntry)
    {
        SourceNode node = root;
        ScalarNode? key = null;
        var path = new StringBuilder();
        foreach (var segment in segments)
        {
            switch (node)
            {
                case MappingNode mapping when findEntry(mapping, segment) is { } entry:
                    node = entry.Value;
                    key = entry.Key;
                    path.Append(path.Length == 0 ? "" : ".").Append(segment);
                    break;
                case SequenceNode sequence when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                                                && index < sequence.Items.Count:
                    node = sequence.Items[index];
                    key = null;
                    path.Append('[').Append((index + 1).ToString(CultureInfo.InvariantCulture)).Append(']');
                    break;
                default:
                    return new SourceLocation(node, key, path.ToString());
            }
        }

        return new SourceLocation(node, key, path.ToString());
    }

    /// <summary>Where a finding about this node as a field is shown: at its key when it has one.</summary>
    public Diagnostics.SourceSpan FieldSpan => Key?.Span ?? Node.Span;
}
