using BriefingCompiler.Pdf.Resources;
using HarfBuzzSharp;

namespace BriefingCompiler.Pdf.Fonts;

/// <summary>
/// Every face a build may use: the bundled Noto faces plus the TrueType fonts found in the given folders and, when
/// asked (<c>--system-fonts</c>), in the system's font folders (<see cref="SystemFontFolders"/>).
/// Families are matched by CSS <c>font-family</c> name (case-insensitive; the generic names map to the bundled
/// families), weights by the CSS nearest-weight rule, italic falls back to upright. A bundled face is read only
/// when a document first needs a glyph from it; the user folders are listed and each font checked
/// (<see cref="UserFontValidator"/>) when the catalog is first asked for a face, and a checked face read again when a
/// document first needs it. For a family name, faces of the given folders come first, then the bundled ones, then the
/// system's (<see cref="FontOrigin"/>): system fonts add families, never replace one briefc bundles, so a build that
/// names only bundled families gives the same bytes with or without them. One catalog can serve many documents at once: its state is
/// fixed at construction apart from thread-safe lazy loading. Dispose it after the last document is written.
/// </summary>
public sealed class FontCatalog : IDisposable
{
    /// <summary>The reason <see cref="RejectedFiles"/> gives for a font folder that does not exist.</summary>
    public const string FolderNotFound = "folder not found";

    private readonly IReadOnlyList<FontSource> bundled;
    // Matching runs for every character a document's styles have not met yet: a lookup instead of a scan of all faces.
    private readonly ILookup<string, FontSource> bundledByFamily;
    private readonly Lazy<FolderScan> userFonts;
    private readonly Lazy<FolderScan> systemFonts;

    /// <summary>The files a font folder is searched for. Only TrueType-outline faces are used; the others are listed so
    /// that a CFF .otf, a collection or a web font is reported as rejected rather than passed over in silence.</summary>
    public static IReadOnlyList<string> FontFileExtensions { get; } = [".ttf", ".otf", ".ttc", ".otc", ".woff", ".woff2"];

    /// <param name="fontFolders">Folders searched (recursively) for font files (<see cref="FontFileExtensions"/>); those
    /// with TrueType outlines that pass <see cref="UserFontValidator"/> are used, and their families take precedence
    /// over bundled families of the same name.</param>
    /// <param name="foldersShownAs">The same folders as messages name them (for example as the user typed them);
    /// null: as given.</param>
    /// <param name="systemFontFolders">The system's font folders (<see cref="SystemFontFolders.Find"/>), scanned and
    /// checked as the others; their families come after the bundled ones, folders that do not exist are passed over and
    /// files that cannot be used are listed in <see cref="RejectedSystemFiles"/>, not reported to every build. Null or
    /// empty: no system fonts.</param>
    public FontCatalog(IEnumerable<string>? fontFolders = null, IEnumerable<string>? foldersShownAs = null, IEnumerable<string>? systemFontFolders = null)
    {
        bundled = BundledFonts.CreateSources().ToList();
        bundledByFamily = bundled.ToLookup(s => s.Family, StringComparer.OrdinalIgnoreCase);
        var folders = (fontFolders ?? []).ToList();
        var shownAs = foldersShownAs?.ToList() ?? folders;
        if (shownAs.Count != folders.Count)
            throw new ArgumentException("one name to show per font folder", nameof(foldersShownAs));
        userFonts = new Lazy<FolderScan>(() => FolderScan.Run(folders, shownAs, FontOrigin.FontsFolder), LazyThreadSafetyMode.ExecutionAndPublication);
        var system = (systemFontFolders ?? []).Where(Directory.Exists).ToList();
        systemFonts = new Lazy<FolderScan>(() => FolderScan.Run(system, system, FontOrigin.System), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Font files in the system's folders that cannot be used, with the reason (as <see cref="RejectedFiles"/>
    /// gives them for the given folders). Scans the system folders if not done yet.</summary>
    public IReadOnlyList<(string Path, string Reason)> RejectedSystemFiles => systemFonts.Value.Rejected;

    /// <summary>Font files in the folders that cannot be used, and folders that do not exist, with the reason: CFF
    /// outlines (the PDF backend would turn them into Type 3 fonts), collections, web fonts, files over
    /// <see cref="UserFontValidator.MaxBytes"/>, damaged fonts (<see cref="UserFontValidator"/>), links out of the folder,
    /// pipes. Paths as <c>foldersShownAs</c> names the folders. Scans the folders if not done yet.</summary>
    public IReadOnlyList<(string Path, string Reason)> RejectedFiles => userFonts.Value.Rejected;

    /// <summary>Family names known to the catalog (bundled and user), for messages.</summary>
    public IReadOnlyList<string> FamilyNames =>
        userFonts.Value.Sources.Concat(bundled).Concat(systemFonts.Value.Sources).Select(s => s.Family).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Every face a build can use in the order they take precedence — user faces, the bundled ones, system faces
    /// — each with the scripts it draws: for a bundled face the scripts it is bundled for, for a face from a file those of
    /// which its cmap maps at least <see cref="MinimumLettersOfScript"/> characters (this reads those fonts).</summary>
    public IReadOnlyList<FontDescription> Describe() =>
    [
        .. userFonts.Value.Sources.Select(s => new FontDescription(s.Family, s.Weight, s.Italic, ScriptsOf(s.Face), s.File)),
        .. BundledFonts.Faces.Select(f => new FontDescription(f.Family, f.Weight, f.Italic, f.Scripts.Split(' '), null)),
        .. systemFonts.Value.Sources.Select(s => new FontDescription(s.Family, s.Weight, s.Italic, ScriptsOf(s.Face), s.File) { Origin = FontOrigin.System }),
    ];

    /// <summary>How many characters of a script a user face must map to be listed as drawing it.</summary>
    public const int MinimumLettersOfScript = 10;

    private static IReadOnlyList<string> ScriptsOf(Face face) =>
        NominalGlyphMapping.Of(face)
            .Select(m => UnicodeFunctions.Default.GetScript(m.CodePoint))
            .Where(s => s != Script.Common && s != Script.Inherited && s != Script.Unknown)
            .GroupBy(s => s.ToString())
            .Where(g => g.Count() >= MinimumLettersOfScript)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The default font: the initial value of <c>font-family</c>, which text whose families all match
    /// nothing is set in.</summary>
    public const string DefaultFamily = "serif";

    /// <summary>Whether a CSS <c>font-family</c> name matches a face: a user or bundled family, or a generic family.</summary>
    public bool HasFamily(string family) => Match(family, 400, false) is not null;

    /// <summary>The x-height per em of the first family of <paramref name="families"/> that has a face (else of the default
    /// font, Noto Sans), at the weight and style: what an <c>ex</c> is (CSS 2.1 §4.3.2).</summary>
    public float XHeightPerEm(IReadOnlyList<string> families, int weight, bool italic)
    {
        var face = families.Select(f => Match(f, weight, italic)).FirstOrDefault(s => s is not null) ?? Match(BundledFonts.Sans, weight, italic);
        return face?.XHeightPerEm ?? 0.5f;
    }

    /// <summary>Faces whose file has been read so far (for tests and diagnostics of memory use).</summary>
    internal IEnumerable<FontSource> LoadedFaces =>
        bundled.Concat(userFonts.IsValueCreated ? userFonts.Value.Sources : []).Concat(systemFonts.IsValueCreated ? systemFonts.Value.Sources : [])
            .Where(s => s.IsLoaded);

    /// <summary>The face of <paramref name="family"/> that CSS font matching picks for the weight and style, or
    /// null when no face of that family exists; user faces in <paramref name="excluded"/> (which failed in this
    /// document) count as absent.</summary>
    internal FontSource? Match(string family, int weight, bool italic, IReadOnlySet<FontSource>? excluded = null)
    {
        var name = NormalizeFamily(family);
        var candidates = userFonts.Value.Sources
            .Where(s => string.Equals(s.Family, name, StringComparison.OrdinalIgnoreCase) && excluded?.Contains(s) != true).ToList();
        if (candidates.Count == 0)
            candidates = bundledByFamily[BundledAliases.GetValueOrDefault(name, name)].ToList();
        if (candidates.Count == 0)
        {
            candidates = systemFonts.Value.Sources
                .Where(s => string.Equals(s.Family, name, StringComparison.OrdinalIgnoreCase) && excluded?.Contains(s) != true).ToList();
        }

        if (candidates.Count == 0) return null;

        // CSS Fonts 4 §5.2: italic wants italic faces first, then upright ones; upright wants upright first.
        var sameStyle = candidates.Where(s => s.Italic == italic).ToList();
        var pool = sameStyle.Count > 0 ? sameStyle : candidates;
        return NearestWeight(pool, weight);
    }

    /// <summary>The bundled faces to try, in order, for a character no requested family has: the families for its
    /// script (for Han, the one of the text's <paramref name="language"/>), then the default font (Tinos), Noto Sans, the symbol, maths and emoji
    /// faces, and the other bundled families. <paramref name="emojiPresentation"/> (the character has emoji presentation,
    /// or asks for it with U+FE0F) puts Noto Emoji first; <paramref name="serif"/> (the text is set in a serif font,
    /// <see cref="IsSerifFamily"/>) puts the serif CJK face of the language before the sans-serif one.</summary>
    internal IEnumerable<FontSource> Fallbacks(int codePoint, int weight, bool italic, string? language = null,
        bool emojiPresentation = false, IReadOnlySet<FontSource>? excluded = null, bool serif = false)
    {
        var scriptFamilies = ScriptFallbackFamilies(codePoint, language, serif);
        IEnumerable<string> order = emojiPresentation ? [BundledFonts.Emoji, .. scriptFamilies] : scriptFamilies;
        // After the script's family, the default font, as browsers append it to every font list: a character the
        // listed families lack looks as it does where no listed family exists at all.
        foreach (var family in order.Append(NormalizeFamily(DefaultFamily)).Concat(GeneralFallbacks).Distinct())
        {
            var source = Match(family, weight, italic, excluded);
            if (source is not null) yield return source;
        }
    }

    /// <summary>After the script's own family: the faces most symbols and punctuation are in, then the CJK faces
    /// (full-width forms, CJK symbols) and the rest. A face is read only when it is asked for a glyph, so the order
    /// also decides what a document loads.</summary>
    private static readonly string[] GeneralFallbacks =
    [
        BundledFonts.Sans, BundledFonts.Symbols2, BundledFonts.Symbols, BundledFonts.Math, BundledFonts.Emoji,
        BundledFonts.SimplifiedChinese, BundledFonts.Japanese, BundledFonts.Korean, BundledFonts.TraditionalChinese,
        BundledFonts.Arabic,
    ];

    /// <summary>Generic CSS families resolve to bundled families (serif to Tinos, monospace to Noto Sans Mono, emoji to
    /// Noto Emoji, math to Noto Sans Math, the rest to Noto Sans); quotes around names are dropped. <c>serif</c> is the
    /// initial value and the user-agent sheet's body font, as in browsers, so a document that names no font is set in
    /// Tinos, with the line metrics of Times that browsers (and the CSS test suites' references) have.</summary>
    internal static string NormalizeFamily(string family)
    {
        var name = family.Trim().Trim('"', '\'').Trim();
        return name.ToLowerInvariant() switch
        {
            "serif" or "ui-serif" or "fangsong" => BundledFonts.TimesCompatibleSerif,
            "sans-serif" or "system-ui" or "ui-sans-serif" or "cursive" or "fantasy" or "ui-rounded" => BundledFonts.Sans,
            "monospace" or "ui-monospace" => BundledFonts.Mono,
            "emoji" => BundledFonts.Emoji,
            "math" => BundledFonts.Math,
            _ => name,
        };
    }

    /// <summary>Family names the bundled set answers with a metric-compatible face when no user font has them, as
    /// Chromium's fontconfig does on Linux: documents that name Times keep their line breaks and line heights. A font
    /// folder's face of that name still comes first; the system's come after (they never replace a bundled family).</summary>
    private static readonly Dictionary<string, string> BundledAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Times New Roman"] = BundledFonts.TimesCompatibleSerif,
        ["Times"] = BundledFonts.TimesCompatibleSerif,
        ["Liberation Serif"] = BundledFonts.TimesCompatibleSerif,
    };

    /// <summary>The bundled families made for the character's script, best first; empty for characters of no
    /// script with a family of its own (Latin, Greek, Cyrillic, symbols: <see cref="GeneralFallbacks"/> has them).</summary>
    internal static IReadOnlyList<string> ScriptFallbackFamilies(int codePoint, string? language, bool serif = false)
    {
        var script = UnicodeFunctions.Default.GetScript(codePoint);
        if (script == Script.Han || script == Script.Bopomofo || IsCjkCommon(codePoint))
            return InStyle(HanFamily(language), serif);
        if (script == Script.Hiragana || script == Script.Katakana) return InStyle(KanaFamily(language), serif);
        if (script == Script.Hangul) return InStyle(BundledFonts.Korean, serif);
        if (script == Script.Arabic) return [BundledFonts.Arabic];
        return ScriptFamilies.TryGetValue(script, out var family) ? [family] : [];
    }

    private static readonly Dictionary<Script, string> ScriptFamilies = new()
    {
        [Script.Hebrew] = "Noto Sans Hebrew",
        [Script.Thai] = "Noto Sans Thai",
        [Script.Lao] = "Noto Sans Lao",
        [Script.Khmer] = "Noto Sans Khmer",
        [Script.Myanmar] = "Noto Sans Myanmar",
        [Script.Armenian] = "Noto Sans Armenian",
        [Script.Georgian] = "Noto Sans Georgian",
        [Script.Ethiopic] = "Noto Sans Ethiopic",
        [Script.Devanagari] = "Noto Sans Devanagari",
        [Script.Bengali] = "Noto Sans Bengali",
        [Script.Gurmukhi] = "Noto Sans Gurmukhi",
        [Script.Gujarati] = "Noto Sans Gujarati",
        [Script.Oriya] = "Noto Sans Oriya",
        [Script.Tamil] = "Noto Sans Tamil",
        [Script.Telugu] = "Noto Sans Telugu",
        [Script.Kannada] = "Noto Sans Kannada",
        [Script.Malayalam] = "Noto Sans Malayalam",
        [Script.Sinhala] = "Noto Sans Sinhala",
        [Script.Thaana] = "Noto Sans Thaana",
        [Script.Tibetan] = "Noto Serif Tibetan",
        [Script.Tifinagh] = "Noto Sans Tifinagh",
        [Script.Mongolian] = "Noto Sans Mongolian",
        [Script.Braille] = BundledFonts.Symbols2,
    };

    /// <summary>The sans-serif CJK family, or in serif text its serif counterpart first (Hong Kong Chinese takes the
    /// Traditional Chinese serif face: no Noto Serif HK is bundled), then the sans-serif one for the rare character the
    /// serif face lacks.</summary>
    private static IReadOnlyList<string> InStyle(string sansFamily, bool serif) =>
        serif && SerifCounterparts.TryGetValue(sansFamily, out var serifFamily) ? [serifFamily, sansFamily] : [sansFamily];

    private static readonly Dictionary<string, string> SerifCounterparts = new()
    {
        [BundledFonts.SimplifiedChinese] = BundledFonts.SimplifiedChineseSerif,
        [BundledFonts.TraditionalChinese] = BundledFonts.TraditionalChineseSerif,
        [BundledFonts.HongKongChinese] = BundledFonts.TraditionalChineseSerif,
        [BundledFonts.Japanese] = BundledFonts.JapaneseSerif,
        [BundledFonts.Korean] = BundledFonts.KoreanSerif,
    };

    /// <summary>Whether text whose first available font is this family is serif text, whose CJK characters take a
    /// serif (Song/Ming/Mincho/Myeongjo) face: the generic <c>serif</c> families, a family named "... Serif" (not
    /// "Sans Serif"), and the common serif families house templates name. A font file's own classification (OS/2
    /// sFamilyClass) is left unread: many fonts leave it zero.</summary>
    internal static bool IsSerifFamily(string family)
    {
        var name = family.Trim().Trim('"', '\'').Trim();
        if (name.Contains("sans", StringComparison.OrdinalIgnoreCase)) return false;
        return name.Contains("serif", StringComparison.OrdinalIgnoreCase) || SerifFamilyNames.Contains(name);
    }

    private static readonly HashSet<string> SerifFamilyNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Tinos", "Times", "Times New Roman", "Georgia", "Cambria", "Garamond", "EB Garamond", "Palatino",
        "Palatino Linotype", "Book Antiqua", "Baskerville", "Constantia", "Charter", "Minion Pro", "SimSun", "NSimSun",
        "FangSong", "KaiTi", "STSong", "Songti SC", "Songti TC", "MingLiU", "PMingLiU", "MS Mincho", "Yu Mincho",
        "Hiragino Mincho ProN", "Batang", "Nanum Myeongjo",
    };

    /// <summary>Kana in Korean or Chinese text match the CJK face around them; anywhere else they are Japanese.</summary>
    private static string KanaFamily(string? language) =>
        HanFamily(language) is var han && (han != BundledFonts.SimplifiedChinese || IsChinese(language)) ? han : BundledFonts.Japanese;

    private static bool IsChinese(string? language) =>
        language is not null && language.Split('-', '_')[0].ToLowerInvariant() is "zh" or "yue" or "cmn" or "lzh" or "hak" or "nan" or "wuu" or "gan" or "hsn";

    /// <summary>CJK symbols and punctuation, fullwidth forms, CJK compatibility forms and enclosed CJK: script
    /// Common, but only the CJK face draws them with the right (full-width) design.</summary>
    private static bool IsCjkCommon(int c) =>
        c is >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFFEF or >= 0xFE30 and <= 0xFE4F or >= 0x3200 and <= 0x33FF
            or >= 0x2E80 and <= 0x2FDF;

    /// <summary>The CJK face whose glyph shapes the language expects (BCP 47, case-insensitive): Japanese → JP,
    /// Korean → KR, Chinese in Traditional script or of Taiwan or Macao → TC, of Hong Kong → HK, other Chinese and
    /// unknown → SC (what the bundled set always used).</summary>
    internal static string HanFamily(string? language)
    {
        if (string.IsNullOrEmpty(language)) return BundledFonts.SimplifiedChinese;
        var subtags = language.ToLowerInvariant().Split('-', '_');
        switch (subtags[0])
        {
            case "ja":
                return BundledFonts.Japanese;
            case "ko":
                return BundledFonts.Korean;
            case var _ when IsChinese(language):
                if (subtags.Contains("hans")) return BundledFonts.SimplifiedChinese;
                if (subtags.Contains("hk")) return BundledFonts.HongKongChinese;
                if (subtags.Contains("hant") || subtags.Contains("tw") || subtags.Contains("mo")) return BundledFonts.TraditionalChinese;
                // Cantonese is written in Traditional characters unless a script subtag says otherwise.
                return subtags[0] == "yue" ? BundledFonts.HongKongChinese : BundledFonts.SimplifiedChinese;
            default:
                return BundledFonts.SimplifiedChinese;
        }
    }

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
        if (systemFonts.IsValueCreated)
            foreach (var source in systemFonts.Value.Sources) source.Dispose();
    }

    private sealed record FolderScan(IReadOnlyList<FontSource> Sources, IReadOnlyList<(string Path, string Reason)> Rejected)
    {
        public static FolderScan Run(IReadOnlyList<string> folders, IReadOnlyList<string> shownAs, FontOrigin kind)
        {
            var sources = new List<FontSource>();
            var rejected = new List<(string, string)>();
            string Shown(int folder, string path) =>
                Path.Join(shownAs[folder], Path.GetRelativePath(folders[folder], path));
            rejected.AddRange(folders.Select((f, i) => (f, i)).Where(f => !Directory.Exists(f.f)).Select(f => (shownAs[f.i], FolderNotFound)));
            // Sorted, so the same folders always give the same catalog whatever the file system's order.
            var files = folders.Select((folder, index) => (Folder: folder, Index: index)).Where(f => Directory.Exists(f.Folder))
                .SelectMany(f =>
                {
                    var confined = new ConfinedFolder(f.Folder);
                    return Directory.EnumerateFiles(f.Folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                        .Select(file => (Confined: confined, f.Index, File: file));
                })
                .Where(f => FontFileExtensions.Contains(Path.GetExtension(f.File), StringComparer.OrdinalIgnoreCase))
                .OrderBy(f => f.File, StringComparer.Ordinal);
            foreach (var (folder, index, listed) in files)
            {
                var shown = Shown(index, listed);
                // Fonts load only from their folder: a link out of it (or a pipe, a dangling link) is not read.
                if (folder.ResolveFull(listed, out var problem) is not { } file)
                {
                    rejected.Add((shown, problem));
                    continue;
                }

                if (UserFontValidator.Check(file, out var reason) is not { } accepted)
                {
                    rejected.Add((shown, reason));
                    continue;
                }

                sources.Add(new FontSource(accepted.Family, accepted.Weight, accepted.Italic, Path.GetFileName(listed),
                    () => UserFontValidator.Reopen(file, accepted.Sha256))
                {
                    File = shown,
                    Kind = kind,
                    Sha256 = Convert.ToHexStringLower(accepted.Sha256),
                });
            }

            return new FolderScan(sources, rejected);
        }
    }
}
