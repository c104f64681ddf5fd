using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BriefingCompiler.Conformance;

/// <summary>
/// Finds the reftests of the suite and reads what each needs: every HTML/XHTML page outside the <c>reference/</c> and
/// <c>support/</c> folders (and the suite's <c>fonts/</c>) with a <c>&lt;link rel="match"&gt;</c> or <c>rel="mismatch"</c> is a test.
/// A test is skipped (with the reason, counted per reason) when it cannot be judged by rendering two pages to
/// pixels: it runs script, needs interaction, DOM changes, animation, scrolling, a user style sheet, HTTP headers,
/// session history, or a font other than Ahem installed; or its reference is missing; or it is listed in
/// <see cref="InvalidTestsFile"/> as wrong in this snapshot (corrected upstream since).
/// </summary>
public static class ReftestCatalog
{
    /// <summary>Flags (<c>&lt;meta name="flags"&gt;</c>) this harness cannot honour, in the order reasons are given.</summary>
    public static readonly IReadOnlyList<(string Flag, string Reason)> UnrunnableFlags =
    [
        ("script", "script"),
        ("dom", "dom"),
        ("interact", "interact"),
        ("animated", "animated"),
        ("scroll", "scroll"),
        ("userstyle", "userstyle"),
        ("http", "http"),
        ("history", "history"),
        ("font", "font"),
    ];

    public const string ScriptReason = "script";
    public const string MissingReferenceReason = "missing reference";
    public const string InvalidTestReason = "invalid test";

    private static readonly string[] PageExtensions = [".xht", ".xhtml", ".html", ".htm"];
    /// <summary>Folders of references and support files, wherever they are; the suite's own fonts/ folder is only at its root.</summary>
    private static readonly string[] NotTestFolders = ["reference", "support"];

    /// <summary>
    /// Every test under <paramref name="suiteRoot"/>, sorted by path (ordinal); only those under <paramref name="folders"/>
    /// when given. Those in <paramref name="invalid"/> are skipped with <see cref="InvalidTestReason"/>.
    /// </summary>
    public static IReadOnlyList<Reftest> Discover(string suiteRoot, IReadOnlyCollection<string>? folders = null, IReadOnlyDictionary<string, InvalidTest>? invalid = null)
    {
        var root = Path.GetFullPath(suiteRoot);
        var parser = new HtmlParser();
        var tests = new List<Reftest>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            if (!PageExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
                continue;
            var relative = Relative(root, file);
            var segments = relative.Split('/');
            if (segments[..^1].Any(s => NotTestFolders.Contains(s, StringComparer.OrdinalIgnoreCase)) || segments[0] == "fonts")
                continue;
            if (folders is { Count: > 0 } && !folders.Any(f => relative.StartsWith(f.Trim('/') + "/", StringComparison.Ordinal)))
                continue;
            if (ReadTest(parser, root, relative, invalid) is { } test)
                tests.Add(test);
        }

        tests.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return tests;
    }

    /// <summary>
    /// The test at <paramref name="relativePath"/> (suite-relative, '/'-separated), or null when the page has no
    /// references. Listed in <paramref name="invalid"/>, it is skipped with <see cref="InvalidTestReason"/> before any
    /// other reason: the test itself is wrong, whatever else it needs.
    /// </summary>
    public static Reftest? ReadTest(HtmlParser parser, string suiteRoot, string relativePath, IReadOnlyDictionary<string, InvalidTest>? invalid = null)
    {
        var root = Path.GetFullPath(suiteRoot);
        var page = Read(parser, root, Path.Combine(root, relativePath));
        if (page.References.Count == 0)
            return null;
        if (invalid is not null && invalid.TryGetValue(relativePath, out var wrong))
            return new Reftest(relativePath, FolderOf(relativePath), page.References, page.Tolerance, InvalidTestReason, wrong.Description);
        return new Reftest(relativePath, FolderOf(relativePath), page.References, page.Tolerance, SkipReason(parser, root, page));
    }

    /// <summary>The folder a test is counted under: <c>css21/CHAPTER</c> for CSS 2.1, the module (<c>css-grid-1</c>) otherwise.</summary>
    public static string FolderOf(string relativePath)
    {
        var segments = relativePath.Split('/');
        if (segments.Length <= 1)
            return ".";
        return segments[0] == "css21" && segments.Length > 2 ? segments[0] + "/" + segments[1] : segments[0];
    }

    /// <summary>A page's references, flags, fuzzy allowance and whether it has a script element.</summary>
    public static PageMetadata Read(HtmlParser parser, string suiteRoot, string file)
    {
        var document = parser.ParseDocument(File.ReadAllText(file));
        var folder = Path.GetDirectoryName(file)!;
        var references = new List<ReftestReference>();
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = Tokens(link.GetAttribute("rel"));
            var kind = rel.Contains("match") ? ReferenceKind.Match : rel.Contains("mismatch") ? ReferenceKind.Mismatch : (ReferenceKind?)null;
            if (kind is { } k)
                references.Add(new ReftestReference(k, ResolveReference(suiteRoot, folder, link.GetAttribute("href")!)));
        }

        var flags = document.QuerySelectorAll("meta[name]")
            .Where(m => string.Equals(m.GetAttribute("name"), "flags", StringComparison.OrdinalIgnoreCase))
            .SelectMany(m => Tokens(m.GetAttribute("content")))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var tolerance = FuzzyTolerance.Default;
        foreach (var meta in document.QuerySelectorAll("meta[name]").Where(m => string.Equals(m.GetAttribute("name"), "fuzzy", StringComparison.OrdinalIgnoreCase)))
        {
            // A fuzzy value limited to one reference (url:…) is applied to the test as a whole: each test here has one reference per kind.
            if (FuzzyTolerance.Parse(meta.GetAttribute("content") ?? "", out _) is { } parsed)
                tolerance = parsed;
        }

        return new PageMetadata(references, flags, tolerance, document.QuerySelector("script") is not null);
    }

    private static string? SkipReason(HtmlParser parser, string root, PageMetadata page)
    {
        if (page.HasScript)
            return ScriptReason;
        foreach (var (flag, reason) in UnrunnableFlags)
        {
            if (page.Flags.Contains(flag))
                return reason;
        }

        return ReferenceSkipReason(parser, root, page.References, depth: 0);
    }

    /// <summary>A reference (or one it chains to) that is missing or runs script makes its test unrunnable.</summary>
    private static string? ReferenceSkipReason(HtmlParser parser, string root, IReadOnlyList<ReftestReference> references, int depth)
    {
        foreach (var reference in references)
        {
            var path = Path.Combine(root, reference.Path);
            if (!File.Exists(path))
                return MissingReferenceReason;
            var page = Read(parser, root, path);
            if (page.HasScript)
                return ScriptReason;
            if (depth + 1 < ReftestRunner.MaximumChainDepth && ReferenceSkipReason(parser, root, page.References, depth + 1) is { } reason)
                return reason;
        }

        return null;
    }

    /// <summary>A reference's href made a '/'-separated path relative to the suite root (query and fragment dropped).</summary>
    public static string ResolveReference(string suiteRoot, string pageFolder, string href)
    {
        var reference = href.Trim();
        var end = reference.IndexOfAny(['?', '#']);
        if (end >= 0)
            reference = reference[..end];
        return Relative(Path.GetFullPath(suiteRoot), Path.GetFullPath(Path.Combine(pageFolder, Uri.UnescapeDataString(reference))));
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static HashSet<string> Tokens(string? text) =>
        (text ?? "").Split((char[])[' ', '\t', '\n', '\r', '\f', ','], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
