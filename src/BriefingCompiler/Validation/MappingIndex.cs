using BriefingCompiler.Loading;

namespace BriefingCompiler.Validation;

/// <summary>
/// Key lookup in mappings for one validation run. <see cref="MappingNode.Find"/> walks the entries, which is
/// right for a briefing's handful of fields; but a hostile 5 MiB file may hold one mapping of 200,000 unknown
/// keys, each with a schema error to place, and walking it once per error would take minutes.
/// </summary>
internal sealed class MappingIndex
{
    /// <summary>Mappings this small are searched directly; building a dictionary would cost more.</summary>
    private const int IndexFrom = 16;

    private readonly Dictionary<MappingNode, Dictionary<string, MappingEntry>> indexes = new(ReferenceEqualityComparer.Instance);

    public MappingEntry? Find(MappingNode mapping, string key)
    {
        if (mapping.Entries.Count < IndexFrom)
        {
            return mapping.Find(key);
        }

        if (!indexes.TryGetValue(mapping, out var index))
        {
            // Keys are unique: the loader kept the first of duplicate keys.
            index = mapping.Entries.ToDictionary(e => e.Key.Value, StringComparer.Ordinal);
            indexes.Add(mapping, index);
        }

        return index.GetValueOrDefault(key);
    }
}
