using System.Globalization;
using System.Text;
using System.Text.Json;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Html;
using BriefingCompiler.Validation;

namespace BriefingCompiler.Building;

/// <summary>
/// <c>.briefc-manifest.json</c> in the output folder: for each briefing built there (keyed by its output base
/// name), the fingerprint of its inputs and the SHA-256 of each output written. A source whose fingerprint is
/// unchanged and whose outputs are still on disk as written is up to date. The file's content depends only on
/// the inputs and outputs (sorted keys, no dates, no machine paths) and it is written atomically.
/// </summary>
public sealed record BuildManifest(IReadOnlyDictionary<string, ManifestEntry> Entries)
{
    public const string FileName = ".briefc-manifest.json";
    private const int FormatVersion = 2;

    public static BuildManifest Empty { get; } = new(new Dictionary<string, ManifestEntry>());

    /// <summary>The manifest in <paramref name="outputFolder"/>; empty when there is none or it cannot be read (then everything is rebuilt).</summary>
    public static BuildManifest Read(string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        if (!File.Exists(path))
            return Empty;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.GetProperty("manifest").GetInt32() != FormatVersion)
                return Empty;
            var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
            foreach (var entry in root.GetProperty("briefings").EnumerateObject())
            {
                var outputs = entry.Value.GetProperty("outputs").EnumerateObject()
                    .ToDictionary(o => o.Name, o => o.Value.GetString()!, StringComparer.Ordinal);
                entries[entry.Name] = new ManifestEntry(
                    entry.Value.GetProperty("source").GetString()!, entry.Value.GetProperty("inputs").GetString()!, outputs,
                    entry.Value.TryGetProperty("translation", out var translation) ? ReadFacts(translation) : null);
            }

            return new BuildManifest(entries);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or IOException
                                       or FormatException or IndexOutOfRangeException)
        {
            // A damaged manifest costs a full build, never a wrong one.
            return Empty;
        }
    }

    /// <summary>The key of a source's entry: its output base name (<c>x.zh</c> for <c>x.zh.yaml</c>).</summary>
    public static string KeyOf(string sourcePath) => Path.GetFileName(OutputName.For(sourcePath, "", ""));

    /// <summary>Up to date: recorded with the same inputs, and every recorded output still has the recorded bytes.</summary>
    public bool IsUpToDate(string key, string inputs, string outputFolder) =>
        Entries.TryGetValue(key, out var entry)
        && entry.Inputs == inputs
        && entry.Outputs.Count > 0
        && entry.Outputs.All(o => OutputMatches(Path.Combine(outputFolder, o.Key), o.Value));

    public BuildManifest With(IEnumerable<(string Key, ManifestEntry Entry)> updates)
    {
        var entries = new Dictionary<string, ManifestEntry>(Entries, StringComparer.Ordinal);
        foreach (var (key, entry) in updates)
            entries[key] = entry;
        return new BuildManifest(entries);
    }

    public BuildManifest Without(IEnumerable<string> keys)
    {
        var entries = new Dictionary<string, ManifestEntry>(Entries, StringComparer.Ordinal);
        foreach (var key in keys)
            entries.Remove(key);
        return new BuildManifest(entries);
    }

    /// <summary>
    /// The entries of briefings whose source file no longer exists (deleted or renamed), other than
    /// <paramref name="currentKeys"/>: their outputs are left over. Entries of sources that still exist but were not
    /// named in this build (<c>briefc build one.yaml</c>) are not.
    /// </summary>
    public IEnumerable<KeyValuePair<string, ManifestEntry>> Orphans(string outputFolder, IReadOnlySet<string> currentKeys) =>
        Entries.Where(e => !currentKeys.Contains(e.Key) && !File.Exists(Path.Combine(outputFolder, e.Value.Source)))
            .OrderBy(e => e.Key, StringComparer.Ordinal);

    /// <summary>Whether the file at <paramref name="path"/> still has the bytes the build wrote (SHA-256 <paramref name="hash"/>).</summary>
    public static bool OutputMatches(string path, string hash)
    {
        try
        {
            return File.Exists(path) && BuildFingerprint.HashFile(path) == hash;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public void Write(string outputFolder) => AtomicFile.WriteAllBytes(Path.Combine(outputFolder, FileName), ToJson());

    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("manifest", FormatVersion);
            writer.WriteStartObject("briefings");
            foreach (var (key, entry) in Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.WriteStartObject(key);
                writer.WriteString("source", entry.Source);
                writer.WriteString("inputs", entry.Inputs);
                writer.WriteStartObject("outputs");
                foreach (var (name, hash) in entry.Outputs.OrderBy(o => o.Key, StringComparer.Ordinal))
                    writer.WriteString(name, hash);
                writer.WriteEndObject();
                if (entry.Translation is { } facts)
                    WriteFacts(writer, facts);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        stream.Write("\n"u8);
        return stream.ToArray();
    }

    private static void WriteFacts(Utf8JsonWriter writer, TranslationFacts facts)
    {
        writer.WriteStartObject("translation");
        writer.WriteString("symbol", facts.Symbol);
        writer.WriteString("language", facts.Language);
        if (facts.OriginalLanguage is not null)
            writer.WriteString("originalLanguage", facts.OriginalLanguage);
        writer.WriteNumber("agenda", facts.AgendaCount);
        WriteSpan(writer, "agendaAt", facts.AgendaSpan);
        writer.WriteNumber("positions", facts.PositionCount);
        WriteSpan(writer, "positionsAt", facts.PositionsSpan);
        writer.WriteStartArray("versions");
        foreach (var version in facts.Versions)
            writer.WriteStringValue(version);
        writer.WriteEndArray();
        writer.WriteString("currentDate", facts.CurrentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteSpan(writer, "currentVersionAt", facts.CurrentVersionSpan);
        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, string name, SourceSpan span)
    {
        writer.WriteStartArray(name);
        writer.WriteNumberValue(span.Line);
        writer.WriteNumberValue(span.Column);
        writer.WriteNumberValue(span.EndLine);
        writer.WriteNumberValue(span.EndColumn);
        writer.WriteEndArray();
    }

    /// <summary>The facts as recorded, with no path: <see cref="TranslationFacts.At"/> gives them the source's.</summary>
    private static TranslationFacts ReadFacts(JsonElement facts) => new(
        "",
        facts.GetProperty("symbol").GetString()!,
        facts.GetProperty("language").GetString()!,
        facts.TryGetProperty("originalLanguage", out var original) ? original.GetString() : null,
        facts.GetProperty("agenda").GetInt32(),
        ReadSpan(facts.GetProperty("agendaAt")),
        facts.GetProperty("positions").GetInt32(),
        ReadSpan(facts.GetProperty("positionsAt")),
        [.. facts.GetProperty("versions").EnumerateArray().Select(v => v.GetString()!)],
        DateOnly.ParseExact(facts.GetProperty("currentDate").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        ReadSpan(facts.GetProperty("currentVersionAt")));

    private static SourceSpan ReadSpan(JsonElement span) =>
        new("", span[0].GetInt32(), span[1].GetInt32(), span[2].GetInt32(), span[3].GetInt32());
}

/// <param name="Source">The source, relative to the output folder and '/'-separated (no machine paths).</param>
/// <param name="Inputs">The fingerprint of the inputs the outputs were built from.</param>
/// <param name="Outputs">Output file name → SHA-256 of its bytes as written.</param>
/// <param name="Translation">What language versions are compared on, for a briefing with a symbol: an incremental
/// build compares the briefings it rebuilds with these, without loading the others again.</param>
public sealed record ManifestEntry(string Source, string Inputs, IReadOnlyDictionary<string, string> Outputs, TranslationFacts? Translation = null);
