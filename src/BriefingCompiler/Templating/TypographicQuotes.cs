using System.Text;
using BriefingCompiler.Localization;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingCompiler.Templating;

/// <summary>
/// Turns the straight quotes typed in Markdown prose into the document language's quotation marks (<see
/// cref="QuotationMarks"/>) for the HTML and PDF: <c>"…"</c> the primary pair, <c>'…'</c> the secondary, an
/// apostrophe between letters ’. Whether a mark opens or closes is read from its neighbours across the inlines of
/// one paragraph or heading (<c>"**bold**"</c>), and where they do not tell, from whether a pair is open. Code spans,
/// code blocks, backslash-escaped quotes (<c>\"</c>) and quotes inside text typed as an HTML tag stay as typed, as does the source itself: the Word document,
/// translation files and diffs show what the author wrote.
/// </summary>
internal static class TypographicQuotes
{
    public static void Apply(MarkdownDocument document, QuotationMarks marks)
    {
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inlines)
                Apply(inlines, marks);
        }
    }

    /// <summary>A piece of the paragraph's text: a literal's characters, or one character standing for an inline that is not text.</summary>
    private readonly record struct Piece(LiteralInline? Literal, string Text);

    private static void Apply(ContainerInline inlines, QuotationMarks marks)
    {
        var pieces = new List<Piece>();
        foreach (var inline in inlines.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    pieces.Add(new Piece(literal, literal.Content.ToString()));
                    break;
                case LineBreakInline:
                    pieces.Add(new Piece(null, " "));
                    break;
                case LeafInline:
                    pieces.Add(new Piece(null, "x")); // code, an autolink, an entity, a footnote call: not a space
                    break;
            }
        }

        if (!pieces.Any(p => p.Literal is not null && p.Text.AsSpan().IndexOfAny('"', '\'') >= 0))
            return;

        var text = string.Concat(pieces.Select(p => p.Text));
        var inTag = TagLikeSpans(text);
        var at = 0;
        var primaryOpen = false;
        var innerOpen = false;
        foreach (var piece in pieces)
        {
            var start = at;
            at += piece.Text.Length;
            if (piece.Literal is not { } literal || piece.Text.AsSpan().IndexOfAny('"', '\'') < 0)
                continue;

            var output = new StringBuilder(piece.Text.Length + 4);
            for (var i = 0; i < piece.Text.Length; i++)
            {
                var c = piece.Text[i];
                if ((c != '"' && c != '\'') || (i == 0 && literal.IsFirstCharacterEscaped) || inTag[start + i])
                {
                    output.Append(c);
                    continue;
                }

                var position = start + i;
                var before = position == 0 ? ' ' : text[position - 1];
                var after = position + 1 == text.Length ? ' ' : text[position + 1];
                var opens = OpensBefore(before) && !char.IsWhiteSpace(after);
                var closes = !OpensBefore(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after) || char.IsSymbol(after));
                if (c == '"')
                {
                    var open = opens || (!closes && !primaryOpen);
                    primaryOpen = open;
                    if (open)
                    {
                        output.Append(marks.Open).Append(marks.InnerSpace);
                        if (marks.InnerSpace.Length > 0 && i + 1 < piece.Text.Length && piece.Text[i + 1] is ' ' or '\u00A0')
                            i++; // the space typed inside the marks gives way to the narrow one
                    }
                    else
                    {
                        if (marks.InnerSpace.Length > 0 && output.Length > 0 && output[^1] is ' ' or '\u00A0')
                            output.Length--;
                        output.Append(marks.InnerSpace).Append(marks.Close);
                    }
                }
                else if (char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
                {
                    output.Append(QuotationMarks.Apostrophe); // it's, l'homme
                }
                else if (opens && !char.IsDigit(after))
                {
                    output.Append(marks.OpenInner);
                    innerOpen = true;
                }
                else if (innerOpen && !OpensBefore(before))
                {
                    output.Append(marks.CloseInner);
                    innerOpen = false;
                }
                else
                {
                    output.Append(QuotationMarks.Apostrophe); // the States' rights, '90s
                }
            }

            literal.Content = new StringSlice(output.ToString());
        }
    }

    /// <summary>
    /// Which characters are inside something typed as an HTML tag (<c>&lt;b onclick="x"&gt;</c>, shown as text since raw
    /// HTML is never passed through): its quotes are code, not prose, and stay straight.
    /// </summary>
    private static bool[] TagLikeSpans(string text)
    {
        var inside = new bool[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '<' || i + 1 >= text.Length || !(char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!'))
                continue;
            var end = text.IndexOf('>', i + 1);
            if (end < 0)
                break;
            Array.Fill(inside, true, i, end - i + 1);
            i = end;
        }

        return inside;
    }

    /// <summary>Whether a quote after <paramref name="c"/> may open: after a space, an opening bracket or a dash.</summary>
    private static bool OpensBefore(char c) =>
        char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or '\u201C' or '\u2018' or '\u00AB' or '\u300C' or '\u300E' or '\uFF08';
}
