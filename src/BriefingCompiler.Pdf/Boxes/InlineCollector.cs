using System.Text;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// Gathers the inline content between two blocks and turns it into a <see cref="ParagraphBox"/>, collapsing
/// white space across run boundaries as CSS does (normal, nowrap and pre-line collapse spaces; pre and
/// pre-wrap keep them; pre-line keeps newlines).
/// </summary>
public sealed class InlineCollector
{
    private readonly List<(string Text, ComputedStyle Style, InlineTag Tag)> pieces = [];
    private readonly Queue<string> pendingAnchors = new();

    public bool HasContent => pieces.Count > 0;

    /// <summary>How many pieces have been gathered (text, edges, objects, breaks).</summary>
    public int Count => pieces.Count;

    /// <summary>Whether something other than white space has been gathered.</summary>
    public bool HasVisibleText => pieces.Any(p => !string.IsNullOrWhiteSpace(p.Text));

    public void Add(string text, ComputedStyle style, InlineTag tag) => pieces.Add((text, style, Anchored(tag)));

    /// <summary>An element id that starts here; it is attached to the next piece of text (nested ids to the pieces after).</summary>
    public void Anchor(string id) => pendingAnchors.Enqueue(id);

    /// <summary>
    /// An atomic inline (inline-block, inline-table, inline-flex, inline-grid, an image in a line): one object in the
    /// line, its width set by layout. <paramref name="style"/> is the style of the text around it (the line's strut);
    /// the tag names the box. Decorations of the text around are not drawn across it (CSS 2.1 §16.3.1).
    /// </summary>
    public void AddAtomic(Box box, ComputedStyle style, InlineTag tag) =>
        pieces.Add((Text.TextRun.ObjectText, style, Anchored(tag with { Atomic = box, Underline = false, LineThrough = false })));

    /// <summary>
    /// The room at an inline element's start or end (<see cref="InlineEdge"/>): <paramref name="width"/> points in
    /// the line, glued to the text beside it; white space collapses across it as across the element's edge.
    /// </summary>
    public void AddEdge(InlineEdge edge, ComputedStyle style, InlineTag tag) =>
        pieces.Add((edge.IsStart ? Text.TextRun.StartSpacerText : Text.TextRun.EndSpacerText, style,
            Anchored(tag with { Edge = edge, Underline = false, LineThrough = false })));

    /// <summary>
    /// An absolutely positioned box whose element is inline-level, where it is in the text: nothing in the line (a
    /// zero-width edge glued to the text after it), but its static position (CSS 2.1 §10.3.7) is where it stands.
    /// </summary>
    public void AddPositioned(Box box, ComputedStyle style, InlineTag tag) =>
        pieces.Add((Text.TextRun.StartSpacerText, style, Anchored(tag with { Edge = new InlineEdge(0, true), Positioned = box, Underline = false, LineThrough = false })));

    /// <summary>
    /// An inline-level running element (<c>position: running(name)</c>, CSS GCPM 3 §2.4), where it is in the text: out of the
    /// flow, so nothing in the line (a zero-width edge glued to the text after it), but it marks the page that sets it.
    /// </summary>
    public void AddRunning(RunningElement running, ComputedStyle style, InlineTag tag) =>
        pieces.Add((Text.TextRun.StartSpacerText, style, Anchored(tag with { Edge = new InlineEdge(0, true), Running = running, Underline = false, LineThrough = false })));

    public void AddBreak(ComputedStyle style, InlineTag tag) => pieces.Add(("\n", style with { WhiteSpace = WhiteSpace.Pre }, Anchored(tag)));

    /// <summary>
    /// Finds the <c>::first-letter</c> in what has been gathered from piece <paramref name="from"/> on (<see cref="FirstLetterSpan"/>)
    /// and puts in its place what <paramref name="replace"/> makes of the pieces it spans (cut where it starts and
    /// ends; nothing, for a floated letter its caller sets apart). The letter is looked for up to the first atomic inline,
    /// forced break, cross-reference, leader or footnote call: the first line's first letter is not past one. False when
    /// there is no letter there.
    /// </summary>
    public bool ReplaceFirstLetter(int from, Func<IReadOnlyList<(string Text, ComputedStyle Style, InlineTag Tag)>, IEnumerable<(string Text, ComputedStyle Style, InlineTag Tag)>> replace)
    {
        var text = new StringBuilder();
        var starts = new List<int>();
        for (var i = from; i < pieces.Count; i++)
        {
            var (pieceText, style, tag) = pieces[i];
            // An element's edge holds no letter: it counts as no text.
            pieceText = tag.Edge is null ? pieceText : "";
            if (tag is { Atomic: not null } or { Reference: not null } or { Leader: not null } or { Footnote: not null } || (pieceText == "\n" && style.WhiteSpace == WhiteSpace.Pre))
                break;
            starts.Add(text.Length);
            text.Append(pieceText);
        }

        if (FirstLetterSpan.Find(text.ToString()) is not var (start, end))
            return false;

        var letter = new List<(string Text, ComputedStyle Style, InlineTag Tag)>();
        var before = new List<(string Text, ComputedStyle Style, InlineTag Tag)>();
        var after = new List<(string Text, ComputedStyle Style, InlineTag Tag)>();
        var last = from;
        for (var k = 0; k < starts.Count; k++)
        {
            var (pieceText, style, tag) = pieces[from + k];
            if (tag.Edge is not null)
            {
                continue;
            }

            int pieceStart = starts[k], pieceEnd = pieceStart + pieceText.Length;
            if (pieceEnd <= start || pieceStart >= end)
            {
                if (pieceStart >= end)
                    break;
                continue;
            }

            last = from + k;
            int cutStart = Math.Max(start, pieceStart) - pieceStart, cutEnd = Math.Min(end, pieceEnd) - pieceStart;
            // An id on the piece stays with its first part.
            var later = tag with { AnchorId = null };
            if (cutStart > 0)
                before.Add((pieceText[..cutStart], style, tag));
            letter.Add((pieceText[cutStart..cutEnd], style, cutStart > 0 ? later : tag));
            if (cutEnd < pieceText.Length)
                after.Add((pieceText[cutEnd..], style, later));
        }

        // The pieces the letter touches are the contiguous range [firstTouched, last].
        var firstTouched = from;
        for (var k = 0; k < starts.Count; k++)
        {
            if (starts[k] + pieces[from + k].Text.Length > start)
            {
                firstTouched = from + k;
                break;
            }
        }

        pieces.RemoveRange(firstTouched, last - firstTouched + 1);
        pieces.InsertRange(firstTouched, before.Concat(replace(letter)).Concat(after));
        return true;
    }

    private InlineTag Anchored(InlineTag tag) =>
        tag.AnchorId is null && pendingAnchors.TryDequeue(out var id) ? tag with { AnchorId = id } : tag;

    /// <summary>
    /// The paragraph of everything gathered, or null when it is only collapsible white space. With
    /// <paramref name="firstLine"/> (a <c>::first-line</c> applies), the paragraph carries a second version of its runs,
    /// each piece in the style that function gives it, for its first line (<see cref="ParagraphBox.FirstLine"/>, in
    /// <paramref name="firstLineStyle"/>): the same text, so offsets into either are offsets into both.
    /// </summary>
    public ParagraphBox? Flush(ComputedStyle blockStyle, Func<ComputedStyle, InlineTag, (ComputedStyle Style, InlineTag Tag)>? firstLine = null, ComputedStyle? firstLineStyle = null)
    {
        var collapsed = new List<(string Text, ComputedStyle Style, InlineTag Tag)>(pieces.Count);
        var afterSpace = true;
        foreach (var (text, style, tag) in pieces)
        {
            // White space collapses across an element's edge as if it were not there (CSS Text 3 §4.1.1).
            collapsed.Add((tag.Edge is null ? Collapse(text, style.WhiteSpace, ref afterSpace) : text, style, tag));
        }

        pieces.Clear();
        var runs = Runs(collapsed, null);
        if (runs.All(r => r.ObjectWidth == 0 && r.Tag is InlineTag { Edge: not null, Positioned: null, Running: null }))
        {
            // Nothing but empty inline elements: no line box (CSS 2.1 §9.4.2 — it would be zero-height). A positioned box or a
            // running element in the text keeps its (zero-height) line: it marks where the box was.
            return null;
        }

        // unicode-bidi: plaintext on the block: the paragraph's direction is its text's (CSS Writing Modes 3 §2.2), for its
        // bidi levels and for what start, end and text-indent mean in it.
        var rightToLeft = blockStyle.UnicodeBidi == UnicodeBidi.Plaintext ? InlineBidi.IsRightToLeftByContent(runs) : blockStyle.RightToLeft;
        var paragraph = new ParagraphBox(blockStyle.Anonymous(Display.Block) with { RightToLeft = rightToLeft }, runs);
        return firstLine is null || firstLineStyle is null
            ? paragraph
            : paragraph with { FirstLine = new ParagraphBox(firstLineStyle.Anonymous(Display.Block) with { RightToLeft = rightToLeft }, Runs(collapsed, firstLine)) };
    }

    /// <summary>The runs of the collapsed pieces, text-transformed, each piece restyled by <paramref name="restyle"/> when given.</summary>
    private static List<TextRun> Runs(List<(string Text, ComputedStyle Style, InlineTag Tag)> collapsed, Func<ComputedStyle, InlineTag, (ComputedStyle Style, InlineTag Tag)>? restyle)
    {
        var runs = new List<TextRun>();
        var inWord = false;
        string? carried = null;
        foreach (var (text, pieceStyle, pieceTag) in collapsed)
        {
            var (style, tag) = restyle is null ? (pieceStyle, pieceTag) : restyle(pieceStyle, pieceTag);
            // An element's edge is no letter and ends no word (capitalize goes on across it).
            var transformed = tag.Edge is null ? Transform(text, style.TextTransform, style.Language, ref inWord) : text;
            if (transformed.Length > 0)
            {
                // An id on a piece that collapsed away moves on to the next text.
                var anchoredTag = tag.AnchorId is null && carried is not null ? tag with { AnchorId = carried } : tag;
                carried = null;
                switch (anchoredTag)
                {
                    case { Edge: { } edge }:
                        runs.Add(TextRun.Spacer(edge.Width, edge.IsStart, style.ToTextStyle(), anchoredTag) with
                        {
                            Embedding = edge.Embedding ?? tag.Bidi,
                            IsEmbeddingEdge = edge.Embedding is not null,
                            Inline = edge.Owner ?? tag.Edged,
                            EdgeOf = edge.Owner,
                            IsLeftEdge = edge.IsLeft,
                        });
                        break;
                    case { Atomic: null } when style.SmallCaps:
                        runs.AddRange(SmallCapsRuns(transformed, style.ToTextStyle(), anchoredTag).Select(run => run with { Embedding = tag.Bidi, Inline = tag.Edged }));
                        break;
                    case { Atomic: null }:
                        runs.Add(new TextRun(transformed, style.ToTextStyle(), anchoredTag) { Embedding = tag.Bidi, Inline = tag.Edged });
                        break;
                    default:
                        runs.Add(TextRun.Object(0, style.ToTextStyle(), anchoredTag) with { Embedding = tag.Bidi, Inline = tag.Edged });
                        break;
                }
            }
            else
            {
                carried ??= tag.AnchorId;
            }
        }

        TrimTrailingSpace(runs);
        return runs;
    }

    /// <summary>
    /// Synthesized small capitals (CSS Fonts 3 §6.3: a face without them): each stretch of lower-case letters becomes
    /// a run of their capitals at <see cref="ComputedStyle.SmallCapsScale"/> of the size, on the same baseline and with
    /// the same tag; everything else stays as it is. Character by character, so offsets into the text stay valid.
    /// </summary>
    internal static IEnumerable<TextRun> SmallCapsRuns(string text, TextStyle style, InlineTag tag)
    {
        // The line is measured with the element's font, not the smaller capitals' (their inline box is the element's).
        var small = style with { FontSize = style.FontSize * ComputedStyle.SmallCapsScale, StrutFontSize = style.FontSize };
        var start = 0;
        while (start < text.Length)
        {
            var lower = IsSmallCapsLetter(text[start]);
            var end = start + 1;
            while (end < text.Length && IsSmallCapsLetter(text[end]) == lower)
            {
                end++;
            }

            var piece = text[start..end];
            yield return lower ? new TextRun(piece.ToUpperInvariant(), small, tag) : new TextRun(piece, style, tag);
            start = end;
        }
    }

    /// <summary>A letter that has a capital of its own (one UTF-16 unit long, so the text keeps its length).</summary>
    private static bool IsSmallCapsLetter(char c) => char.ToUpperInvariant(c) != c;

    /// <summary>
    /// text-transform, character by character (so offsets into the text stay valid); capitalize title-cases
    /// the first letter of each word, a word going on across elements (<paramref name="inWord"/>). Lower-casing gives a
    /// capital sigma at a word's end its final form (ς); upper-casing Greek text (<paramref name="language"/> el) drops
    /// the accents, as CSS Text 3 §2.1.1 and Unicode's Greek tailoring say (<see cref="GreekCapital"/>).
    /// </summary>
    internal static string Transform(string text, string transform, string? language, ref bool inWord)
    {
        if (transform == "none")
        {
            inWord = text.Length > 0 ? IsWordCharacter(text[^1]) : inWord;
            return text;
        }

        var greek = transform == "uppercase" && language is { } lang
            && (lang.Equals("el", StringComparison.OrdinalIgnoreCase) || lang.StartsWith("el-", StringComparison.OrdinalIgnoreCase));
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var afterLetter = i > 0 ? char.IsLetter(text[i - 1]) : inWord;
            result.Append(transform switch
            {
                "uppercase" when greek => GreekCapital(text, i, afterLetter),
                "uppercase" => char.ToUpperInvariant(c),
                "lowercase" when c == '\u03A3' && afterLetter && (i + 1 == text.Length || !char.IsLetter(text[i + 1])) => '\u03C2',
                "lowercase" => char.ToLowerInvariant(c),
                _ => inWord ? c : TitleCase(c),
            });
            inWord = IsWordCharacter(c);
        }

        return result.ToString();
    }

    /// <summary>The title case of a letter: the capital, except for the digraphs that have a title-case form of their own
    /// (Dž, Lj, Nj, Dz: UnicodeData's simple titlecase mapping).</summary>
    private static char TitleCase(char c) => c switch
    {
        >= '\u01C4' and <= '\u01C6' => '\u01C5',
        >= '\u01C7' and <= '\u01C9' => '\u01C8',
        >= '\u01CA' and <= '\u01CC' => '\u01CB',
        >= '\u01F1' and <= '\u01F3' => '\u01F2',
        _ => char.ToUpperInvariant(c),
    };

    /// <summary>
    /// The capital of the Greek letter at <paramref name="i"/> in Greek text, without its accent (the diaeresis stays):
    /// ά → Α, ΐ → Ϊ. An ι or υ after an accented vowel it would otherwise form a diphthong with takes a diaeresis
    /// (Νεράιδα → ΝΕΡΑΪΔΑ), and the disjunctive ή standing alone keeps its accent (Ή). One UTF-16 unit in, one out;
    /// polytonic letters and anything else are upper-cased as usual. (A table, not Unicode decomposition: the engine
    /// runs with invariant globalization, where string normalization leaves non-ASCII text as it is.)
    /// </summary>
    private static char GreekCapital(string text, int i, bool afterLetter)
    {
        var c = text[i];
        if (c == '\u03AE' && !afterLetter && (i + 1 == text.Length || !char.IsLetter(text[i + 1])))
        {
            return '\u0389';
        }

        if (GreekAccented(c) is { } accented)
        {
            return accented.Capital;
        }

        if (i > 0 && GreekAccented(text[i - 1]) is { Accented: true, Diaeresis: false } previous)
        {
            switch (c)
            {
                case '\u03B9' or '\u0399' when previous.Capital is '\u0391' or '\u0395' or '\u039F' or '\u03A5':
                    return '\u03AA';
                case '\u03C5' or '\u03A5' when previous.Capital is '\u0391' or '\u0395' or '\u0397' or '\u039F':
                    return '\u03AB';
            }
        }

        return char.ToUpperInvariant(c);
    }

    /// <summary>A monotonic Greek vowel with a tonos or a diaeresis: its capital without the tonos, and which marks it had.</summary>
    private static (char Capital, bool Accented, bool Diaeresis)? GreekAccented(char c) => c switch
    {
        '\u03AC' or '\u0386' => ('\u0391', true, false),
        '\u03AD' or '\u0388' => ('\u0395', true, false),
        '\u03AE' or '\u0389' => ('\u0397', true, false),
        '\u03AF' or '\u038A' => ('\u0399', true, false),
        '\u03CC' or '\u038C' => ('\u039F', true, false),
        '\u03CD' or '\u038E' => ('\u03A5', true, false),
        '\u03CE' or '\u038F' => ('\u03A9', true, false),
        '\u0390' => ('\u03AA', true, true),
        '\u03B0' => ('\u03AB', true, true),
        '\u03CA' or '\u03AA' => ('\u03AA', false, true),
        '\u03CB' or '\u03AB' => ('\u03AB', false, true),
        _ => null,
    };

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '\'' or '\u2019' || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    private static string Collapse(string text, WhiteSpace whiteSpace, ref bool afterSpace)
    {
        var result = new StringBuilder(text.Length);
        var keepsSpaces = whiteSpace is WhiteSpace.Pre or WhiteSpace.PreWrap;
        var keepsNewlines = keepsSpaces || whiteSpace == WhiteSpace.PreLine;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (c == '\n' && keepsNewlines)
            {
                if (!keepsSpaces)
                {
                    while (result.Length > 0 && result[^1] == ' ')
                    {
                        result.Length--;
                    }
                }

                result.Append('\n');
                afterSpace = true;
            }
            else if (keepsSpaces)
            {
                // Tabs become spaces: the text engine measures spaces, not tab stops.
                result.Append(c == '\t' ? "    " : c.ToString());
                afterSpace = false;
            }
            else if (c is ' ' or '\t' or '\n' or '\f')
            {
                if (!afterSpace)
                {
                    result.Append(' ');
                }

                afterSpace = true;
            }
            else
            {
                result.Append(c);
                // Spaces collapse "treating bidi formatting characters as if they were not there" (CSS 2.1 §16.6.1,
                // CSS Text 3 §4.1.1): in "a \u202E b" the space after the override's start goes.
                if (!BidiAlgorithm.IsDirectionalFormatting(c)) afterSpace = false;
            }
        }

        return result.ToString();
    }

    private static void TrimTrailingSpace(List<TextRun> runs)
    {
        // Elements' edges at the end stay; the space before them goes (white space at a line's end is removed).
        var edges = 0;
        while (edges < runs.Count && runs[^(edges + 1)].Tag is InlineTag { Edge: not null })
        {
            edges++;
        }

        var tail = runs.GetRange(runs.Count - edges, edges);
        runs.RemoveRange(runs.Count - edges, edges);
        TrimTrailingText(runs);
        runs.AddRange(tail);
    }

    private static void TrimTrailingText(List<TextRun> runs)
    {
        // Spaces that do not hang (white-space: pre) stay at the end (CSS 2.1 §16.6.1 step 4).
        while (runs.Count > 0 && runs[^1].Style.TrailingSpacesHang)
        {
            var last = runs[^1];
            var trimmed = last.Text.TrimEnd(' ');
            if (trimmed.Length == last.Text.Length)
            {
                return;
            }

            if (trimmed.Length > 0)
            {
                runs[^1] = last with { Text = trimmed };
                return;
            }

            runs.RemoveAt(runs.Count - 1);
        }
    }
}
