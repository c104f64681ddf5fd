using System.Diagnostics;
using System.Globalization;

namespace BriefingCompiler.Conformance;

/// <summary>
/// The command lines of a peer run: the peer printing a page to PDF, and <c>pdftoppm</c> rasterising every page of it
/// at the harness's resolution. The page is set as our engine's is set by the runner's options — 800 × 600 px, no
/// margin, over the document's own <c>@page</c> rules — by <see cref="PageStyle"/>: WeasyPrint takes it as a user
/// style sheet (<c>-s</c>), Chromium, which has no such option, in a copy of the page (<see cref="PageStyleInjection"/>).
/// </summary>
public static class PeerCommand
{
    public const string PdftoppmProgram = "pdftoppm";

    /// <summary>The page size and margin, important so that they win over the document's <c>@page</c> rules as our
    /// engine's options do.</summary>
    public static string PageStyle { get; } = string.Create(CultureInfo.InvariantCulture,
        $"@page {{ size: {ReftestRunner.PageWidthPoints / 0.75:0}px {ReftestRunner.PageHeightPoints / 0.75:0}px !important; margin: 0 !important }}\n");

    /// <summary>The program a peer is run as (looked up on PATH).</summary>
    public static string Program(ReftestEngine engine) => engine switch
    {
        ReftestEngine.Chromium => "chromium",
        ReftestEngine.WeasyPrint => "weasyprint",
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "our engine is not run as a program"),
    };

    /// <summary>Headless Chromium printing <paramref name="page"/> (a copy that carries <see cref="PageStyle"/>) to
    /// <paramref name="pdf"/>, with a profile of its own (parallel instances must not share one).</summary>
    public static ProcessStartInfo Chromium(string page, string pdf, string profileFolder, string fontConfigFile) =>
        Command(Program(ReftestEngine.Chromium), fontConfigFile,
            "--headless", "--no-sandbox", "--no-pdf-header-footer", "--no-first-run", "--disable-gpu",
            "--user-data-dir=" + profileFolder, "--print-to-pdf=" + pdf, new Uri(Path.GetFullPath(page)).AbsoluteUri);

    /// <summary>WeasyPrint printing <paramref name="page"/> to <paramref name="pdf"/> with <paramref name="styleSheet"/> (<see cref="PageStyle"/>) as the user's style sheet.</summary>
    public static ProcessStartInfo WeasyPrint(string page, string pdf, string styleSheet, string fontConfigFile) =>
        Command(Program(ReftestEngine.WeasyPrint), fontConfigFile, "--quiet", "-s", styleSheet, page, pdf);

    /// <summary>Every page of <paramref name="pdf"/> as <c>PREFIX-N.png</c> at the harness's resolution.</summary>
    public static ProcessStartInfo Pdftoppm(string pdf, string prefix) =>
        Command(PdftoppmProgram, null, "-r", ReftestRunner.Dpi.ToString("0", CultureInfo.InvariantCulture), "-png", pdf, prefix);

    private static ProcessStartInfo Command(string program, string? fontConfigFile, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        if (fontConfigFile is not null)
            start.Environment["FONTCONFIG_FILE"] = Path.GetFullPath(fontConfigFile);
        return start;
    }
}
