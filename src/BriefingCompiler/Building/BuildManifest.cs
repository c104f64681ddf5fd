using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Html;
using BriefingCompiler.Pdf.Resources;
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

    /// <summary>A manifest larger than this is not read (tens of thousands of briefings fit well below it).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>The manifest in <paramref name="outputFolder"/>; empty when there is none or it cannot be used (then everything is rebuilt).</summary>
    public static BuildManifest Read(string outputFolder) => Load(outputFolder, outputFolder).Manifest;

    /// <summary>
    /// Reads the manifest in <paramref name="outputFolder"/> as the untrusted data from disk that it is: a file that
    /// is not a regular file, is too large or is not the manifest format is ignored whole (a full rebuild), and an
    /// entry that is malformed or names an output briefc would not write (a path with a folder or <c>..</c>, an
    /// absolute path, another briefing's name) is dropped: that briefing is rebuilt and nothing it names is ever
    /// read or deleted. Each is a warning at the manifest (<paramref name="displayFolder"/>: the folder as messages
    /// show it). A damaged manifest costs a full build, never a wrong one, and never a crash.
    /// </summary>
    public static ManifestReadResult Load(string outputFolder, string displayFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        var display = Path.Combine(displayFolder, FileName);
        if (!Path.Exists(path) && new FileInfo(path).LinkTarget is null)
            return new ManifestReadResult(Empty, []);
        byte[] bytes;
        try
        {
            if (new FileInfo(path).LinkTarget is not null)
                throw new InvalidDataException("it is a symbolic link");
            bytes = RegularFile.ReadAllBytes(path, MaxBytes);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return new ManifestReadResult(Empty, [Ignored(display, e.Message)]);
        }

        return Parse(bytes, display);
    }

    /// <summary>The manifest in <paramref name="bytes"/> (read from the file <paramref name="display"/>), checked as <see cref="Load"/> says.</summary>
    public static ManifestReadResult Parse(byte[] bytes, string display)
    {
        var warnings = new List<Diagnostic>();
        void Warn(string code, string message) => warnings.Add(new Diagnostic(Severity.Warning, code, message, SourceSpan.StartOf(display)));
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("manifest", out var version) || version.ValueKind != JsonValueKind.Number)
                throw new InvalidDataException("it is not a briefc manifest");
            if (!version.TryGetInt32(out var number) || number != FormatVersion)
                return new ManifestReadResult(Empty, []); // Another version of briefc's: rebuilt without a word, as after an upgrade.
            if (!root.TryGetProperty("briefings", out var briefings) || briefings.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException("it has no \"briefings\" object");

            var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
            foreach (var entry in briefings.EnumerateObject())
            {
                if (ReadEntry(entry.Name, entry.Value, out var problem) is { } read)
                    entries[entry.Name] = read;
                else
                    Warn(DiagnosticCodes.ManifestEntryIgnored, $"the entry \"{Shorten(entry.Name)}\" is ignored: {problem}; that briefing is rebuilt and none of the files it names is touched");
            }

            return new ManifestReadResult(new BuildManifest(entries), warnings);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or FormatException or InvalidOperationException)
        {
            return new ManifestReadResult(Empty, [Ignored(display, e is JsonException ? "it is not valid JSON" : e.Message)]);
        }
    }

    private static Diagnostic Ignored(string display, string cause) => new(Severity.Warning, DiagnosticCodes.ManifestIgnored,
        $"the build manifest is ignored ({cause}): every briefing is rebuilt and a new manifest written", SourceSpan.StartOf(display));

    /// <summary>One entry, checked field by field; null with the problem when any part is not what briefc writes.</summary>
    private static ManifestEntry? ReadEntry(string key, JsonElement value, out string problem)
    {
        problem = "";
        if (!IsPlainFileName(key))
        {
            problem = "its name is not a plain file name";
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object
            || !value.TryGetProperty("source", out var source) || source.ValueKind != JsonValueKind.String
            || !value.TryGetProperty("inputs", out var inputs) || inputs.ValueKind != JsonValueKind.String
            || !value.TryGetProperty("outputs", out var outputs) || outputs.ValueKind != JsonValueKind.Object)
        {
            problem = "it lacks \"source\", \"inputs\" or \"outputs\" of the right type";
            return null;
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var output in outputs.EnumerateObject())
        {
            if (!IsOutputName(output.Name, key) && !IsSharedName(output.Name))
            {
                problem = $"\"{Shorten(output.Name)}\" is not an output briefc writes for it (only {key}.html, {key}.pdf, {key}.page-N.png and the same of an edition, {key}.NAME.pdf…, and the image files briefc-emblem-HASH.png, briefc-figure-HASH.png…, in the output folder itself)";
                return null;
            }

            if (output.Value.ValueKind != JsonValueKind.String || output.Value.GetString() is not { Length: 64 } hash || !hash.All(char.IsAsciiHexDigitLower))
            {
                problem = $"the hash of \"{output.Name}\" is not a SHA-256";
                return null;
            }

            files[output.Name] = hash;
        }

        TranslationFacts? facts = null;
        if (value.TryGetProperty("translation", out var translation))
        {
            try
            {
                facts = ReadFacts(translation);
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException or IndexOutOfRangeException or ArgumentException)
            {
                problem = "its \"translation\" facts are malformed";
                return null;
            }
        }

        var figures = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value.TryGetProperty("figures", out var figureList))
        {
            if (figureList.ValueKind != JsonValueKind.Object
                || figureList.EnumerateObject().Any(f => f.Value.ValueKind != JsonValueKind.String || f.Value.GetString() is not { Length: 64 } h || !h.All(char.IsAsciiHexDigitLower)))
            {
                problem = "its \"figures\" are not image names with their SHA-256";
                return null;
            }

            foreach (var figure in figureList.EnumerateObject())
                figures[figure.Name] = figure.Value.GetString()!;
        }

        var fonts = new List<Pdf.Fonts.FontUse>();
        if (value.TryGetProperty("fonts", out var fontList))
        {
            if (fontList.ValueKind != JsonValueKind.Array || fontList.EnumerateArray().Select(ReadFont).ToList() is not { } read || read.Any(f => f is null))
            {
                problem = "its \"fonts\" are not faces with \"family\", \"weight\", \"italic\" and \"origin\"";
                return null;
            }

            fonts.AddRange(read!);
        }

        return new ManifestEntry(source.GetString()!, inputs.GetString()!, files, facts) { Figures = figures, Fonts = fonts };
    }

    /// <summary>A name of a file directly in the output folder: no separator, not <c>.</c> or <c>..</c>, not rooted, no control characters.</summary>
    public static bool IsPlainFileName(string name) =>
        name.Length is > 0 and <= 255 && name is not "." and not ".." && !Path.IsPathRooted(name)
        && name.IndexOfAny(['/', '\\', ':']) < 0 && !name.Any(char.IsControl);

    /// <summary>Whether <paramref name="name"/> is a file briefc writes for the briefing <paramref name="key"/>.</summary>
    public static bool IsOutputName(string name, string key) =>
        IsPlainFileName(name)
        && (IsOutputOf(name, key) || (EditionOf(name, key) is { } edition && IsOutputOf(name, key + "." + edition)));

    /// <summary>Whether <paramref name="name"/> is a file several briefings' outputs may link to (<see cref="SharedOutput"/>).</summary>
    public static bool IsSharedName(string name) => Assets.ImageAsset.IsFileName(name);

    private static bool IsOutputOf(string name, string baseName) =>
        name == baseName + ".html" || name == baseName + ".pdf" || name == baseName + ".docx" || OutputWriter.IsPreviewName(name, baseName);

    /// <summary>The audience of an edition's output name (<c>x.zh.members.pdf</c> → members): lower-case letters, digits, - and _.</summary>
    private static string? EditionOf(string name, string key)
    {
        if (!name.StartsWith(key + ".", StringComparison.Ordinal))
            return null;
        var rest = name[(key.Length + 1)..];
        var end = rest.IndexOf('.', StringComparison.Ordinal);
        if (end <= 0)
            return null;
        var edition = rest[..end];
        return char.IsAsciiLetterLower(edition[0]) && edition.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_') ? edition : null;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    /// <summary>The key of a source's entry: its output base name (<c>x.zh</c> for <c>x.zh.yaml</c>).</summary>
    public static string KeyOf(string sourcePath) => Path.GetFileName(OutputName.For(sourcePath, "", ""));

    /// <summary>Up to date: recorded with the same inputs, and every recorded output still has the recorded bytes.</summary>
    /// <param name="sharedChecked">Shared files already checked in this build, by name: a large emblem linked from
    /// every briefing is hashed once, not once per briefing.</param>
    public bool IsUpToDate(string key, string inputs, string outputFolder, ConcurrentDictionary<string, bool>? sharedChecked = null) =>
        Entries.TryGetValue(key, out var entry)
        && entry.Inputs == inputs
        && entry.Outputs.Count > 0
        && entry.Outputs.All(o => IsSharedName(o.Key) && sharedChecked is not null
            ? sharedChecked.GetOrAdd(o.Key + " " + o.Value, _ => OutputMatches(Path.Combine(outputFolder, o.Key), o.Value))
            : OutputMatches(Path.Combine(outputFolder, o.Key), o.Value));

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
            // A link or anything but a regular file is not what the build wrote (it writes by rename): not read, not matched.
            return new FileInfo(path) is { Exists: true, LinkTarget: null } && RegularFile.Problem(path) is null
                   && BuildFingerprint.HashFile(path) == hash;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>How long a build waits for another one's read-merge-write of the manifest (which takes milliseconds).</summary>
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Records a build's changes — entries written, entries removed — into the manifest as it is on disk now (not as
    /// it was when the build started), under <see cref="ManifestLock"/>: builds into one folder at the same time
    /// keep each other's entries.
    /// </summary>
    /// <param name="removeUnlinked">Given, still under the lock, the shared files (name → hash) that entries linked to
    /// before and none links to now (an emblem replaced, the last briefing linking it gone): no other build can record
    /// a link to one between this check and their removal.</param>
    public static void Commit(string outputFolder, IReadOnlyCollection<(string Key, ManifestEntry Entry)> updates, IReadOnlyCollection<string> removedKeys,
        Action<IReadOnlyDictionary<string, string>>? removeUnlinked = null)
    {
        using var held = ManifestLock.Acquire(outputFolder, LockTimeout);
        // What is wrong with the file now was reported when the build started, or is another build's business.
        var before = Load(outputFolder, outputFolder).Manifest;
        var after = before.With(updates).Without(removedKeys);
        after.Write(outputFolder);
        var linked = after.SharedLinks();
        var unlinked = before.SharedLinks().Where(s => !linked.ContainsKey(s.Key)).ToDictionary(StringComparer.Ordinal);
        if (unlinked.Count > 0)
            removeUnlinked?.Invoke(unlinked);
    }

    /// <summary>The shared files the entries link to: name → hash as written.</summary>
    private Dictionary<string, string> SharedLinks()
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, hash) in Entries.Values.SelectMany(e => e.Outputs).Where(o => IsSharedName(o.Key)))
            links.TryAdd(name, hash);
        return links;
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
                if (entry.Fonts.Count > 0)
                {
                    writer.WriteStartArray("fonts");
                    foreach (var font in entry.Fonts)
                        WriteFont(writer, font);
                    writer.WriteEndArray();
                }

                if (entry.Figures.Count > 0)
                {
                    writer.WriteStartObject("figures");
                    foreach (var (name, hash) in entry.Figures.OrderBy(f => f.Key, StringComparer.Ordinal))
                        writer.WriteString(name, hash);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        stream.Write("\n"u8);
        return stream.ToArray();
    }

    private static void WriteFont(Utf8JsonWriter writer, Pdf.Fonts.FontUse font)
    {
        writer.WriteStartObject();
        writer.WriteString("family", font.Family);
        writer.WriteNumber("weight", font.Weight);
        writer.WriteBoolean("italic", font.Italic);
        writer.WriteString("origin", OriginName(font.Origin));
        if (font.File is not null)
            writer.WriteString("file", font.File);
        if (font.Sha256 is not null)
            writer.WriteString("sha256", font.Sha256);
        writer.WriteEndObject();
    }

    private static string OriginName(Pdf.Fonts.FontOrigin origin) => origin switch
    {
        Pdf.Fonts.FontOrigin.FontsFolder => "fonts-folder",
        Pdf.Fonts.FontOrigin.System => "system",
        _ => "bundled",
    };

    /// <summary>A face as <see cref="WriteFont"/> writes it; null when it is not one.</summary>
    private static Pdf.Fonts.FontUse? ReadFont(JsonElement font)
    {
        if (font.ValueKind != JsonValueKind.Object
            || !font.TryGetProperty("family", out var family) || family.ValueKind != JsonValueKind.String
            || !font.TryGetProperty("weight", out var weight) || weight.ValueKind != JsonValueKind.Number || !weight.TryGetInt32(out var weightValue)
            || !font.TryGetProperty("italic", out var italic) || italic.ValueKind is not (JsonValueKind.True or JsonValueKind.False)
            || !font.TryGetProperty("origin", out var origin) || origin.ValueKind != JsonValueKind.String)
            return null;
        Pdf.Fonts.FontOrigin? kind = origin.GetString() switch
        {
            "bundled" => Pdf.Fonts.FontOrigin.Bundled,
            "fonts-folder" => Pdf.Fonts.FontOrigin.FontsFolder,
            "system" => Pdf.Fonts.FontOrigin.System,
            _ => null,
        };
        string? Text(string name) => font.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
        if (kind is null || (font.TryGetProperty("file", out var file) && file.ValueKind != JsonValueKind.String)
            || (font.TryGetProperty("sha256", out var hash) && (hash.ValueKind != JsonValueKind.String || hash.GetString() is not { Length: 64 } h || !h.All(char.IsAsciiHexDigitLower))))
            return null;
        return new Pdf.Fonts.FontUse(family.GetString()!, weightValue, italic.GetBoolean(), kind.Value, Text("file"), Text("sha256"));
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
        if (facts.NumberedFields is { } fields)
        {
            writer.WriteStartArray("numberedFields");
            foreach (var field in fields)
            {
                writer.WriteStartObject();
                writer.WriteString("name", field.Name);
                writer.WriteNumber("paragraphs", field.Count);
                WriteSpan(writer, "at", field.Span);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

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
        RequiredString(facts, "symbol"),
        RequiredString(facts, "language"),
        facts.TryGetProperty("originalLanguage", out var original) ? original.GetString() : null,
        facts.GetProperty("agenda").GetInt32(),
        ReadSpan(facts.GetProperty("agendaAt")),
        facts.GetProperty("positions").GetInt32(),
        ReadSpan(facts.GetProperty("positionsAt")),
        [.. facts.GetProperty("versions").EnumerateArray().Select(v => v.GetString() ?? throw new FormatException("a version is null"))],
        DateOnly.ParseExact(RequiredString(facts, "currentDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        ReadSpan(facts.GetProperty("currentVersionAt")))
    {
        // Absent in manifests of briefings without numbered paragraphs, and of earlier briefc versions.
        NumberedFields = facts.TryGetProperty("numberedFields", out var fields)
            ? [.. fields.EnumerateArray().Select(f => new NumberedField(RequiredString(f, "name"), f.GetProperty("paragraphs").GetInt32(), ReadSpan(f.GetProperty("at"))))]
            : null,
    };

    private static string RequiredString(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new FormatException($"\"{name}\" is null");

    private static SourceSpan ReadSpan(JsonElement span) =>
        new("", span[0].GetInt32(), span[1].GetInt32(), span[2].GetInt32(), span[3].GetInt32());
}

/// <param name="Source">The source, relative to the output folder and '/'-separated (no machine paths).</param>
/// <param name="Inputs">The fingerprint of the inputs the outputs were built from.</param>
/// <param name="Outputs">Output file name → SHA-256 of its bytes as written.</param>
/// <param name="Translation">What language versions are compared on, for a briefing with a symbol: an incremental
/// build compares the briefings it rebuilds with these, without loading the others again.</param>
public sealed record ManifestEntry(string Source, string Inputs, IReadOnlyDictionary<string, string> Outputs, TranslationFacts? Translation = null)
{
    /// <summary>
    /// The images the briefing's Markdown showed, by the name it gives them (relative to the briefing's folder), with
    /// the SHA-256 of the bytes they were built from: inputs that are not in the source's text, so a changed image
    /// makes the briefing stale although its source is not.
    /// </summary>
    public IReadOnlyDictionary<string, string> Figures { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The faces the briefing's PDFs are set in, ordered: bundled ones by name, faces from a <c>--fonts</c> folder or the
    /// system's fonts with their file and its SHA-256 — what a reader needs to tell which fonts went into the PDFs (with
    /// <c>--system-fonts</c>, the fonts of the machine that built them). A record, not an input: the fingerprint covers
    /// the font folders themselves.
    /// </summary>
    public IReadOnlyList<Pdf.Fonts.FontUse> Fonts { get; init; } = [];

    /// <summary>The briefing's own outputs, without the shared files it links to.</summary>
    public IEnumerable<string> OwnOutputs => Outputs.Keys.Where(name => !BuildManifest.IsSharedName(name));
}
