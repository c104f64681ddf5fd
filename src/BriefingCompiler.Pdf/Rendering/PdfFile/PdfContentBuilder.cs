using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Text;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// A page's paint list as a PDF content stream. Paint lists are in points with y down; PDF's y goes up, so
/// every y is written as <c>height − y</c> (no flipped matrix: text extractors see upright text). Glyph runs
/// are one text object each, a <c>TJ</c> of CIDs with the pen moved only where shaping placed a glyph off
/// the font's own advance (kerning, justification, marks); vertical offsets use the text rise.
/// Links and destinations are not content: the document writer takes them from the list.
/// <para>When <paramref name="tagged"/>, content is marked (§14.6): text and images as marked-content sequences of the
/// structure element they belong to, each with an MCID (consecutive content of one element is one sequence), and
/// everything else — backgrounds, borders, rules, bullets, the running header and footer — as <c>/Artifact</c>.
/// Sequences end before every <c>q</c>/<c>Q</c> of clips and layers, so they nest with the graphics state; a layer
/// (a form XObject) is marked as a whole where it is drawn, as the element of its first content.</para>
/// </summary>
internal sealed class PdfContentBuilder(float width, float height, PdfResources resources, bool tagged = false)
{
    /// <summary>Kappa: the control-point distance, as a fraction of the radius, of a Bézier quarter circle.</summary>
    private const double Kappa = 0.5522847498;

    private static readonly object ArtifactMark = new();

    /// <summary>One builder per open layer: a layer's commands become a form drawn with its opacity.</summary>
    private readonly Stack<Layer> layers = new();

    /// <summary>Opacities of the layers open when transparency is flattened (PDF/A-1): folded into the colours of their content.</summary>
    private readonly Stack<float> flattenedLayers = new();
    private readonly List<MarkedItem> marked = [];

    /// <summary>A glyph run's texts, what is written of it, and the steps for readers: kept from run to run, as the writing
    /// of one run ends before the next begins (a page has thousands of runs).</summary>
    private string[] glyphTexts = [];
    private readonly List<WrittenGlyph> writtenGlyphs = [];
    private readonly HashSet<int> inkOnlyGlyphs = [];
    private readonly List<PositionalReaderSteps.Glyph> readerGlyphs = [];
    private PositionalReaderSteps.Step[] readerSteps = [];

    /// <summary>On a page poppler reads from the right, the text of each glyph of its runs by the index of the run's
    /// command, right-to-left marks put in (<see cref="LineOrderMarks"/>); null on other pages.</summary>
    private string[]?[]? markedTexts;

    /// <summary>The open marked-content sequence: an element, <see cref="ArtifactMark"/>, or null for none.</summary>
    private object? open;
    private int nextMcid;

    /// <summary>The fill colour the last opaque glyph run set outside any q … Q, while no Q has undone it; null when not known.
    /// Runs are not wrapped in q … Q (with the colour that was ~30 bytes, a fifth of a short run's text object) and a run
    /// in the colour already set writes none.</summary>
    private uint? textFill;

    /// <summary><see cref="textFill"/> as it was at each open clip's q and layer's start, which their Q (or the form's own
    /// graphics state) brings back.</summary>
    private readonly Stack<uint?> textFillsBefore = new();

    /// <summary>Where pdf.js sees the last glyph it placed end (x, and the baseline's y), for the next text on the line.</summary>
    private (double X, float BaselineY)? lastPlacedEnd;

    /// <summary>The space a right-to-left run ended with, kept to be written first in the next text on its line: only in
    /// the same text object can word spacing show pdf.js the gap (<see cref="PositionalReaderSteps"/>).</summary>
    private LeadingSpace? pendingSpace;

    /// <summary>A space written ahead of a run, in its own font: its x (absolute) and baseline.</summary>
    private sealed record LeadingSpace(PdfFontEmbedding Font, float Size, ushort Glyph, double X, float BaselineY);

    /// <summary>A glyph as written in a text object: the text it stands for, its x from the run's start, its rise, and
    /// whether it is invisible (a mark's text written apart from its ink).</summary>
    private readonly record struct WrittenGlyph(ushort Glyph, string Text, float X, float Rise, bool Invisible);

    /// <summary>The page's marked-content sequences and tagged link annotations, in content order.</summary>
    public IReadOnlyList<MarkedItem> Marked => marked;

    /// <summary>The page's content stream, built in <paramref name="buffer"/> (emptied first; a document's pages take turns with
    /// one) and returned as an array of its own.</summary>
    public byte[] Build(IEnumerable<PaintCommand> commands, PdfByteBuilder? buffer = null)
    {
        var content = buffer?.Clear() ?? new PdfByteBuilder();
        var list = commands as IReadOnlyList<PaintCommand> ?? commands.ToList();
        markedTexts = LineOrderMarks.Plan(list, run => resources.GlyphTexts.Of(run, resources.Font(run.Font).AdvanceOf));
        for (var index = 0; index < list.Count; index++)
        {
            var command = list[index];
            if (pendingSpace is { } space && !(command is DrawGlyphs following && following.BaselineY == space.BaselineY)) WritePendingSpace(content);
            if (command is BeginLayer or EndLayer) lastPlacedEnd = null; // a form's text is read apart from the page's
            switch (command)
            {
                case FillRectangle or FillRoundRectangle or StrokeRoundRectangle or DrawListSymbol or DrawLine:
                    Mark(content, null);
                    break;
                case DrawGlyphs glyphs:
                    Mark(content, glyphs.Structure);
                    break;
                case DrawImage image:
                    Mark(content, image.Structure);
                    break;
                case LinkToUrl { Structure: { } node } when tagged:
                    marked.Add(new MarkedItem(node, -1, command));
                    break;
                case LinkToDestination { Structure: { } node } when tagged:
                    marked.Add(new MarkedItem(node, -1, command));
                    break;
                case BeginClip or EndClip or BeginLayer:
                    Close(content);
                    break;
            }

            switch (command)
            {
                case FillRectangle rectangle when BeginPaint(content, rectangle.Color):
                    AppendRect(content, rectangle.Rect).Append(" re f\nQ\n");
                    break;
                case FillRoundRectangle rounded when BeginPaint(content, rounded.Color):
                    RoundRect(content, rounded.Shape).Append("f\nQ\n");
                    break;
                case StrokeRoundRectangle outline when BeginPaint(content, outline.Color, stroke: true):
                    RoundRect(StrokeStyle(content, outline.Thickness, outline.Style), outline.Shape).Append("S\nQ\n");
                    break;
                case DrawListSymbol { Symbol: ListSymbol.Circle } circle when BeginPaint(content, circle.Color, stroke: true):
                    var lineWidth = circle.Rect.Width / 6;
                    // Stroked inside the box, so the circle is as wide as a disc.
                    Ellipse(StrokeStyle(content, lineWidth, "solid"), SKRect.Inflate(circle.Rect, -lineWidth / 2, -lineWidth / 2)).Append("S\nQ\n");
                    break;
                case DrawListSymbol { Symbol: ListSymbol.Square } square when BeginPaint(content, square.Color):
                    AppendRect(content, square.Rect).Append(" re f\nQ\n");
                    break;
                case DrawListSymbol { Symbol: not (ListSymbol.Circle or ListSymbol.Square) } disc when BeginPaint(content, disc.Color):
                    Ellipse(content, disc.Rect).Append("f\nQ\n");
                    break;
                case DrawLine line when BeginPaint(content, line.Color, stroke: true):
                    AppendPoint(AppendPoint(StrokeStyle(content, line.Thickness, line.Style), line.From.X, line.From.Y).Append(" m "), line.To.X, line.To.Y).Append(" l S\nQ\n");
                    break;
                case DrawGlyphs glyphs:
                    Glyphs(content, glyphs, markedTexts?[index], index + 1 < list.Count ? list[index + 1] : null);
                    break;
                case DrawImage image when image.Destination.Width > 0 && image.Destination.Height > 0:
                    AppendRect(content.Append("q "), image.Clip).Append(" re W n\n");
                    if (image.Vector is { } vector)
                    {
                        // Each tile (background-repeat) in its own q … Q: the view box's cm would otherwise add up.
                        foreach (var tile in ImagePainter.Tiles(image))
                        {
                            content.Append("q\n");
                            Vector(content, vector, tile, image.VectorText);
                            content.Append("Q\n");
                        }
                    }
                    else if (resources.Image(image.Image) is { } name)
                    {
                        var d = image.Destination;
                        content.Append(N(d.Width)).Append(" 0 0 ").Append(N(d.Height)).Append(' ').Append(N(d.Left)).Append(' ').Append(N(height - d.Bottom))
                            .Append(" cm /").Append(name).Append(" Do\n");
                    }

                    content.Append("Q\n");
                    break;
                case BeginClip clip:
                    AppendRect(content.Append("q "), clip.Rect).Append(" re W n\n");
                    textFillsBefore.Push(textFill);
                    break;
                case EndClip:
                    content.Append("Q\n");
                    textFill = textFillsBefore.TryPop(out var before) ? before : null;
                    break;
                case BeginLayer layer when resources.FlattensTransparency:
                    flattenedLayers.Push(layer.Opacity);
                    break;
                case EndLayer when flattenedLayers.Count > 0:
                    flattenedLayers.Pop();
                    break;
                case BeginLayer layer:
                    layers.Push(new Layer(content, layer.Opacity));
                    content = new PdfByteBuilder(4096);
                    // A form starts from the graphics state where it is drawn, not known here.
                    textFillsBefore.Push(textFill);
                    textFill = null;
                    break;
                case EndLayer when layers.Count > 0:
                    textFill = textFillsBefore.TryPop(out var outside) ? outside : null;
                    var form = resources.Form(content.ToArray(), width, height);
                    var done = layers.Pop();
                    content = done.Outer;
                    if (done.HasContent) Mark(content, done.Node);
                    content.Append("q /").Append(resources.Opacity(done.Opacity)).Append(" gs /").Append(form).Append(" Do Q\n");
                    break;
            }
        }

        WritePendingSpace(content);
        Close(content);
        return content.ToArray();
    }

    /// <summary>Makes what is drawn next part of <paramref name="node"/>'s marked content (null: an artifact), opening a
    /// new sequence unless the open one is already that. Inside a layer nothing is written: the layer is marked as a whole.</summary>
    private void Mark(PdfByteBuilder content, StructureNode? node)
    {
        if (!tagged) return;
        if (layers.Count > 0)
        {
            var layer = layers.Peek();
            layer.HasContent = true;
            layer.Node ??= node;
            return;
        }

        var wanted = (object?)node ?? ArtifactMark;
        if (ReferenceEquals(open, wanted)) return;
        Close(content);
        if (node is null)
        {
            content.Append("/Artifact BMC\n");
        }
        else
        {
            content.Append('/').Append(PdfStructureTree.TypeName(node)).Append("<</MCID ").Append(nextMcid).Append(">>BDC\n");
            marked.Add(new MarkedItem(node, nextMcid++, null));
        }

        open = wanted;
    }

    private void Close(PdfByteBuilder content)
    {
        if (open is null) return;
        content.Append("EMC\n");
        open = null;
    }

    /// <summary>An open layer: the content around it, its opacity, and the element of its first content.</summary>
    private sealed class Layer(PdfByteBuilder outer, float opacity)
    {
        public PdfByteBuilder Outer { get; } = outer;

        public float Opacity { get; } = opacity;

        public StructureNode? Node { get; set; }

        public bool HasContent { get; set; }
    }

    /// <summary>Opens a drawing in <paramref name="color"/> (ARGB) — <c>q</c> and the colour, with its opacity when translucent —
    /// which the caller ends with <c>Q</c>; false, and nothing written, when the colour is fully transparent. (Not a method
    /// taking the drawing as a delegate: that was a closure per rectangle and per glyph run.)</summary>
    private bool BeginPaint(PdfByteBuilder content, uint color, bool stroke = false)
    {
        var alpha = color >> 24;
        if (alpha == 0) return false;
        content.Append("q ");
        PaintColor(content, color, alpha / 255.0, stroke);
        return true;
    }

    /// <summary>
    /// Sets the fill (or stroke) colour <paramref name="color"/> drawn at <paramref name="alpha"/>: through a graphics state
    /// with that opacity, or — when transparency is flattened (PDF/A-1 forbids it) — as the colour it gives over white paper,
    /// with the opacities of the open layers folded in. Over white, the page's own backdrop, that is what a reader shows;
    /// over another colour it is lighter than the composited colour would be.
    /// </summary>
    private void PaintColor(PdfByteBuilder content, uint color, double alpha, bool stroke)
    {
        if (resources.FlattensTransparency)
        {
            foreach (var opacity in flattenedLayers) alpha *= Math.Clamp(opacity, 0, 1);
            if (alpha < 1)
            {
                color = OverWhite(color, alpha);
                resources.NoteFlattened();
            }
        }
        else if (alpha < 1)
        {
            content.Append('/').Append(resources.Opacity(alpha)).Append(" gs ");
        }

        AppendColor(content, color).Append(stroke ? " RG " : " rg ");
    }

    /// <summary><paramref name="color"/> composited at <paramref name="alpha"/> over white, opaque.</summary>
    internal static uint OverWhite(uint color, double alpha)
    {
        alpha = Math.Clamp(alpha, 0, 1);
        uint Channel(int shift) => (uint)Math.Round(((color >> shift) & 0xFF) * alpha + 255 * (1 - alpha)) << shift;
        return 0xFF000000 | Channel(16) | Channel(8) | Channel(0);
    }

    /// <summary>A glyph run as a text object, its textless glyphs as outlines; <paramref name="textsWithMarks"/>: its texts as
    /// <see cref="LineOrderMarks"/> planned them, or null to take them from <see cref="GlyphTextAssignment"/>.</summary>
    private void Glyphs(PdfByteBuilder content, DrawGlyphs command, string[]? textsWithMarks, PaintCommand? next)
    {
        var run = command.Run;
        var size = run.Style.FontSize;
        if (run.Glyphs.Length == 0 || !(size > 0)) return;
        var font = resources.Font(run.Font);
        ReadOnlySpan<string> texts = textsWithMarks is null ? TextsOf(run, font) : textsWithMarks;

        var originX = command.LineX + run.X;
        // Opaque text is not wrapped in q … Q (its colour stays set for the next run); translucent text is, with its
        // graphics state, and so is text whose colour a flattened layer's opacity changes.
        var color = run.Style.Color;
        var wrapped = color >> 24 != 0xFF || flattenedLayers.Count > 0;
        if (wrapped)
        {
            if (!BeginPaint(content, color)) return;
        }
        else if (textFill != color)
        {
            PaintColor(content, color, 1, stroke: false);
            textFill = color;
        }

        var rightToLeft = ReadsRightToLeft(run);
        var written = writtenGlyphs;
        written.Clear();
        var inkOnly = inkOnlyGlyphs; // marks whose text is written apart: drawn as outlines
        inkOnly.Clear();
        for (var k = 0; k < texts.Length; k++)
        {
            // In reading order: a right-to-left run's glyphs are listed left to right.
            var i = rightToLeft ? texts.Length - 1 - k : k;
            if (texts[i].Length == 0) continue;
            // A mark of a right-to-left run (shadda, tanwin) is drawn over its letter, right of the letter's start:
            // readers that order a line by position (poppler) would read it before the letter. Its ink is drawn
            // as an outline and its text written invisibly just left of the letter, after it in content order.
            if (rightToLeft && written.Count > 0 && IsMark(texts[i]) && resources.Outline(run.Font, run.Glyphs[i]) is not null)
            {
                written.Add(new WrittenGlyph(run.Glyphs[i], texts[i], written[^1].X - MarkTextOffset, 0f, true));
                inkOnly.Add(i);
                continue;
            }

            written.Add(new WrittenGlyph(run.Glyphs[i], texts[i], run.Positions[i], -(run.VerticalOffsets?[i] ?? 0), false));
        }

        // The space of a soft line break, undrawn in layout, is written (it has no ink) so that the line's last
        // word and the next line's first stay two words for readers and in the structure's text.
        if (run.BreakSpaceGlyph is { } space) written.Add(new WrittenGlyph(space, " ", run.BreakSpaceX, 0f, false));
        var lead = pendingSpace;
        pendingSpace = null;
        if (run.BreakSpaceGlyph is null && written.Count > 0 && written[^1].Text == " " && next is DrawGlyphs following
            && following.BaselineY == command.BaselineY && following.LineX + following.Run.X + following.Run.Width <= originX + written[^1].X + 0.01)
        {
            // A space between this run and the next on the line, which stands left of it (Arabic before a Latin
            // name): written first in the next run's text object.
            pendingSpace = new LeadingSpace(font, size, written[^1].Glyph, originX + written[^1].X, command.BaselineY);
            written.RemoveAt(written.Count - 1);
        }

        if (written.Count > 0 || lead is not null) Text(content, run, font, written, originX, command.BaselineY, rightToLeft, lead);
        Outlines(content, run, texts, inkOnly, originX, command.BaselineY, placement: null);
        content.Append(wrapped ? "Q\n" : "\n");
    }

    /// <summary>The text each glyph of <paramref name="run"/> stands for (<see cref="GlyphTextAssignment"/>), in a buffer
    /// reused from run to run: valid until the next run's.</summary>
    private ReadOnlySpan<string> TextsOf(GlyphRun run, PdfFontEmbedding font)
    {
        if (glyphTexts.Length < run.Glyphs.Length) glyphTexts = new string[Math.Max(run.Glyphs.Length, glyphTexts.Length * 2)];
        var texts = glyphTexts.AsSpan(0, run.Glyphs.Length);
        resources.GlyphTexts.Of(run, font.AdvanceOf, texts);
        return texts;
    }

    /// <summary>
    /// Draws as its outline each glyph of <paramref name="run"/> that stands for no text (a dot or mark whose letter its
    /// base carries) and each of <paramref name="inkOnly"/> (a mark whose text is written apart): readers then add nothing
    /// for it, where an empty ToUnicode entry makes some write U+FFFD. On the page, the run starts at (<paramref name="x"/>,
    /// <paramref name="baselineY"/>); with <paramref name="placement"/>, the text matrix of an SVG image's run
    /// (<see cref="VectorGlyphs"/>), its glyphs are placed through that.
    /// </summary>
    private void Outlines(PdfByteBuilder content, GlyphRun run, ReadOnlySpan<string> texts, HashSet<int> inkOnly, float x, float baselineY, Matrix3x2? placement)
    {
        var scale = run.Style.FontSize / run.Font.UnitsPerEm;
        // Upright on the page, a run's outlines share one q … Q: the first is placed by the scale and its point, each next
        // one by a move from the one before, in the font's units (each ~30 bytes instead of ~47: an Arabic page draws ~300 dots).
        // The scale is written to the millionth (to the thousandth, 21 pt in 2048 units would be 2.5 % off), and each move
        // is taken from where the moves written so far put the origin, so rounding does not add up along the run.
        var open = false;
        double writtenScale = 0, originX = 0, originY = 0;
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            if ((texts[i].Length > 0 && (inkOnly.Count == 0 || !inkOnly.Contains(i))) || resources.Outline(run.Font, run.Glyphs[i]) is not { } outline) continue;
            if (placement is { } matrix)
            {
                var glyph = Matrix3x2.CreateScale(scale) * Matrix3x2.CreateTranslation(run.Positions[i], -(run.VerticalOffsets?[i] ?? 0)) * matrix;
                AppendMatrix(content.Append("q "), glyph).Append(" cm /").Append(outline).Append(" Do Q ");
                continue;
            }

            double pointX = x + run.Positions[i], pointY = height - (baselineY + (run.VerticalOffsets?[i] ?? 0));
            if (!open)
            {
                content.Append("q ").AppendFineNumber(scale).Append(" 0 0 ").AppendFineNumber(scale).Append(' ').AppendNumber(pointX).Append(' ').AppendNumber(pointY);
                writtenScale = PdfSyntax.AsWritten(scale, fine: true);
                (originX, originY) = (PdfSyntax.AsWritten(pointX), PdfSyntax.AsWritten(pointY));
                open = true;
            }
            else
            {
                // A scale written as 0 draws nothing; its moves are 0 rather than infinite.
                double moveX = writtenScale > 0 ? (pointX - originX) / writtenScale : 0, moveY = writtenScale > 0 ? (pointY - originY) / writtenScale : 0;
                content.Append("1 0 0 1 ").AppendNumber(moveX).Append(' ').AppendNumber(moveY);
                originX += PdfSyntax.AsWritten(moveX) * writtenScale;
                originY += PdfSyntax.AsWritten(moveY) * writtenScale;
            }

            content.Append(" cm /").Append(outline).Append(" Do ");
        }

        if (open) content.Append("Q ");
    }

    /// <summary>
    /// Whether a run is written from its last glyph to its first: when its clusters decrease from left to right. Not
    /// <see cref="GlyphRun.RightToLeft"/>, which differs in two cases (measured on the samples and the 60 corpus: every Arabic
    /// PDF changes): a repeated leader (<c>LeaderFill</c>) numbers its copies' clusters left to right even in right-to-left
    /// text, and reversed it would be written with a move back before every dot (the Arabic sample 5.8 KB bigger); and a
    /// right-to-left run of one cluster (a lone "و" in its own style) would end pdf.js's chunk before it, where it does not now.
    /// </summary>
    private static bool ReadsRightToLeft(GlyphRun run) => run.Clusters.Length > 1 && run.Clusters[0] > run.Clusters[^1];

    /// <summary>How far left of its letter's start a right-to-left mark's invisible text is written, in points.</summary>
    private const float MarkTextOffset = 0.05f;

    private static bool IsMark(string text)
    {
        foreach (var c in text)
        {
            if (char.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)) return false;
        }

        return text.Length > 0;
    }

    /// <summary>One text object: the glyphs of <paramref name="written"/>, in that order, each at its place, after
    /// <paramref name="lead"/> (a space kept from the run before). Where readers that go by position need it, the steps
    /// <see cref="PositionalReaderSteps"/> plans.</summary>
    /// <param name="placement">The text matrix, for text that is not set upright on the page (an SVG image's text: its
    /// <paramref name="x"/> and <paramref name="baselineY"/> are then 0); null: the run's start at (x, baselineY) on the page.</param>
    private void Text(PdfByteBuilder c, GlyphRun run, PdfFontEmbedding font, List<WrittenGlyph> written, double x, float baselineY, bool rightToLeft, LeadingSpace? lead, Matrix3x2? placement = null)
    {
        var size = run.Style.FontSize;
        var y = height - baselineY;
        // What readers that go by position see of each glyph: the leading space first, its CID given after the run's (the
        // order CIDs are given in is the order they are met).
        var offset = lead is null ? 0 : 1;
        var glyphs = readerGlyphs;
        glyphs.Clear();
        if (lead is not null) glyphs.Add(default);
        foreach (var glyph in written) glyphs.Add(new PositionalReaderSteps.Glyph(glyph.Text, glyph.X, font.Advance(glyph.Glyph) * size / 1000, font.Cid(glyph.Glyph, glyph.Text)));
        if (lead is not null) glyphs[0] = new PositionalReaderSteps.Glyph(" ", lead.X - x, lead.Font.Advance(lead.Glyph) * lead.Size / 1000, lead.Font.Cid(lead.Glyph, " "));

        if (readerSteps.Length < glyphs.Count) readerSteps = new PositionalReaderSteps.Step[Math.Max(glyphs.Count, readerSteps.Length * 2)];
        var steps = readerSteps.AsSpan(0, glyphs.Count);
        var before = lastPlacedEnd is { } end && end.BaselineY == baselineY ? end.X - x : (double?)null;
        var after = PositionalReaderSteps.Plan(CollectionsMarshal.AsSpan(glyphs), size, rightToLeft, before, steps);
        lastPlacedEnd = after is { } last ? (x + last, baselineY) : null;

        var pen = 0.0; // in points from the run's start
        var line = 0.0; // where the line matrix is, from the run's start (moved by Td)
        double shown = size; // the font size set (a millionth more to end pdf.js's chunk, PositionalReaderSteps)
        var rise = 0f;
        var inArray = false;
        var inString = false;
        var spacing = 0.0; // the word spacing set (Tw): 0 again by the end, as no Q resets it for the next text object
        var invisible = false;

        // Ends the open TJ array, if any, for an operator to be appended (each ends with a space).
        PdfByteBuilder Operator()
        {
            if (inArray) c.Append(inString ? ")] TJ " : "] TJ ");
            inArray = inString = false;
            return c;
        }

        void Show(ushort cid)
        {
            if (!inArray) c.Append('[');
            if (!inString) c.Append('(');
            inArray = inString = true;
            c.AppendCode(cid);
        }

        if (placement is { } m)
        {
            AppendMatrix(c.Append("BT /").Append(font.ResourceName).Append(' ').AppendNumber(size).Append(" Tf "), m).Append(" Tm ");
        }
        else if (lead is null)
        {
            c.Append("BT /").Append(font.ResourceName).Append(' ').AppendNumber(size).Append(" Tf 1 0 0 1 ").AppendNumber(x).Append(' ').AppendNumber(y).Append(" Tm ");
        }
        else
        {
            // The space in its own font, where it stands; then the run's font, the pen carried on (no Tm: that would
            // set pdf.js's pen back too).
            c.Append("BT /").Append(lead.Font.ResourceName).Append(' ').AppendNumber(lead.Size).Append(" Tf 1 0 0 1 ").AppendNumber(lead.X).Append(' ').AppendNumber(y).Append(" Tm ");
            // Positions count from the run's start as written (readers place the run at that).
            line = pen = PdfSyntax.AsWritten(lead.X) - PdfSyntax.AsWritten(x);
            if (steps[0].WordSpacing is { } leadSpacing) Operator().AppendNumber(spacing = leadSpacing).Append(" Tw ");
            Show(glyphs[0].Cid);
            pen += glyphs[0].Advance;
            if (lead.Font != font || lead.Size != size) Operator().Append('/').Append(font.ResourceName).Append(' ').AppendNumber(size).Append(" Tf ");
        }

        for (var k = 0; k < written.Count; k++)
        {
            var (glyph, _, position, glyphRise, glyphInvisible) = written[k];
            var step = steps[k + offset];
            if (step.BreakBefore)
            {
                shown = shown == size ? size + PositionalReaderSteps.SizeNudge : size;
                // To the millionth: the nudge is a millionth of a point.
                Operator().Append('/').Append(font.ResourceName).Append(' ').AppendFineNumber(shown).Append(" Tf ");
            }

            if (step.WordSpacing is { } wordSpacing) Operator().AppendNumber(spacing = wordSpacing).Append(" Tw ");
            if (glyphRise != rise) Operator().AppendNumber(glyphRise).Append(" Ts ");
            if (glyphInvisible != invisible) Operator().Append(glyphInvisible ? "3 Tr " : "0 Tr ");
            rise = glyphRise;
            invisible = glyphInvisible;

            // TJ numbers are thousandths of the font size, subtracted from the pen. After a leading space the pen is
            // moved as finely as written numbers go, so the run's glyphs stand where they would without it.
            var adjust = Math.Round((pen - position) * 1000 / shown, lead is not null && k == 0 ? 3 : 1);
            if (Math.Abs(adjust) >= 0.1)
            {
                if (!inArray) c.Append('[');
                if (inString) c.Append(')');
                inArray = true;
                inString = false;
                c.AppendNumber(adjust);
                pen -= adjust * shown / 1000;
            }

            Show(glyphs[k + offset].Cid);
            pen += font.Advance(glyph) * shown / 1000;
            if (step.ResyncAfter)
            {
                // The line matrix to the pen, which puts pdf.js's pen where the others' is; to the millionth, so that
                // what follows stands where it would without (a thousandth of a point moves glyphs across a
                // rasterizer's subpixel steps).
                var move = pen - line;
                Operator().Append("0 Tw ").AppendFineNumber(move).Append(" 0 Td ");
                spacing = 0;
                line += PdfSyntax.AsWritten(move, fine: true);
                pen = line;
            }
        }

        if (inArray) c.Append(inString ? ")] TJ " : "] TJ ");
        if (PdfSyntax.AsWritten(spacing) != 0) c.Append("0 Tw ");
        c.Append(rise != 0 ? "0 Ts " : "").Append(invisible ? "0 Tr " : "").Append("ET ");
    }

    /// <summary>The space kept from a run, written alone where it stands: no text came after it on its line.</summary>
    private void WritePendingSpace(PdfByteBuilder content)
    {
        if (pendingSpace is not { } space) return;
        pendingSpace = null;
        content.Append("BT /").Append(space.Font.ResourceName).Append(' ').Append(N(space.Size)).Append(" Tf 1 0 0 1 ")
            .Append(N(space.X)).Append(' ').Append(N(height - space.BaselineY)).Append(" Tm [(")
            .AppendCode(space.Font.Cid(space.Glyph, " ")).Append(")] TJ ET\n");
    }

    /// <summary>An SVG image as paths: its view box mapped into <paramref name="destination"/> by one <c>cm</c> (y flipped
    /// to PDF's), each shape filled and stroked in its paint; gradients as axial or radial shadings inside the shape. A text
    /// piece with glyph runs in <paramref name="text"/> is written as text instead of its outlines.</summary>
    private void Vector(PdfByteBuilder content, Images.VectorImage vector, SKRect destination, IReadOnlyList<IReadOnlyList<GlyphRun>?>? text)
    {
        var m = ImagePainter.ViewBoxTransform(vector, destination);
        content.Append(N(m.ScaleX)).Append(" 0 0 ").Append(N(-m.ScaleY)).Append(' ').Append(N(m.TransX)).Append(' ').Append(N(height - m.TransY)).Append(" cm\n");
        for (var i = 0; i < vector.Shapes.Count; i++)
        {
            var shape = vector.Shapes[i];
            if (text?[i] is { } runs && shape.Text is { } piece)
            {
                foreach (var run in runs) VectorGlyphs(content, run, piece.Placement);
                continue;
            }

            if (shape.Fill is { } fill) Shape(content, shape, fill, stroke: null);
            if (shape.Stroke is { Width: > 0 } stroke) Shape(content, shape, stroke.Paint, stroke);
        }
    }

    /// <summary>
    /// A glyph run of an SVG image's text as a text object in the document's font (its subset shared with the HTML text),
    /// under the image's <c>cm</c>: the text matrix maps the run's text space (y up, its pen starting at the run's x) into
    /// the view box (y down) by <paramref name="placement"/>, so any transform the SVG gives is kept. Glyphs that stand for
    /// no text are drawn as their outlines, as on the page.
    /// </summary>
    private void VectorGlyphs(PdfByteBuilder content, GlyphRun run, Matrix3x2 placement)
    {
        var size = run.Style.FontSize;
        if (run.Glyphs.Length == 0 || run.IsObject || !(size > 0)) return;
        var font = resources.Font(run.Font);
        var texts = TextsOf(run, font);
        if (!BeginPaint(content, run.Style.Color)) return;
        var rightToLeft = ReadsRightToLeft(run);
        var written = writtenGlyphs;
        written.Clear();
        for (var k = 0; k < texts.Length; k++)
        {
            // In reading order: a right-to-left run's glyphs are listed left to right.
            var i = rightToLeft ? texts.Length - 1 - k : k;
            if (texts[i].Length > 0) written.Add(new WrittenGlyph(run.Glyphs[i], texts[i], run.Positions[i], -(run.VerticalOffsets?[i] ?? 0), false));
        }

        var matrix = Matrix3x2.CreateScale(1, -1) * Matrix3x2.CreateTranslation(run.X, 0) * placement;
        // The image's text is not on a line of the page: pdf.js's pen is not carried into or out of it.
        lastPlacedEnd = null;
        if (written.Count > 0) Text(content, run, font, written, 0, 0, rightToLeft, null, matrix);
        lastPlacedEnd = null;
        inkOnlyGlyphs.Clear(); // no mark's text is written apart here
        Outlines(content, run, texts, inkOnlyGlyphs, 0, 0, matrix);
        content.Append("Q\n");
    }

    /// <summary>Appends a matrix's six numbers as <c>cm</c> and <c>Tm</c> take them.</summary>
    private static PdfByteBuilder AppendMatrix(PdfByteBuilder content, Matrix3x2 m) =>
        content.AppendNumber(m.M11).Append(' ').AppendNumber(m.M12).Append(' ').AppendNumber(m.M21).Append(' ').AppendNumber(m.M22)
            .Append(' ').AppendNumber(m.M31).Append(' ').AppendNumber(m.M32);

    private void Shape(PdfByteBuilder content, Images.VectorShape shape, Images.VectorPaint paint, Images.VectorStroke? stroke)
    {
        content.Append("q ");
        var opacity = Math.Clamp(shape.Opacity, 0, 1);
        if (opacity < 1 && !resources.FlattensTransparency) content.Append('/').Append(resources.Opacity(opacity)).Append(" gs ");
        // A translucent gradient is drawn opaque when flattened: its shading cannot fold an opacity in.
        if (resources.FlattensTransparency && paint is not Images.SolidPaint && (opacity < 1 || flattenedLayers.Any(o => o < 1))) resources.NoteFlattened();
        if (stroke is not null)
        {
            content.Append(N(stroke.Width)).Append(" w ").Append(N(stroke.MiterLimit)).Append(" M ")
                .Append(stroke.LineJoin switch { "round" => 1, "bevel" => 2, _ => 0 }).Append(" j ")
                .Append(stroke.LineCap switch { "round" => 1, "square" => 2, _ => 0 }).Append(" J ");
            if (stroke.Dashes.Count >= 2 && stroke.Dashes.Sum() > 0) content.Append('[').AppendJoin(' ', stroke.Dashes.Select(d => N(d))).Append("] 0 d ");
        }

        switch (paint)
        {
            case Images.SolidPaint solid:
                // Flattened, the shape's opacity is folded into its colour; otherwise its graphics state holds it.
                PaintColor(content, solid.Color, (solid.Color >> 24) / 255.0 * (resources.FlattensTransparency ? opacity : 1), stroke is not null);
                VectorPathOperators(content, shape.Path);
                content.Append(stroke is not null ? "S" : shape.EvenOddFill ? "f*" : "f");
                break;
            case Images.LinearGradientPaint or Images.RadialGradientPaint when stroke is null:
                // The shading fills the clip of the shape (a stroked gradient is drawn in the gradient's middle colour).
                VectorPathOperators(content, shape.Path);
                content.Append(shape.EvenOddFill ? "W* n " : "W n ").Append('/').Append(resources.Shading(Shading(paint))).Append(" sh");
                break;
            default:
                var stops = paint switch { Images.LinearGradientPaint l => l.Stops, Images.RadialGradientPaint r => r.Stops, _ => [] };
                if (stops.Count == 0) break;
                AppendColor(content, stops[stops.Count / 2].Color).Append(" RG ");
                VectorPathOperators(content, shape.Path);
                content.Append('S');
                break;
        }

        content.Append(" Q\n");
    }

    /// <summary>An axial or radial shading (types 2 and 3) through the gradient's stops, extended past its ends as SVG's pad.</summary>
    private static string Shading(Images.VectorPaint paint)
    {
        var (type, coords, stops) = paint switch
        {
            Images.LinearGradientPaint l => (2, $"{N(l.X1)} {N(l.Y1)} {N(l.X2)} {N(l.Y2)}", l.Stops),
            Images.RadialGradientPaint r => (3, $"{N(r.CenterX)} {N(r.CenterY)} 0 {N(r.CenterX)} {N(r.CenterY)} {N(Math.Max(r.Radius, 0.0001f))}", r.Stops),
            _ => throw new ArgumentOutOfRangeException(nameof(paint)),
        };
        var ordered = stops.Count == 0 ? [new Images.GradientStop(0, 0xFF000000)] : stops.OrderBy(s => s.Offset).ToList();
        string Interpolation(uint from, uint to) => $"<</FunctionType 2/Domain[0 1]/C0[{Color(from)}]/C1[{Color(to)}]/N 1>>";
        string function;
        if (ordered.Count == 1) function = Interpolation(ordered[0].Color, ordered[0].Color);
        else
        {
            var pieces = ordered.Zip(ordered.Skip(1)).Select(p => Interpolation(p.First.Color, p.Second.Color));
            var bounds = ordered.Skip(1).SkipLast(1).Select(s => N(Math.Clamp(s.Offset, 0, 1)));
            function = $"<</FunctionType 3/Domain[0 1]/Functions[{string.Join("", pieces)}]/Bounds[{string.Join(' ', bounds)}]/Encode[{string.Join(' ', Enumerable.Repeat("0 1", ordered.Count - 1))}]>>";
        }

        return $"<</ShadingType {type}/ColorSpace/DeviceRGB/Coords[{coords}]/Function {function}/Extend[true true]>>";
    }

    private static void VectorPathOperators(PdfByteBuilder content, Images.VectorPath path)
    {
        foreach (var segment in path.Segments)
        {
            switch (segment)
            {
                case Images.MoveTo move:
                    content.Append(N(move.X)).Append(' ').Append(N(move.Y)).Append(" m ");
                    break;
                case Images.LineTo line:
                    content.Append(N(line.X)).Append(' ').Append(N(line.Y)).Append(" l ");
                    break;
                case Images.CubicTo cubic:
                    content.Append(N(cubic.X1)).Append(' ').Append(N(cubic.Y1)).Append(' ').Append(N(cubic.X2)).Append(' ').Append(N(cubic.Y2))
                        .Append(' ').Append(N(cubic.X)).Append(' ').Append(N(cubic.Y)).Append(" c ");
                    break;
                case Images.ClosePath:
                    content.Append("h ");
                    break;
            }
        }
    }

    private static PdfByteBuilder StrokeStyle(PdfByteBuilder content, float thickness, string style)
    {
        content.Append(N(thickness)).Append(" w ");
        return style switch
        {
            "dashed" => content.Append('[').Append(N(thickness * 3)).Append(' ').Append(N(thickness * 2)).Append("] 0 d "),
            "dotted" => content.Append('[').Append(N(thickness)).Append(' ').Append(N(thickness)).Append("] 0 d "),
            _ => content,
        };
    }

    /// <summary>Appends a rectangle's x, y (flipped), width and height, as <c>re</c> takes them.</summary>
    private PdfByteBuilder AppendRect(PdfByteBuilder content, SKRect rect) =>
        content.AppendNumber(rect.Left).Append(' ').AppendNumber(height - rect.Bottom).Append(' ').AppendNumber(rect.Width).Append(' ').AppendNumber(rect.Height);

    /// <summary>Appends a point with its y flipped to PDF's (no string in between: rectangles and corners write many).</summary>
    private PdfByteBuilder AppendPoint(PdfByteBuilder content, double x, double y) => content.AppendNumber(x).Append(' ').AppendNumber(height - y);

    /// <summary>A rounded rectangle's path: straight edges and a Bézier quarter ellipse at each corner with a radius.</summary>
    private PdfByteBuilder RoundRect(PdfByteBuilder content, SKRoundRect shape)
    {
        var r = shape.Rect;
        var ul = shape.GetRadii(SKRoundRectCorner.UpperLeft);
        var ur = shape.GetRadii(SKRoundRectCorner.UpperRight);
        var lr = shape.GetRadii(SKRoundRectCorner.LowerRight);
        var ll = shape.GetRadii(SKRoundRectCorner.LowerLeft);
        AppendPoint(content, r.Left + ul.X, r.Top).Append(" m ");
        AppendPoint(content, r.Right - ur.X, r.Top).Append(" l ");
        Corner(content, r.Right - ur.X, r.Top, r.Right, r.Top + ur.Y, horizontalFirst: true);
        AppendPoint(content, r.Right, r.Bottom - lr.Y).Append(" l ");
        Corner(content, r.Right, r.Bottom - lr.Y, r.Right - lr.X, r.Bottom, horizontalFirst: false);
        AppendPoint(content, r.Left + ll.X, r.Bottom).Append(" l ");
        Corner(content, r.Left + ll.X, r.Bottom, r.Left, r.Bottom - ll.Y, horizontalFirst: true);
        AppendPoint(content, r.Left, r.Top + ul.Y).Append(" l ");
        Corner(content, r.Left, r.Top + ul.Y, r.Left + ul.X, r.Top, horizontalFirst: false);
        return content.Append("h ");
    }

    /// <summary>A quarter ellipse from (x0, y0) to (x1, y1), leaving along the x axis first when <paramref name="horizontalFirst"/>.</summary>
    private void Corner(PdfByteBuilder content, double x0, double y0, double x1, double y1, bool horizontalFirst)
    {
        if (x0 == x1 || y0 == y1) return; // no radius: the straight edges meet
        var (c1x, c1y, c2x, c2y) = horizontalFirst
            ? (x0 + (x1 - x0) * Kappa, y0, x1, y1 - (y1 - y0) * Kappa)
            : (x0, y0 + (y1 - y0) * Kappa, x1 - (x1 - x0) * Kappa, y1);
        AppendPoint(AppendPoint(AppendPoint(content, c1x, c1y).Append(' '), c2x, c2y).Append(' '), x1, y1).Append(" c ");
    }

    private PdfByteBuilder Ellipse(PdfByteBuilder content, SKRect rect)
    {
        double cx = rect.MidX, cy = rect.MidY;
        AppendPoint(content, rect.Right, cy).Append(" m ");
        Corner(content, rect.Right, cy, cx, rect.Bottom, horizontalFirst: false);
        Corner(content, cx, rect.Bottom, rect.Left, cy, horizontalFirst: true);
        Corner(content, rect.Left, cy, cx, rect.Top, horizontalFirst: false);
        Corner(content, cx, rect.Top, rect.Right, cy, horizontalFirst: true);
        return content.Append("h ");
    }

    /// <summary>A colour's three components as <see cref="AppendColor"/> spells them, for a shading's dictionary.</summary>
    private static string Color(uint argb) => Encoding.ASCII.GetString(AppendColor(new PdfByteBuilder(32), argb).Written);

    private static PdfByteBuilder AppendColor(PdfByteBuilder content, uint argb) =>
        content.AppendNumber(((argb >> 16) & 0xFF) / 255.0).Append(' ').AppendNumber(((argb >> 8) & 0xFF) / 255.0).Append(' ').AppendNumber((argb & 0xFF) / 255.0);

    private static string N(double value) => PdfSyntax.Number(value);
}
