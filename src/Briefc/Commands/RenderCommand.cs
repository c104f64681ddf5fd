using System.CommandLine;
using System.Globalization;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Html;
using BriefingCompiler.Pdf;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Styling;
using Briefc.Reporting;

namespace Briefc.Commands;

/// <summary>
/// <c>briefc render INPUT.html|.xht [--out DIR] [--format pdf,png] [--page-size W H] [--margin M] [--dpi N] [--fonts DIR]</c>:
/// the PDF engine on any HTML file, without a briefing — for designing a template from static HTML, and for the
/// conformance reftests. Writes <c>DIR/NAME.pdf</c> and <c>DIR/NAME.page-N.png</c>, each atomically. XHTML is parsed as
/// XML; linked style sheets are read from the input's folder and below only (<see cref="HtmlFileLoader"/>). The page
/// is A4 with the document's <c>@page</c> rules unless the options set size or margins. An input with errors
/// (XHTML that is not well-formed, a character no font has) writes nothing and exits 1; warnings are printed.
/// </summary>
public static class RenderCommand
{
    public const string DefaultFormats = "pdf";
    public const float DefaultDpi = 96;

    /// <summary>Beyond this a single A4 page is a 100-megapixel image: a typo, not a preview.</summary>
    public const float MaximumDpi = 1200;

    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("INPUT") { Description = "The HTML (.html, .htm) or XHTML (.xht, .xhtml: parsed as XML) file to render" };
        var output = new Option<string?>("--out", "-o") { Description = $"Folder for the output files [default: {BuildCommand.DefaultOutputFolder}]", HelpName = "DIR" };
        var format = new Option<string?>("--format", "-f") { Description = $"Output formats, comma-separated: pdf, png (one image per page) [default: {DefaultFormats}]", HelpName = "FORMATS" };
        format.Validators.Add(result =>
        {
            if (ParseFormats(result.GetValueOrDefault<string?>()).Error is { } error)
                result.AddError(error);
        });
        var pageSize = new Option<string[]>("--page-size")
        {
            Description = "Page size over the document's @page size, as CSS writes it: two lengths (800px 600px, 210mm 297mm) or a name (A4, A5, A3, letter, legal, optionally landscape) [default: the document's, else A4]",
            HelpName = "W H",
            Arity = new ArgumentArity(1, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        pageSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string[]>() is not { Length: > 0 } words || PageSize.Parse(string.Join(' ', words)) is not null)
                return;
            // The option takes up to two words: in "--page-size A4 page.html" the second is the input, not half of the size.
            result.AddError(words.Length == 2 && PageSize.Parse(words[0]) is not null
                ? $"--page-size '{string.Join(' ', words)}' is not a page size; it takes the word after '{words[0]}' too: put the input first (briefc render FILE --page-size {words[0]})."
                : $"--page-size '{string.Join(' ', words)}' is not a page size: give two CSS lengths with units (800px 600px, 210mm 297mm) or a name such as A4, each side {PageSize.MinimumSide:0}–{PageSize.MaximumSide:0}pt.");
        });
        var margin = new Option<string?>("--margin") { Description = "Margin on every side of every page over the document's @page margins, a CSS length (0, 20mm, 1in) [default: the document's, else 2cm]", HelpName = "M" };
        margin.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && ParseMargin(text) is null)
                result.AddError($"--margin '{text}' is not a length: give a non-negative CSS length with a unit (0, 20mm, 0.5in, 12pt).");
        });
        var dpi = new Option<float>("--dpi") { Description = $"Resolution of the PNG images, in dots per inch [default: {DefaultDpi:0}]", HelpName = "N", DefaultValueFactory = _ => DefaultDpi };
        dpi.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<float>() is var value && (!float.IsFinite(value) || value < 1 || value > MaximumDpi))
                result.AddError($"--dpi must be between 1 and {MaximumDpi:0}.");
        });
        var fonts = new Option<string[]>("--fonts")
        {
            Description = "A folder of extra .ttf fonts, usable by family name in the document's CSS (repeatable)",
            HelpName = "DIR",
            AllowMultipleArgumentsPerToken = false,
        };
        var systemFonts = new Option<bool>("--system-fonts")
        {
            Description = "Also use the fonts installed on this machine, for families briefc does not bundle (off by default: the same file gives the same PDF on every machine)",
        };
        var standard = new Option<string?>("--pdf-standard")
        {
            Description = "Standards the PDF claims to meet, comma-separated: ua-1, a-1b, a-2b, a-2u, a-3b, a-3u (one PDF/A at most), or none; the PDF is tagged either way [default: none]",
            HelpName = "STANDARDS",
        };
        standard.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && BriefingCompiler.Pdf.PdfStandard.TryParse(value, out var error) is null)
                result.AddError(error!);
        });
        var diagnosticsFormat = DiagnosticOptions.CreateFormatOption();
        var command = new Command("render", "Render an HTML or XHTML file with the PDF engine (no briefing): <DIR>/<name>.pdf and/or <DIR>/<name>.page-N.png.")
        {
            input, output, format, pageSize, margin, dpi, fonts, systemFonts, standard, diagnosticsFormat,
        };

        command.SetAction(parseResult =>
        {
            var inputShown = parseResult.GetValue(input)!;
            var inputPath = context.FullPath(inputShown);
            if (!File.Exists(inputPath))
                return UsageError(context, Directory.Exists(inputPath) ? $"'{inputShown}' is a folder; render takes one HTML or XHTML file" : $"no such file: '{inputShown}'");
            var fontFolders = (parseResult.GetValue(fonts) ?? []).Select(context.FullPath).ToList();
            if (fontFolders.FirstOrDefault(f => !Directory.Exists(f)) is { } missingFolder)
                return UsageError(context, $"no such font folder: '{missingFolder}'");
            var formats = ParseFormats(parseResult.GetValue(format)).Formats;
            var options = new PdfRenderOptions
            {
                PageSize = parseResult.GetValue(pageSize) is { Length: > 0 } words ? PageSize.Parse(string.Join(' ', words)) : null,
                PageMargin = parseResult.GetValue(margin) is { } marginText ? ParseMargin(marginText) : null,
                PreviewDpi = parseResult.GetValue(dpi),
                IncludePreviews = formats.Png,
                // Images come from the input's folder and below, never from outside it or the network.
                ResourceFolder = Path.GetDirectoryName(Path.GetFullPath(inputPath)),
                Standard = parseResult.GetValue(standard) is { } standardText ? BriefingCompiler.Pdf.PdfStandard.TryParse(standardText, out _)! : BriefingCompiler.Pdf.PdfStandard.None,
            };
            var githubAnnotations = (parseResult.GetValue(diagnosticsFormat)
                ?? (string.Equals(context.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase)
                    ? DiagnosticOptions.GitHubFormat
                    : DiagnosticOptions.MsBuildFormat)) == DiagnosticOptions.GitHubFormat;

            var loaded = HtmlFileLoader.Load(inputPath);
            var diagnostics = loaded.Problems
                .Select(p => new Diagnostic(ToSeverity(p.Severity), p.Code, p.Message, new SourceSpan(inputShown, p.Line, p.Column)))
                .ToList();
            var outputs = new List<(string Suffix, byte[] Content)>();
            if (loaded.Html is { } html)
            {
                using var catalog = new FontCatalog(fontFolders, null, parseResult.GetValue(systemFonts) ? context.SystemFontFolders() : null);
                var renderer = new PdfRenderer(catalog);
                IReadOnlyList<PdfMessage> messages;
                if (formats.Pdf)
                {
                    var result = renderer.RenderPdf(html, options);
                    messages = result.Messages;
                    outputs.Add((".pdf", result.Pdf));
                    outputs.AddRange(result.Previews.Select((png, i) => ($".page-{i + 1}.png", png)));
                }
                else
                {
                    var result = renderer.RenderRaster(html, options);
                    messages = result.Messages;
                    outputs.AddRange(result.Pages.Select((page, i) => ($".page-{i + 1}.png", page.EncodePng())));
                }

                // The engine's messages have no place in the file yet: they point at its start, as build's point at the template's.
                diagnostics.AddRange(messages.Select(m => new Diagnostic(ToSeverity(m.Severity), m.Code, m.Message, SourceSpan.StartOf(inputShown))));
            }

            var writer = new DiagnosticWriter(context.Error, ColorOption.Enabled(parseResult, context));
            foreach (var diagnostic in diagnostics)
            {
                writer.Write(diagnostic);
                if (githubAnnotations)
                    context.Output.WriteLine(TextDiagnosticReporter.GitHubAnnotation(diagnostic));
            }

            if (diagnostics.Any(d => d.IsError))
            {
                context.Error.WriteLine($"{inputShown}: failed: nothing written, previous outputs left as they were");
                return ExitCodes.ValidationFailed;
            }

            var (outputFolder, outputShown) = parseResult.GetValue(output) is { } outOption
                ? (context.FullPath(outOption), outOption)
                : (context.FullPath(BuildCommand.DefaultOutputFolder), BuildCommand.DefaultOutputFolder);
            Directory.CreateDirectory(outputFolder);
            var baseName = Path.GetFileNameWithoutExtension(inputPath);
            foreach (var (suffix, content) in outputs)
            {
                AtomicFile.WriteAllBytes(Path.Combine(outputFolder, baseName + suffix), content);
                context.Output.WriteLine($"Wrote {Path.Combine(outputShown, baseName + suffix)}");
            }

            if (formats.Png)
                RemoveStalePages(outputFolder, baseName, outputs.Count(o => o.Suffix.EndsWith(".png", StringComparison.Ordinal)));
            return ExitCodes.Success;
        });
        return command;
    }

    internal static ((bool Pdf, bool Png) Formats, string? Error) ParseFormats(string? text)
    {
        var (pdf, png) = (false, false);
        foreach (var name in (text ?? DefaultFormats).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (name.ToLowerInvariant())
            {
                case "pdf":
                    pdf = true;
                    break;
                case "png":
                    png = true;
                    break;
                default:
                    return ((false, false), $"Unknown output format '{name}'; use pdf or png, comma-separated (e.g. --format pdf,png).");
            }
        }

        return pdf || png ? ((pdf, png), null) : ((false, false), "--format names no output format; use pdf or png.");
    }

    /// <summary>
    /// A non-negative absolute CSS length in points (px, pt, pc, mm, cm, in, Q). A bare number other than 0 is no
    /// length (CSS requires a unit), and em or ex would need a font the command line does not have.
    /// </summary>
    internal static float? ParseMargin(string text)
    {
        var unit = text.Trim().TrimStart('+', '-', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9').ToLowerInvariant();
        return unit is "em" or "rem" or "ex" ? null
            : CssValueReader.Length(text, fontSize: 12) is { } points && float.IsFinite(points) && points >= 0 ? points
            : null;
    }

    /// <summary>Pages of an earlier, longer rendering of the same input: left behind they would look like this one's.</summary>
    private static void RemoveStalePages(string outputFolder, string baseName, int pageCount)
    {
        foreach (var path in Directory.EnumerateFiles(outputFolder, $"{baseName}.page-*.png"))
        {
            var number = Path.GetFileName(path)[(baseName.Length + ".page-".Length)..^".png".Length];
            if (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > pageCount)
                File.Delete(path);
        }
    }

    private static Severity ToSeverity(PdfMessageSeverity severity) => severity == PdfMessageSeverity.Error ? Severity.Error : Severity.Warning;

    private static int UsageError(CliContext context, string message)
    {
        context.Error.WriteLine($"briefc: error: {message}");
        return ExitCodes.UsageError;
    }
}
