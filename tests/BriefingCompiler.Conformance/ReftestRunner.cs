using System.Collections.Concurrent;
using BriefingCompiler.Pdf;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Conformance;

/// <summary>
/// Runs reftests: renders a test and its references as the suite assumes a browser does — an 800 × 600 px page
/// (600 × 450 pt) with no margin, at 96 dpi, Ahem installed — and compares the pixels in memory. A test passes when
/// it matches at least one of its <c>rel="match"</c> references (if it has any) within its tolerance and differs
/// from every <c>rel="mismatch"</c> reference beyond it; a reference that has references of its own must satisfy
/// them too (a chain, followed to <see cref="MaximumChainDepth"/>). Every page is compared, and the page counts must
/// agree. Each test runs on its own thread, with a large stack, and is given up after the timeout: a hanging or
/// crashing render is that test's failure (the exception's type recorded), never the run's end. Thread-safe: one
/// runner serves all workers (the font catalog is shared, each render has its own renderer state).
/// </summary>
public sealed class ReftestRunner
{
    public const float PageWidthPoints = 600, PageHeightPoints = 450, Dpi = 96;
    public const int MaximumChainDepth = 4;

    /// <summary>Deep documents recurse deeply in layout: a stack overflow would end the process, not the test.</summary>
    private const int StackBytes = 256 * 1024 * 1024;

    private static readonly PdfRenderOptions Options = new()
    {
        PageSize = new PageSize(PageWidthPoints, PageHeightPoints),
        PageMargin = 0,
        PreviewDpi = Dpi,
    };

    private readonly string suiteRoot;
    private readonly PdfRenderer? renderer;
    private readonly Func<string, IReadOnlyList<PageRaster>> render;
    private readonly TimeSpan timeout;
    private readonly ConcurrentDictionary<string, Lazy<Rendering>> shared = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> usesLeft;

    /// <param name="tests">The tests that will be run: references used by more than one are rendered once and kept
    /// (run-length encoded) until their last test has used them.</param>
    public ReftestRunner(string suiteRoot, FontCatalog fonts, TimeSpan timeout, IEnumerable<Reftest> tests)
        : this(suiteRoot, timeout, tests)
    {
        renderer = new PdfRenderer(fonts);
    }

    /// <summary>A runner whose pages another engine renders (<see cref="PeerRenderer.RenderPages"/>): judged by the same
    /// rules, references shared the same way.</summary>
    /// <param name="render">A suite-relative page to its rendered pages; an exception fails the test.</param>
    public ReftestRunner(string suiteRoot, Func<string, IReadOnlyList<PageRaster>> render, TimeSpan timeout, IEnumerable<Reftest> tests)
        : this(suiteRoot, timeout, tests)
    {
        this.render = render;
    }

    private ReftestRunner(string suiteRoot, TimeSpan timeout, IEnumerable<Reftest> tests)
    {
        this.suiteRoot = Path.GetFullPath(suiteRoot);
        render = RenderPages;
        this.timeout = timeout;
        usesLeft = new ConcurrentDictionary<string, int>(
            tests.Where(t => t.SkipReason is null).SelectMany(t => t.References.Select(r => r.Path)).GroupBy(p => p, StringComparer.Ordinal)
                .Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>A catalog with the suite's Ahem font (<c>fonts/ahem/ahem.ttf</c>) added to the bundled fonts, by family name.</summary>
    public static FontCatalog CreateFonts(string suiteRoot) => new([AhemFolder(suiteRoot)]);

    /// <summary>The suite's folder of the Ahem font, which the harness adds to the fonts of every engine it runs.</summary>
    public static string AhemFolder(string suiteRoot) => Path.Combine(suiteRoot, "fonts", "ahem");

    public ReftestResult Run(Reftest test)
    {
        if (test.SkipReason is { } reason)
            return new ReftestResult(test.Path, test.Folder, ReftestStatus.Skipped, reason, test.SkipNote ?? "");
        ReftestResult? result = null;
        var thread = new Thread(() => result = Evaluate(test), StackBytes) { IsBackground = true, Name = "reftest " + test.Path };
        thread.Start();
        if (!thread.Join(timeout))
        {
            // The thread cannot be stopped; it is left to finish (or not) in the background.
            return new ReftestResult(test.Path, test.Folder, ReftestStatus.Failed, $"timeout: not done after {timeout.TotalSeconds:0} s");
        }

        return result!;
    }

    private ReftestResult Evaluate(Reftest test)
    {
        try
        {
            var pages = render(test.Path);
            var (passed, detail) = Satisfies(pages, test.References, test.Tolerance, depth: 0, [test.Path]);
            return new ReftestResult(test.Path, test.Folder, passed ? ReftestStatus.Passed : ReftestStatus.Failed, detail);
        }
        catch (Exception exception)
        {
            return new ReftestResult(test.Path, test.Folder, ReftestStatus.Failed, Describe(exception).Replace(suiteRoot + Path.DirectorySeparatorChar, "", StringComparison.Ordinal));
        }
        finally
        {
            foreach (var reference in test.References)
                Release(reference.Path);
        }
    }

    /// <summary>Whether pages satisfy their references: one match (when there are any) and every mismatch.</summary>
    private (bool Passed, string Detail) Satisfies(IReadOnlyList<PageRaster> pages, IReadOnlyList<ReftestReference> references, FuzzyTolerance tolerance, int depth, HashSet<string> chain)
    {
        var failures = new List<string>();
        var matched = false;
        foreach (var reference in references.Where(r => r.Kind == ReferenceKind.Match))
        {
            var comparison = PageComparison.Of(pages, Reference(reference.Path));
            if (!comparison.Matches(tolerance))
            {
                failures.Add($"{reference.Path}: {comparison}");
                continue;
            }

            var (chainPassed, chainDetail) = Chain(reference.Path, tolerance, depth, chain);
            if (chainPassed)
            {
                matched = true;
                break;
            }

            failures.Add(chainDetail);
        }

        if (!matched && references.Any(r => r.Kind == ReferenceKind.Match))
            return (false, "differs from " + string.Join("; ", failures));
        foreach (var reference in references.Where(r => r.Kind == ReferenceKind.Mismatch))
        {
            var comparison = PageComparison.Of(pages, Reference(reference.Path));
            if (comparison.Matches(tolerance))
                return (false, $"matches the mismatch reference {reference.Path} ({comparison})");
        }

        return (true, "");
    }

    /// <summary>A reference's own references, which its pages (equal to the test's, within tolerance) must satisfy too.</summary>
    private (bool Passed, string Detail) Chain(string referencePath, FuzzyTolerance tolerance, int depth, HashSet<string> chain)
    {
        var references = ReftestCatalog.Read(new AngleSharp.Html.Parser.HtmlParser(), suiteRoot, Path.Combine(suiteRoot, referencePath)).References
            .Where(r => !chain.Contains(r.Path)).ToList();
        if (references.Count == 0)
            return (true, "");
        if (depth + 1 >= MaximumChainDepth)
            return (false, $"{referencePath}: reference chain deeper than {MaximumChainDepth}");
        var (passed, detail) = Satisfies(Reference(referencePath), references, tolerance, depth + 1, [.. chain, referencePath]);
        return (passed, passed ? "" : $"{referencePath} (chained) {detail}");
    }

    private IReadOnlyList<PageRaster> Reference(string path)
    {
        if (!usesLeft.ContainsKey(path))
            return render(path);
        return shared.GetOrAdd(path, p => new Lazy<Rendering>(() => Rendering.Of(render(p)))).Value.Pages();
    }

    private void Release(string path)
    {
        if (usesLeft.ContainsKey(path) && usesLeft.AddOrUpdate(path, 0, (_, n) => n - 1) <= 0)
            shared.TryRemove(path, out _);
    }

    /// <summary>A page of the suite rendered to pixels: loaded as the render command loads it (XHTML as XML, local style sheets).</summary>
    public IReadOnlyList<PageRaster> RenderPages(string relativePath)
    {
        if (renderer is null)
            throw new InvalidOperationException("this runner renders with a peer, not our engine");
        var path = Path.Combine(suiteRoot, relativePath);
        var loaded = HtmlFileLoader.Load(path);
        if (loaded.Html is null)
        {
            var problem = loaded.Problems.First(p => p.Severity == PdfMessageSeverity.Error);
            throw new InvalidDataException($"{relativePath}({problem.Line},{problem.Column}): {problem.Code}: {problem.Message}");
        }

        // Images resolve against the page's own folder, as `briefc render` resolves them, confined to the suite (not
        // to that folder: the suite's pages share images in support/ folders beside theirs).
        return renderer.RenderRaster(loaded.Html, Options with { ResourceFolder = suiteRoot, ResourceBase = Path.GetDirectoryName(path) }).Pages;
    }

    private static string Describe(Exception exception)
    {
        var inner = exception is AggregateException { InnerException: { } first } ? first : exception;
        var message = inner.Message.ReplaceLineEndings(" ");
        return $"exception {inner.GetType().Name}: {(message.Length > 200 ? message[..200] + "…" : message)}";
    }

    /// <summary>Pages kept run-length encoded: a reference page is mostly one colour, and hundreds may be alive at once.</summary>
    private sealed record Rendering(IReadOnlyList<(int Width, int Height, uint[] Runs)> Encoded)
    {
        public static Rendering Of(IReadOnlyList<PageRaster> pages) => new([.. pages.Select(p => (p.Width, p.Height, Encode(p.Rgba)))]);

        public IReadOnlyList<PageRaster> Pages() => [.. Encoded.Select(e => new PageRaster(e.Width, e.Height, Decode(e.Runs, e.Width * e.Height)))];

        /// <summary>Pairs of (pixel, repeat count).</summary>
        private static uint[] Encode(byte[] rgba)
        {
            var pixels = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(rgba);
            var runs = new List<uint>();
            for (var i = 0; i < pixels.Length;)
            {
                var start = i;
                while (i < pixels.Length && pixels[i] == pixels[start])
                    i++;
                runs.Add(pixels[start]);
                runs.Add((uint)(i - start));
            }

            return [.. runs];
        }

        private static byte[] Decode(uint[] runs, int pixelCount)
        {
            var rgba = new byte[pixelCount * PageRaster.BytesPerPixel];
            var pixels = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(rgba.AsSpan());
            var at = 0;
            for (var i = 0; i < runs.Length; i += 2)
            {
                pixels.Slice(at, (int)runs[i + 1]).Fill(runs[i]);
                at += (int)runs[i + 1];
            }

            return rgba;
        }
    }
}
