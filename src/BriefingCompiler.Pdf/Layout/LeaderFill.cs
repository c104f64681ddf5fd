using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// CSS GCPM <c>leader()</c>: the text layouter sets a leader as one copy of its pattern (no-break spaces, so the
/// leader and what follows it stay on one line); here the copy is repeated to take the line's free space, what
/// comes after the leader moved to the line's end (a page number right-aligned in a contents list, in either
/// direction). The copies sit on a grid of the pattern's width from the line's end edge (right, or left in a
/// right-to-left paragraph) — the edge the numbers share however deep an entry is indented — so the dots of lines
/// above each other line up, as GCPM asks. A line without a leader is returned as it is.
/// </summary>
public static class LeaderFill
{
    public static bool HasLeader(ParagraphBox paragraph) => paragraph.Runs.Any(r => r.Tag is InlineTag { Leader: not null });

    public static TextLine Fill(TextLine line, float width, bool rightToLeft)
    {
        var index = -1;
        for (var i = 0; i < line.Runs.Count && index < 0; i++)
        {
            if (line.Runs[i].Tag is InlineTag { Leader: not null })
                index = i;
        }

        if (index < 0 || !float.IsFinite(width))
            return line;
        var leader = line.Runs[index];
        var pattern = leader.Width;
        if (pattern <= 0 || leader.Glyphs.Length == 0)
            return line;
        var origin = line.Runs[0].X;
        var before = leader.X - origin;
        var after = line.Runs.Skip(index + 1).Sum(r => r.Width);
        var end = width - after;
        // Slots counted from the end edge; a hair of tolerance, as shaped widths are sums of floats.
        var anchor = rightToLeft ? 0 : width;
        var first = (int)MathF.Ceiling((before - anchor) / pattern - 0.001f);
        var copies = (int)MathF.Floor((end - anchor) / pattern + 0.001f) - first;
        if (copies < 1)
            return line;
        var runs = new GlyphRun[line.Runs.Count];
        for (var i = 0; i < index; i++)
            runs[i] = line.Runs[i] with { X = line.Runs[i].X - origin };
        runs[index] = Repeated(leader, copies, anchor + first * pattern);
        var x = end;
        for (var i = index + 1; i < line.Runs.Count; i++)
        {
            runs[i] = line.Runs[i] with { X = x };
            x += line.Runs[i].Width;
        }

        return line with { Runs = runs, Width = Math.Max(line.Width, width) };
    }

    /// <summary>The leader's glyphs <paramref name="copies"/> times, one pattern width apart, with the text to match.</summary>
    private static GlyphRun Repeated(GlyphRun leader, int copies, float x)
    {
        var count = leader.Glyphs.Length;
        var glyphs = new ushort[count * copies];
        var positions = new float[count * copies];
        var clusters = new uint[count * copies];
        var offsets = leader.VerticalOffsets is null ? null : new float[count * copies];
        var bytes = (uint)System.Text.Encoding.UTF8.GetByteCount(leader.Text);
        for (var copy = 0; copy < copies; copy++)
        {
            for (var i = 0; i < count; i++)
            {
                var at = copy * count + i;
                glyphs[at] = leader.Glyphs[i];
                positions[at] = copy * leader.Width + leader.Positions[i];
                clusters[at] = (uint)copy * bytes + leader.Clusters[i];
                if (offsets is not null)
                    offsets[at] = leader.VerticalOffsets![i];
            }
        }

        return leader with
        {
            Glyphs = glyphs,
            Positions = positions,
            Clusters = clusters,
            Text = string.Concat(Enumerable.Repeat(leader.Text, copies)),
            X = x,
            Width = copies * leader.Width,
            VerticalOffsets = offsets,
        };
    }
}
