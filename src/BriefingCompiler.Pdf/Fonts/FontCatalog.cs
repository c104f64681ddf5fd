using HarfBuzzSharp;
using BriefingCompiler.Pdf.Resources;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Fonts;

/// <summary>
/// Every face a build may use: the bundled Noto faces plus the TrueType fonts found in the given folders.
/// Families are matched by CSS <c>font-family</c> name (case-insensitive; the generic names map to the bundled
/// families), weights by the CSS nearest-weight rule, italic falls back to upright. Font files are read only
/// when a document first needs a glyph from them. One catalog can serve many documents at once: its state is
/// fixed at construction apart from thread-safe lazy loading. Dispose it after the last document is written.
/// </summary>
public sealed class FontCatalog : IDisposable
{
    private static readonly string[] GenericFamilies =
        ["sans-serif", "serif", "system-ui", "ui-sans-serif", "ui-serif", "monospace", "ui-monospace", "cursive", "fantasy", "ui-rounded", "math", "emoji", "fangsong"];

    private readonly IReadOnlyList<FontSource> bundled;
    private readonly Lazy<FolderScan> userFonts;

    /// <param name="fontFolders">Folders searched (recursively) for .ttf/.otf files with TrueType outlines;
    /// their families take precedence over bundled families of the same name.</param>
    public FontCatalog(IEnumerable<string>? fontFolders = null)
    {
        bundled = BundledFonts.CreateSources().ToList();
        var folders = (fontFolders ?? []).ToList();
        userFonts = new Lazy<FolderScan>(() => FolderScan.Run(folders), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Font files in the folders that could not be used (for example CFF outlines, which the PDF backend
    /// would turn into Type 3 fonts) and folders that do not exist, with the reason. Scans the folders if not
    /// done yet.</summary>
    public IReadOnlyList<(string Path, string Reason)> RejectedFiles => userFonts.Value.Rejected;

    /// <summary>Family names known to the catalog (bundled and user), for messages.</summary>
    public IReadOnlyList<string> FamilyNames =>
        userFonts.Value.Sources.Concat(bundled).Select(s => s.Family).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Faces whose file has been read so far (for tests and diagnostics of memory use).</summary>
    internal IEnumerable<FontSource> LoadedFaces =>
        bundled.Concat(userFonts.IsValueCreated ? userFonts.Value.Sources : []).Where(s => s.IsLoaded);

    /// <summary>The face of <paramref name="family"/> that CSS font matching picks for the weight and style, or
    /// null when no face of that family exists.</summary>
    internal FontSource? Match(string family, int weight, bool italic)
    {
        var name = NormalizeFamily(family);
        var candidates = userFonts.Value.Sources.Where(s => string.Equals(s.Family, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (candidates.Count == 0)
            candidates = bundled.Where(s => string.Equals(s.Family, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (candidates.Count == 0) return null;

        // CSS Fonts 4 §5.2: italic wants italic faces first, then upright ones; upright wants upright first.
        var sameStyle = candidates.Where(s => s.Italic == italic).ToList();
        var pool = sameStyle.Count > 0 ? sameStyle : candidates;
        return NearestWeight(pool, weight);
    }

    /// <summary>The bundled faces to try, in order, for a character no requested family has: the family for its
    /// script first, then the other bundled families.</summary>
    internal IEnumerable<FontSource> Fallbacks(int codePoint, int weight, bool italic)
    {
        var first = ScriptFallbackFamily(codePoint);
        foreach (var family in new[] { first, BundledFonts.Sans, BundledFonts.SimplifiedChinese, BundledFonts.Arabic }.Distinct())
        {
            var source = Match(family, weight, italic);
            if (source is not null) yield return source;
        }
    }

    /// <summary>Generic CSS families resolve to the bundled sans-serif; quotes around names are dropped.</summary>
    internal static string NormalizeFamily(string family)
    {
        var name = family.Trim().Trim('"', '\'').Trim();
        return GenericFamilies.Contains(name, StringComparer.OrdinalIgnoreCase) ? BundledFonts.Sans : name;
    }

    internal static string ScriptFallbackFamily(int codePoint)
    {
        var script = UnicodeFunctions.Default.GetScript(codePoint);
        if (script == Script.Arabic || script == Script.Syriac) return BundledFonts.Arabic;
        if (script == Script.Han || script == Script.Hiragana || script == Script.Katakana || script == Script.Bopomofo
            || IsCjkCommon(codePoint))
            return BundledFonts.SimplifiedChinese;
        return BundledFonts.Sans;
    }

    /// <summary>CJK symbols and punctuation, fullwidth forms, CJK compatibility forms and enclosed CJK: script
    /// Common, but only the CJK face draws them with the right (full-width) design.</summary>
    private static bool IsCjkCommon(int c) =>
        c is >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFFEF or >= 0xFE30 and <= 0xFE4F or >= 0x3200 and <= 0x33FF
            or >= 0x2E80 and <= 0x2FDF;

    /// <summary>CSS Fonts 4 §5.2 step 4 (font-weight): between 400 and 500 try up to 500, then down, then up;
    /// below 400 down then up; above 500 up then down.</summary>
    internal static FontSource NearestWeight(IReadOnlyList<FontSource> pool, int desired)
    {
        var exact = pool.FirstOrDefault(s => s.Weight == desired);
        if (exact is not null) return exact;
        IEnumerable<FontSource> Below() => pool.Where(s => s.Weight < desired).OrderByDescending(s => s.Weight);
        IEnumerable<FontSource> Above() => pool.Where(s => s.Weight > desired).OrderBy(s => s.Weight);
        if (desired is >= 400 and <= 500)
        {
            var upTo500 = pool.Where(s => s.Weight > desired && s.Weight <= 500).OrderBy(s => s.Weight);
            return upTo500.Concat(Below()).Concat(Above()).First();
        }

        return desired < 400 ? Below().Concat(Above()).First() : Above().Concat(Below()).First();
    }

    public void Dispose()
    {
        foreach (var source in bundled) source.Dispose();
        if (userFonts.IsValueCreated)
            foreach (var source in userFonts.Value.Sources) source.Dispose();
    }

    private sealed record FolderScan(IReadOnlyList<FontSource> Sources, IReadOnlyList<(string Path, string Reason)> Rejected)
    {
        public static FolderScan Run(IReadOnlyList<string> folders)
        {
            var sources = new List<FontSource>();
            var rejected = new List<(string, string)>();
            // Sorted, so the same folders always give the same catalog whatever the file system's order.
            rejected.AddRange(folders.Where(f => !Directory.Exists(f)).Select(f => (f, "folder not found")));
            var files = folders.Where(Directory.Exists)
                .SelectMany(f =>
                {
                    var confined = new ConfinedFolder(f);
                    return Directory.EnumerateFiles(f, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                        .Select(file => (Folder: confined, File: file));
                })
                .Where(f => f.File.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.File.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => f.File, StringComparer.Ordinal);
            foreach (var (folder, listed) in files)
            {
                // Fonts load only from their folder: a link out of it (or a pipe, a dangling link) is not read.
                if (folder.ResolveFull(listed, out var problem) is not { } file)
                {
                    rejected.Add((listed, problem));
                    continue;
                }

                var reason = CheckTrueType(file);
                if (reason is not null)
                {
                    rejected.Add((file, reason));
                    continue;
                }

                using var typeface = SKTypeface.FromFile(file);
                if (typeface is null)
                {
                    rejected.Add((file, "not a font Skia can read"));
                    continue;
                }

                var path = file;
                sources.Add(new FontSource(typeface.FamilyName, typeface.FontStyle.Weight, typeface.FontStyle.Slant != SKFontStyleSlant.Upright,
                    Path.GetFileName(file), () => Blob.FromFile(path)));
            }

            return new FolderScan(sources, rejected);
        }

        private static string? CheckTrueType(string file)
        {
            Span<byte> tag = stackalloc byte[4];
            using var stream = File.OpenRead(file);
            if (stream.Read(tag) < 4) return "file too short to be a font";
            if (tag.SequenceEqual("OTTO"u8)) return "CFF (PostScript) outlines; only TrueType outlines embed as real fonts in PDF";
            if (tag.SequenceEqual(new byte[] { 0, 1, 0, 0 }) || tag.SequenceEqual("true"u8)) return null;
            return "not a TrueType font file";
        }
    }
}
