namespace BriefingCompiler.Benchmarks.Corpus;

/// <summary>A YAML value as the corpus writes it: just enough structure to emit briefings.</summary>
public abstract record YamlValue;

/// <summary>Free text: written double-quoted on one line, or as a literal block when it has line breaks.</summary>
public sealed record YamlText(string Value) : YamlValue;

/// <summary>A token written as is (integers, ISO dates, enum words such as <c>tentative</c>).</summary>
public sealed record YamlPlain(string Value) : YamlValue;

public sealed record YamlList(IReadOnlyList<YamlValue> Items) : YamlValue;

/// <summary>A mapping whose keys keep the order they were added in, so output is stable and readable.</summary>
public sealed record YamlMap(IReadOnlyList<KeyValuePair<string, YamlValue>> Entries) : YamlValue
{
    public static YamlMap Of(params (string Key, YamlValue? Value)[] entries) =>
        new(entries.Where(e => e.Value is not null)
                   .Select(e => new KeyValuePair<string, YamlValue>(e.Key, e.Value!))
                   .ToList());
}
