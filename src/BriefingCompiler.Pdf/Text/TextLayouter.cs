using BriefingCompiler.Pdf.Fonts;

namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// Phase two of setting a document's text (made by <see cref="DocumentFontSet.Build"/>): shapes paragraphs
/// with the document's subset faces and breaks them into lines. Every text given here must have been
/// registered with the font set first. One layouter per document, used from one thread; dispose it after the
/// document (the PDF) is closed, since drawn runs refer to its typefaces.
/// </summary>
public sealed class TextLayouter : IDisposable
{
    private readonly CharacterFontResolver resolver;
    private readonly IReadOnlyDictionary<FontSource, FontFace> faces;

    internal TextLayouter(CharacterFontResolver resolver, IReadOnlyDictionary<FontSource, FontFace> faces, TimeSpan subsetTime)
    {
        this.resolver = resolver;
        this.faces = faces;
        SubsetTime = subsetTime;
    }

    /// <summary>How long subsetting every face took (reported by benchmarks, not asserted by tests).</summary>
    public TimeSpan SubsetTime { get; }

    /// <summary>The subset faces of this document, in the order they were first used.</summary>
    public IReadOnlyList<FontFace> Faces => faces.Values.ToList();

    /// <summary>
    /// Breaks a paragraph (its runs, in logical order) into lines no wider than <paramref name="width"/>
    /// points. <paramref name="rightToLeft"/> is the paragraph direction (CSS <c>direction</c>): the bidi
    /// algorithm (UAX #9) runs with it as the paragraph level, each line's runs come in visual order, left to
    /// right, and start is the right edge. Runs' X positions include the alignment within
    /// <paramref name="width"/>; the last line and lines ending in a forced break are not justified.
    /// An empty paragraph gives no lines; an infinite width breaks only at forced breaks.
    /// </summary>
    /// <param name="lastLine">The alignment of the last line and of lines ending in a forced break (CSS
    /// <c>text-align-last</c>); null (<c>auto</c>) aligns them as the others, start where those are justified.</param>
    public IReadOnlyList<TextLine> Layout(IReadOnlyList<TextRun> runs, float width, TextAlignment alignment = TextAlignment.Start, bool rightToLeft = false, TextAlignment? lastLine = null)
    {
        if (float.IsNaN(width)) throw new ArgumentException("The line width is not a number.", nameof(width));
        var paragraph = ShapedParagraph.Create(runs, resolver, faces, DirectionOf(rightToLeft));
        if (paragraph.Text.Length == 0) return [];
        var breaks = BreakOpportunityTailoring.Apply(LineBreaker.FindBreaks(paragraph.Text), runs, paragraph.Text);
        return LineFiller.Fill(paragraph, breaks, Math.Max(0, width))
            .Select(span => LineAssembler.Assemble(paragraph, span, width, span.Mandatory ? lastLine ?? (alignment == TextAlignment.Justify ? TextAlignment.Start : alignment) : alignment, rightToLeft, Primary))
            .ToList();
    }

    /// <summary>The narrowest width the paragraph can take without cutting words (its widest unbreakable
    /// piece) and the width it takes unbroken (its widest forced line), for table column sizing.
    /// <paramref name="rightToLeft"/> is the paragraph direction, as for <see cref="Layout"/>.</summary>
    public (float MinContent, float MaxContent) MeasureIntrinsicWidths(IReadOnlyList<TextRun> runs, bool rightToLeft = false)
    {
        var paragraph = ShapedParagraph.Create(runs, resolver, faces, DirectionOf(rightToLeft));
        var text = paragraph.Text;
        float min = 0, max = 0;
        int pieceStart = 0, lineStart = 0;
        foreach (var opportunity in BreakOpportunityTailoring.Apply(LineBreaker.FindBreaks(text), runs, text))
        {
            min = Math.Max(min, paragraph.Width(pieceStart, LineFiller.TrimEnd(paragraph, opportunity.Position, pieceStart)));
            pieceStart = opportunity.Position;
            if (!opportunity.Mandatory) continue;
            max = Math.Max(max, paragraph.Width(lineStart, LineFiller.TrimEnd(paragraph, opportunity.Position, lineStart)));
            lineStart = opportunity.Position;
        }

        return (min, max);
    }

    /// <summary>Ascent and descent (both positive, points) of the style's first available font: the strut
    /// that CSS line-height is measured around.</summary>
    public (float Ascent, float Descent) GetMetrics(TextStyle style)
    {
        var face = Primary(style);
        return (face.AscentAt(style.FontSize), face.DescentAt(style.FontSize));
    }

    /// <summary>The metrics of the style's first available font at its size; null when no text of the document is set in
    /// that face (it was not registered, so it is not loaded).</summary>
    public StrutMetrics? Strut(TextStyle style)
    {
        if (!faces.TryGetValue(resolver.Primary(style), out var face)) return null;
        var size = style.StrutFontSize ?? style.FontSize;
        return new StrutMetrics(face.AscentAt(size), face.DescentAt(size), face.HalfLineGapAt(size), face.XHeightAt(size));
    }

    // The paragraph direction is the document's (the language's), never guessed from the text (P2/P3): an
    // Arabic paragraph that opens with an acronym is still right to left.
    private static BidiDirection DirectionOf(bool rightToLeft) => rightToLeft ? BidiDirection.RightToLeft : BidiDirection.LeftToRight;

    private FontFace Primary(TextStyle style)
    {
        var source = resolver.Primary(style);
        return faces.TryGetValue(source, out var face)
            ? face
            : throw new InvalidOperationException($"No text in {string.Join(", ", style.FontFamilies)} was registered with DocumentFontSet.Add before Build().");
    }

    public void Dispose()
    {
        foreach (var face in faces.Values)
        {
            face.Shaper?.Dispose();
            face.ShaperFace?.Dispose();
            face.Typeface.Dispose();
        }
    }
}
