using BriefingCompiler.Pdf.Images;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>
/// Makes the text of a document's SVG images real text: the characters of every <see cref="VectorText"/> of the
/// images the document read before its fonts were subset are registered with the document's other text
/// (<see cref="Paragraphs"/>), and after painting each <see cref="DrawImage"/> of such an image is given the glyph runs
/// of its text pieces (<see cref="DrawImage.VectorText"/>), set by the document's layouter in the same face subsets as
/// the HTML text. Both painters draw those runs instead of the pieces' outlines. A piece stays outlines where text
/// cannot draw it as SVG does: a stroke or a gradient fill, or an image read after the fonts were subset (a margin
/// box's), whose characters the subsets may lack.
/// </summary>
internal sealed class SvgGlyphSetter
{
    /// <summary>Wide enough that a piece of text is never broken (SVG text does not wrap).</summary>
    private const float UnbrokenWidth = 1_000_000;

    private readonly HashSet<ImageResource> registered = new(ReferenceEqualityComparer.Instance);
    private readonly List<IReadOnlyList<TextRun>> paragraphs = [];

    /// <param name="images">The vector images the document has read so far, in the order read.</param>
    public SvgGlyphSetter(IEnumerable<ImageResource> images)
    {
        foreach (var image in images)
        {
            if (image.Vector is not { } vector || !registered.Add(image))
                continue;
            foreach (var shape in vector.Shapes)
            {
                if (shape.Text is { } text && Drawable(shape))
                    paragraphs.Add([Run(text, 0xFF000000)]);
            }
        }
    }

    /// <summary>The text of the images' pieces, one paragraph each, for the document's font registration.</summary>
    public IReadOnlyList<IReadOnlyList<TextRun>> Paragraphs => paragraphs;

    /// <summary>The pages with every drawn image whose text was registered given its pieces' glyph runs.</summary>
    public IReadOnlyList<PagePaint> Set(IReadOnlyList<PagePaint> pages, ITextLayouter layouter)
    {
        if (paragraphs.Count == 0)
            return pages;
        var set = new List<PagePaint>(pages.Count);
        // An image drawn on every page at one size (a logo in the running header: its vector image is the same object) is
        // set once.
        var runsOfImages = new Dictionary<VectorImage, IReadOnlyList<GlyphRun>?[]?>(ReferenceEqualityComparer.Instance);
        foreach (var page in pages)
        {
            List<PaintCommand>? commands = null;
            for (var i = 0; i < page.Commands.Count; i++)
            {
                if (page.Commands[i] is not DrawImage { Vector: { } vector } image || !registered.Contains(image.Image))
                    continue;
                if (!runsOfImages.TryGetValue(vector, out var runs))
                    runsOfImages[vector] = runs = Runs(vector, layouter);
                if (runs is not null)
                {
                    commands ??= [.. page.Commands];
                    commands[i] = image with { VectorText = runs };
                }
            }

            set.Add(commands is null ? page : page with { Commands = commands });
        }

        return set;
    }

    /// <summary>Glyph runs per shape of <paramref name="vector"/> (null for a shape drawn as its path); null when no shape is text.</summary>
    private static IReadOnlyList<GlyphRun>?[]? Runs(VectorImage vector, ITextLayouter layouter)
    {
        IReadOnlyList<GlyphRun>?[]? runs = null;
        for (var i = 0; i < vector.Shapes.Count; i++)
        {
            var shape = vector.Shapes[i];
            if (shape.Text is not { } text || !Drawable(shape) || shape.Fill is not SolidPaint fill)
                continue;
            var color = VectorPaint.WithOpacity(fill.Color, shape.Opacity);
            var lines = layouter.Layout([Run(text, color)], UnbrokenWidth, TextAlignment.Left, text.Font.RightToLeft);
            if (lines.Count != 1 || lines[0].Runs.Count == 0)
                continue;
            (runs ??= new IReadOnlyList<GlyphRun>?[vector.Shapes.Count])[i] = lines[0].Runs;
        }

        return runs;
    }

    /// <summary>Whether a text piece's shape can be drawn as text: filled with a colour, not stroked.</summary>
    private static bool Drawable(VectorShape shape) => shape is { Fill: SolidPaint, Stroke: null };

    private static TextRun Run(VectorText text, uint color) =>
        new(text.Text, new TextStyle(text.Font.Families, text.Font.Size, text.Font.Weight, text.Font.Italic, color));
}
