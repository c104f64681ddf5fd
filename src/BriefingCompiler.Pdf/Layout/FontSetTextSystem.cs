using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// The real text system: a <see cref="DocumentFontSet"/> per document over a shared <see cref="FontCatalog"/>
/// (bundled Noto fonts plus the user's folders), HarfBuzz shaping and UAX #14 breaking in the layouter.
/// </summary>
public sealed class FontSetTextSystem(FontCatalog catalog) : ITextSystem
{
    /// <summary>A font file in a font folder that cannot be used (its path and the reason).</summary>
    public const string FontFileRejectedCode = "PDF131";

    /// <summary>A <c>font-family</c> name that matches no user, bundled or generic family.</summary>
    public const string FamilyNotFoundCode = "PDF132";

    private static readonly string[] CssWideKeywords = ["inherit", "initial", "unset", "revert", "revert-layer"];

    private readonly SvgTextOutliner svgText = new(catalog);

    public float XHeightPerEm(IReadOnlyList<string> families, int weight, bool italic) => catalog.XHeightPerEm(families, weight, italic);

    public Images.ISvgTextOutliner SvgText => svgText;

    public ITextLayouter CreateLayouter(IReadOnlyList<IReadOnlyList<TextRun>> paragraphs, MessageLog log)
    {
        ReportFonts(paragraphs, log);
        // A user font that passed its check can still fail here (its file changed since, or hb-subset fails on this
        // document's characters): the document is set again without it, as if it were absent, and says so.
        var excluded = new HashSet<FontSource>();
        while (true)
        {
            try
            {
                return new Layouter(Register(new DocumentFontSet(catalog, excluded), paragraphs, log).Build());
            }
            catch (FontUnusableException e) when (e.Face.File is { } file && excluded.Add(e.Face))
            {
                log.WarnAboutFileOnce(FontFileRejectedCode, file, $"{e.Message}; its text is set in the next family of font-family, or a bundled font");
            }
        }
    }

    private static DocumentFontSet Register(DocumentFontSet fonts, IReadOnlyList<IReadOnlyList<TextRun>> paragraphs, MessageLog log)
    {
        foreach (var paragraph in paragraphs)
        {
            foreach (var missing in fonts.Add(paragraph))
            {
                log.ErrorOnce("PDF130", missing.CodePointLabel, missing.Message);
            }
        }

        return fonts;
    }

    /// <summary>Every document says which font files it could not use and which of its families match nothing, so that
    /// a damaged font or a misspelt family is never passed over in silence (the text falls back either way).</summary>
    private void ReportFonts(IReadOnlyList<IReadOnlyList<TextRun>> paragraphs, MessageLog log)
    {
        foreach (var (path, reason) in catalog.RejectedFiles)
            log.WarnAboutFileOnce(FontFileRejectedCode, path, reason == FontCatalog.FolderNotFound
                ? $"the font folder {path} does not exist; only the bundled fonts are used"
                : $"the font {Path.GetFileName(path)} cannot be used: {reason}; its text is set in the next family of font-family, or a bundled font");
        var known = catalog.FamilyNames;
        var knownList = string.Join(", ", known.Take(10)) + (known.Count > 10 ? $" and {known.Count - 10} more" : "");
        var families = paragraphs.SelectMany(p => p).SelectMany(r => r.Style.FontFamilies)
            .Where(f => !CssWideKeywords.Contains(f, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var family in families.Where(f => !catalog.HasFamily(f)))
            log.WarnOnceAtFirstUse(FamilyNotFoundCode, StyleResolver.FontFamilySubject(family),
                $"font-family '{family}' matches no font: the families are {knownList} "
                + "and the generic ones (sans-serif, serif, monospace…); the next family in the list is used");
    }

    private sealed class Layouter(TextLayouter layouter) : ITextLayouter, IDisposable
    {
        public IReadOnlyList<TextLine> Layout(IReadOnlyList<TextRun> runs, float width, TextAlignment alignment, bool rightToLeft) =>
            layouter.Layout(runs, width, alignment, rightToLeft);

        public IReadOnlyList<TextLine> Layout(IReadOnlyList<TextRun> runs, float width, TextAlignment alignment, bool rightToLeft, TextAlignment? lastLine) =>
            layouter.Layout(runs, width, alignment, rightToLeft, lastLine);

        public (float MinContent, float MaxContent) MeasureIntrinsicWidths(IReadOnlyList<TextRun> runs) =>
            layouter.MeasureIntrinsicWidths(runs);

        public StrutMetrics? Strut(TextStyle style) => layouter.Strut(style);

        public void Dispose() => layouter.Dispose();
    }
}
