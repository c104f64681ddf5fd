using System.ComponentModel;
using System.Diagnostics;
using BriefingCompiler.Pdf.Rendering;
using SkiaSharp;

namespace BriefingCompiler.Conformance;

/// <summary>
/// Renders suite pages with a peer engine as the suite assumes a browser prints them, in the setting our engine gets:
/// the page printed to PDF on an 800 × 600 px page with no margin (<see cref="PeerCommand.PageStyle"/>), with our
/// bundled fonts and Ahem only (<see cref="PeerFontConfig"/>), then every page of the PDF rasterised at 96 dpi by
/// <c>pdftoppm</c> and read back as <see cref="PageRaster"/>s for <see cref="PageComparison"/>. Each render works in a
/// folder of its own under the work folder, deleted afterwards; each process is ended (with its children) after the
/// timeout and the render fails with a <see cref="TimeoutException"/>. Thread-safe.
/// </summary>
public sealed class PeerRenderer
{
    private readonly ReftestEngine engine;
    private readonly string suiteRoot;
    private readonly string workFolder;
    private readonly string fontConfigFile;
    private readonly string styleSheet;
    private readonly TimeSpan timeout;

    /// <param name="workFolder">Where the fonts.conf, its cache, the user style sheet and each render's files go.</param>
    public PeerRenderer(ReftestEngine engine, string suiteRoot, IEnumerable<string> fontFolders, string workFolder, TimeSpan timeout)
    {
        if (engine == ReftestEngine.Briefc)
            throw new ArgumentException("our engine is no peer: ReftestRunner renders with it directly", nameof(engine));
        this.engine = engine;
        this.suiteRoot = Path.GetFullPath(suiteRoot);
        this.workFolder = Directory.CreateDirectory(workFolder).FullName;
        this.timeout = timeout;
        fontConfigFile = Path.Combine(this.workFolder, "fonts.conf");
        File.WriteAllText(fontConfigFile, PeerFontConfig.Text(fontFolders, Path.Combine(this.workFolder, "fontconfig-cache")));
        styleSheet = Path.Combine(this.workFolder, "page.css");
        File.WriteAllText(styleSheet, PeerCommand.PageStyle);
    }

    public IReadOnlyList<PageRaster> RenderPages(string relativePath)
    {
        var page = Path.Combine(suiteRoot, relativePath);
        var folder = Directory.CreateDirectory(Path.Combine(workFolder, Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var pdf = Path.Combine(folder, "page.pdf");
            if (engine == ReftestEngine.Chromium)
            {
                var copy = Path.Combine(folder, "page" + Path.GetExtension(page));
                PageStyleInjection.Copy(page, copy, PeerCommand.PageStyle);
                Run(PeerCommand.Chromium(copy, pdf, Path.Combine(folder, "profile"), fontConfigFile), relativePath);
            }
            else
            {
                Run(PeerCommand.WeasyPrint(page, pdf, styleSheet, fontConfigFile), relativePath);
            }

            if (!File.Exists(pdf))
                throw new InvalidDataException($"{PeerCommand.Program(engine)} wrote no PDF for {relativePath}");
            Run(PeerCommand.Pdftoppm(pdf, Path.Combine(folder, "page")), relativePath);
            return [.. Directory.GetFiles(folder, "page-*.png").OrderBy(PageNumber).Select(Read)];
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A process ended at the timeout may leave a child writing its profile for a moment; the folder is
                // then left for the run's end, which deletes the whole work folder.
            }
        }
    }

    /// <summary>pdftoppm numbers pages with as many digits as the last page's number has (page-1.png, or page-01.png of 10 and more).</summary>
    private static int PageNumber(string png) => int.Parse(Path.GetFileNameWithoutExtension(png)["page-".Length..], System.Globalization.CultureInfo.InvariantCulture);

    private static PageRaster Read(string png)
    {
        using var codec = SKCodec.Create(png) ?? throw new InvalidDataException($"pdftoppm wrote an unreadable PNG, {Path.GetFileName(png)}");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = SKBitmap.Decode(codec, info) ?? throw new InvalidDataException($"pdftoppm wrote an unreadable PNG, {Path.GetFileName(png)}");
        return new PageRaster(info.Width, info.Height, bitmap.Bytes);
    }

    private void Run(ProcessStartInfo start, string relativePath)
    {
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{start.FileName} could not be started ({e.Message}); is it installed and on PATH?", e);
        }

        // Both pipes are drained while the process runs: a full pipe would stall it.
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{start.FileName} did not finish {relativePath} in {timeout.TotalSeconds:0} s");
        }

        process.WaitForExit();
        Task.WaitAll(output, errors);
        if (process.ExitCode != 0)
        {
            var last = errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
            throw new InvalidOperationException($"{start.FileName} exited with {process.ExitCode} on {relativePath}: {last}");
        }
    }
}
