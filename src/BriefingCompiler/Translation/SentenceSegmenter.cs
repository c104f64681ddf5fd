namespace BriefingCompiler.Translation;

/// <summary>
/// Cuts a unit's parts into sentences (<see cref="SentenceBoundaries"/>, UAX #29). The rules see the text as the
/// reader does: a soft line break is a space (a paragraph's lines are one paragraph), a footnote call is a closing
/// mark that stays with the sentence it ends, any other standalone code an object inside it, paired codes nothing.
/// At a boundary, closing codes stay with the sentence before and opening codes go with the one after; a boundary
/// inside a paired code (bold across two sentences) is no boundary, so the sentences it spans stay one segment and
/// every segment holds whole code pairs, as XLIFF 2.1 requires of a <c>&lt;pc&gt;</c>.
/// </summary>
public static class SentenceSegmenter
{
    public static IReadOnlyList<Segment> Split(IReadOnlyList<InlinePart> parts)
    {
        var plain = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            switch (part)
            {
                case InlineText text:
                    plain.Append(text.Text.Replace('\n', ' '));
                    break;
                case InlineCode { Kind: InlineCodeKind.Standalone, Type: "footnote" }:
                    plain.Append(')'); // Close: "… end.[^1] Next" breaks after the call
                    break;
                case InlineCode { Kind: InlineCodeKind.Standalone }:
                    plain.Append('\uFFFC'); // OBJECT REPLACEMENT CHARACTER, Sentence_Break Other
                    break;
            }
        }
        var boundaries = SentenceBoundaries.Of(plain.ToString());
        if (boundaries.Count == 0)
            return [Trailing(parts)];

        // The parts with texts cut at every boundary, each piece with its offset in the plain text.
        var pieces = new List<(InlinePart Part, int Start)>();
        var offset = 0;
        var next = 0;
        foreach (var part in parts)
        {
            if (part is InlineText text)
            {
                var from = 0;
                while (next < boundaries.Count && boundaries[next] < offset + text.Text.Length)
                {
                    var cut = boundaries[next] - offset;
                    if (cut > from)
                    {
                        pieces.Add((new InlineText(text.Text[from..cut]), offset + from));
                        from = cut;
                    }
                    next++;
                }
                pieces.Add((new InlineText(text.Text[from..]), offset + from));
                offset += text.Text.Length;
            }
            else
            {
                pieces.Add((part, offset));
                if (part is InlineCode { Kind: InlineCodeKind.Standalone })
                    offset++;
            }
        }

        var segments = new List<Segment>();
        var current = new List<InlinePart>();
        var depth = 0;
        var boundary = 0;
        foreach (var (part, start) in pieces)
        {
            var opensOrText = part is not InlineCode { Kind: InlineCodeKind.Close };
            while (boundary < boundaries.Count && boundaries[boundary] <= start && opensOrText)
            {
                // A boundary inside a code pair keeps the sentences together.
                if (depth == 0 && current.Count > 0)
                {
                    segments.Add(Trailing(current));
                    current = [];
                }
                boundary++;
            }
            if (part is InlineCode { Kind: InlineCodeKind.Open })
                depth++;
            else if (part is InlineCode { Kind: InlineCodeKind.Close })
                depth--;
            if (part is InlineText piece && current.Count > 0 && current[^1] is InlineText before)
                current[^1] = new InlineText(before.Text + piece.Text);
            else
                current.Add(part);
        }
        segments.Add(Trailing(current));
        return segments;
    }

    /// <summary>Both sides' sentences when they pair one for one, else each side as one segment (a translation that joined or split sentences).</summary>
    public static IReadOnlyList<(Segment Source, Segment? Target)> Align(IReadOnlyList<InlinePart> source, IReadOnlyList<InlinePart>? target)
    {
        var sourceSegments = Split(source);
        if (target is null)
            return [.. sourceSegments.Select(s => (s, (Segment?)null))];
        var targetSegments = Split(target);
        if (targetSegments.Count == sourceSegments.Count)
            return [.. sourceSegments.Zip(targetSegments, (s, t) => (s, (Segment?)t))];
        return [(new Segment(source, ""), new Segment(target, ""))];
    }

    /// <summary>The parts as a segment, with the whitespace that ends them as its space.</summary>
    private static Segment Trailing(IReadOnlyList<InlinePart> parts)
    {
        if (parts.Count == 0 || parts[^1] is not InlineText last)
            return new Segment(parts, "");
        var kept = last.Text.TrimEnd(' ', '\t', '\n', '\u3000');
        var space = last.Text[kept.Length..];
        if (space.Length == 0)
            return new Segment(parts, "");
        var content = parts.Take(parts.Count - 1).ToList();
        if (kept.Length > 0)
            content.Add(new InlineText(kept));
        return new Segment(content, space);
    }
}
