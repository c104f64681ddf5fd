using BriefingCompiler.Diagnostics;
using BriefingCompiler.Loading;
using BriefingCompiler.Model;
using BriefingCompiler.Pdf.Images;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = BriefingCompiler.Diagnostics.SourceSpan;

namespace BriefingCompiler.Assets;

/// <summary>
/// Reads the images a briefing's Markdown shows (<c>![alt](assets/map.png "caption")</c>) from the briefing's own
/// folder and checks them: each has alt text (the PDF must stay accessible), names a file inside that folder — no
/// network, no <c>data:</c>, no absolute path, no <c>..</c>, no symbolic link out — and the file is an image the PDF
/// engine can draw, within its size limits. The file-system edge of the figure feature: everything after it works
/// on the bytes read here.
/// </summary>
public static class FigureReader
{
    /// <summary>The images of <paramref name="briefing"/> by the address its Markdown writes, or the errors that stop it.</summary>
    /// <param name="folder">The briefing's folder: where images are read from, and only there.</param>
    /// <param name="text">The briefing's text, to place a finding at its column inside a literal block; null: at the field.</param>
    public static (IReadOnlyDictionary<string, ImageAsset> Images, IReadOnlyList<Diagnostic> Diagnostics) Read(Briefing briefing, string folder, SourceText? text) =>
        Read(briefing, new FolderFigureFiles(folder), text);

    /// <summary>The images of <paramref name="briefing"/> read from <paramref name="files"/> (its folder on disk, or as it
    /// was at a git revision), checked as <see cref="Read(Briefing, string, SourceText?)"/> checks them.</summary>
    public static (IReadOnlyDictionary<string, ImageAsset> Images, IReadOnlyList<Diagnostic> Diagnostics) Read(Briefing briefing, IFigureFiles files, SourceText? text)
    {
        var images = new Dictionary<string, ImageAsset>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var seen = new Dictionary<string, Loaded>(StringComparer.Ordinal);
        foreach (var field in MarkdownFields(briefing))
        {
            foreach (var image in Templating.MarkdownRenderer.Parse(field.Source).Descendants<LinkInline>().Where(l => l.IsImage))
            {
                var span = Place(field, image, text);
                var address = image.Url ?? "";
                if (IsUri(address))
                {
                    // Not a file of the briefing: never fetched or read, shown as before figures existed (a link, or its text).
                    diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.FigureNotAFile,
                        $"the image '{Shown(address)}' is not shown: only images in the briefing's folder are, and briefc never fetches anything; download it, put it in the briefing's folder (e.g. assets/) and name it by its path from there",
                        span));
                    continue;
                }

                if (string.IsNullOrWhiteSpace(AltText(image)))
                {
                    diagnostics.Add(Error(DiagnosticCodes.FigureWithoutAlt,
                        $"the image '{Shown(address)}' has no alt text; write what it shows between the brackets, `![Map of the meeting venues]({Shown(address)})`: readers who cannot see it (screen readers, the accessible PDF) get only that",
                        span));
                }

                if (!seen.TryGetValue(address, out var loaded))
                    seen[address] = loaded = Load(address, files);

                if (loaded.Asset is { } asset)
                    images[address] = asset;
                else
                    diagnostics.Add(Error(loaded.Code, loaded.Problem!, span));
            }
        }

        return (images, diagnostics);
    }

    /// <summary>The Markdown fields a template renders, each with its place in the source.</summary>
    public static IEnumerable<MarkdownText> MarkdownFields(Briefing briefing)
    {
        yield return briefing.Objective;
        if (briefing.Background is { } background)
            yield return background;
        if (briefing.AgendaIntro is { } intro)
            yield return intro;
        foreach (var position in briefing.Positions)
            yield return position.Body;
        foreach (var section in briefing.Sections)
            yield return section.Body;
        if (briefing.Closing is { } closing)
            yield return closing;
    }

    /// <summary>What an image's brackets say, as its <c>alt</c> attribute will.</summary>
    public static string AltText(LinkInline image)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in image.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString().Trim();
    }

    /// <summary>
    /// Whether each image recorded by its name (as the Markdown gives it) with the SHA-256 it was built from still has
    /// those bytes in <paramref name="folder"/>: an up-to-date check of inputs the source's text does not show.
    /// </summary>
    public static bool Unchanged(IReadOnlyDictionary<string, string> recorded, string folder)
    {
        if (recorded.Count == 0)
            return true;
        var files = new FolderFigureFiles(folder);
        foreach (var (address, hash) in recorded)
        {
            if (Fetch(address, files, out _) is not { Bytes: { } bytes }
                || Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)) != hash)
                return false;
        }

        return true;
    }

    /// <summary>What a message about an image that is not a file of the briefing's folder tells the author to do.</summary>
    internal const string WhereToPut = "put the image in the briefing's folder (e.g. assets/) and name it by its path from there";

    private sealed record Loaded(ImageAsset? Asset, string Code, string? Problem);

    /// <summary>The message for an image over <see cref="ImageAsset.MaxBytes"/>, wherever it was read from.</summary>
    public static string TooLarge(string name) =>
        $"the image '{name}' is larger than {ImageAsset.MaxBytes / 1024 / 1024} MiB; save a smaller one (a PNG or JPEG of the size it is printed at, or an SVG)";

    /// <summary>The file the Markdown's <paramref name="address"/> names, read from <paramref name="files"/>: its bytes, or
    /// the code and the message that say why it cannot be used.</summary>
    /// <param name="name">The file name the address gives (query and fragment cut, percent-escapes decoded), as messages show it.</param>
    private static FigureFile Fetch(string address, IFigureFiles files, out string name)
    {
        const string where = WhereToPut;
        name = Uri.UnescapeDataString(address.Split('#', '?')[0]);
        if (address.Length == 0)
            return FigureFile.Refused(DiagnosticCodes.FigureOutsideFolder, $"the image names no file; {where}");
        if (IsUri(address))
            return FigureFile.Refused(DiagnosticCodes.FigureOutsideFolder, $"the image '{Shown(address)}' is not a file of the briefing's folder; {where}");
        if (Path.IsPathRooted(name) || name.Contains('\\') || name.Contains(':', StringComparison.Ordinal))
            return FigureFile.Refused(DiagnosticCodes.FigureOutsideFolder, $"the image '{Shown(address)}' is not a relative path; {where}");
        return files.Read(name);
    }

    private static Loaded Load(string address, IFigureFiles files)
    {
        var file = Fetch(address, files, out var name);
        if (file.Bytes is not { } bytes)
            return new Loaded(null, file.Code, file.Problem);
        var reading = ImageLoader.Check(name, bytes);
        return reading.Image is { } image
            ? new Loaded(ImageAsset.Of(bytes, image.Format, "figure"), "", null)
            : new Loaded(null, DiagnosticCodes.FigureUnreadable, $"cannot use the image '{name}': {reading.Problem}; save it again as a PNG, JPEG, GIF, WebP or SVG file");
    }

    /// <summary>
    /// Where the image is written: its own line and column inside a literal block (the block's indentation is what the
    /// file's line has before the Markdown's), otherwise the field's value.
    /// </summary>
    private static SourceSpan Place(MarkdownText field, LinkInline image, SourceText? text)
    {
        if (!field.IsLiteral || text is null)
            return field.Span;
        var line = field.Span.Line + 1 + image.Line;
        if (line > text.LineCount)
            return field.Span;
        var markdownLines = field.Source.Split('\n');
        var markdownLine = image.Line < markdownLines.Length ? markdownLines[image.Line] : "";
        var indent = Math.Max(0, text.LineText(line).Length - markdownLine.Length);
        return new SourceSpan(field.Span.File, line, indent + image.Column + 1);
    }

    /// <summary>An address with a scheme (<c>https:</c>, <c>data:</c>, <c>javascript:</c>…) or a network path (<c>//host/…</c>): not a file name.</summary>
    private static bool IsUri(string address) =>
        address.StartsWith("//", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(address, "^[A-Za-z][A-Za-z0-9+.-]*:");

    private static string Shown(string address) => address.Length > 60 ? address[..57] + "…" : address;

    private static Diagnostic Error(string code, string message, SourceSpan span) => new(Severity.Error, code, message, span);
}
