using System.Text;
using System.Text.Json;
using BriefingCompiler.Html;

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
    private const int FormatVersion = 1;

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
                    entry.Value.GetProperty("source").GetString()!, entry.Value.GetProperty("inputs").GetString()!, outputs);
            }

            return new BuildManifest(entries);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or IOException)
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
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        stream.Write("\n"u8);
        return stream.ToArray();
    }

    private static bool OutputMatches(string path, string hash)
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
}

/// <param name="Source">The source, relative to the output folder and '/'-separated (no machine paths).</param>
/// <param name="Inputs">The fingerprint of the inputs the outputs were built from.</param>
/// <param name="Outputs">Output file name → SHA-256 of its bytes as written.</param>
public sealed record ManifestEntry(string Source, string Inputs, IReadOnlyDictionary<string, string> Outputs);
