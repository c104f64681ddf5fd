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

    public void AddBreak(ComputedStyle style, InlineTag tag) => pieces.Add(("\n", style with { WhiteSpace = WhiteSpace.Pre }, Anchored(tag)));

    private InlineTag Anchored(InlineTag tag) =>
        tag.AnchorId is null && pendingAnchors.TryDequeue(out var id) ? tag with { AnchorId = id } : tag;

    /// <summary>The paragraph of everything gathered, or null when it is only collapsible white space.</summary>
    public ParagraphBox? Flush(ComputedStyle blockStyle)
    {
        var runs = new List<TextRun>();
        var afterSpace = true;
        var inWord = false;
        string? carried = null;
        foreach (var (text, style, tag) in pieces)
        {
            var collapsed = Transform(Collapse(text, style.WhiteSpace, ref afterSpace), style.TextTransform, ref inWord);
            if (collapsed.Length > 0)
            {
                // An id on a piece that collapsed away moves on to the next text.
                var anchoredTag = tag.AnchorId is null && carried is not null ? tag with { AnchorId = carried } : tag;
                carried = null;
                runs.Add(anchoredTag.Atomic is null
                    ? new TextRun(collapsed, style.ToTextStyle(), anchoredTag)
                    : TextRun.Object(0, style.ToTextStyle(), anchoredTag));
            }
            else
            {
                carried ??= tag.AnchorId;
            }
        }

        pieces.Clear();
        TrimTrailingSpace(runs);
        return runs.Count == 0 ? null : new ParagraphBox(blockStyle.Anonymous(Display.Block), runs);
    }

    /// <summary>
    /// text-transform, character by character (so offsets into the text stay valid); capitalize upper-cases
    /// the first letter of each word, a word going on across elements (<paramref name="inWord"/>).
    /// </summary>
    private static string Transform(string text, string transform, ref bool inWord)
    {
        if (transform == "none")
        {
            inWord = text.Length > 0 ? IsWordCharacter(text[^1]) : inWord;
            return text;
        }

        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(transform switch
            {
                "uppercase" => char.ToUpperInvariant(c),
                "lowercase" => char.ToLowerInvariant(c),
                _ => inWord ? c : char.ToUpperInvariant(c),
            });
            inWord = IsWordCharacter(c);
        }

        return result.ToString();
    }

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
                afterSpace = false;
            }
        }

        return result.ToString();
    }

    private static void TrimTrailingSpace(List<TextRun> runs)
    {
        while (runs.Count > 0)
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
