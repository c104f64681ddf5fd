using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// Which glyphs of a right-to-left line get a right-to-left mark (U+200F) before the text they stand for, for readers
/// that rebuild a line's reading order from glyph positions.
/// <para>poppler (pdftotext, Evince, Okular) takes a line's characters left to right and, when the page holds more
/// right-to-left letters than left-to-right ones, reads each line from the right: a stretch of letters and digits that
/// read left to right is taken together with every neutral character (bracket, middle dot, dash) between it and the next
/// right-to-left letter on its left, and that neutral comes out before the stretch — "(ALAC)"
/// as "(‪)ALAC", "1 · 4" as "4 · 1", "12.2(d)" as ")d(12.2". poppler counts the separators of numbers (full stop,
/// comma, colon, the Arabic comma, plus, per cent) with the digits, so "1. WSIS+20:" comes out as ":WSIS+20.1". The bidi
/// algorithm resolved those characters as right to left (that is why they are drawn left of the stretch), so they
/// belong after it.</para>
/// <para>A mark ends poppler's stretch: a glyph's text is written as U+200F and its character, and poppler lays a glyph's
/// characters out left to right within its width, so the mark stands at the glyph's left edge. The mark goes before a
/// character and never after one: pdf.js drops a glyph whose text ends with a format character. Two places get one:</para>
/// <list type="bullet">
/// <item>the leftmost glyph of a left-to-right run whose left neighbour belongs to right-to-left text and is not a
/// right-to-left letter (a bracket, a full stop);</item>
/// <item>a number separator of right-to-left text that poppler would otherwise join to a left-to-right run on its left,
/// across nothing but white space and neutrals.</item>
/// </list>
/// <para>Beside a right-to-left letter, or at the line's left end, poppler reads a stretch right already; and a mark
/// between two left-to-right runs (a name and its digits in two fonts) would split one stretch into two read in the wrong
/// order. Pages with more left-to-right letters than right-to-left ones (poppler reads their lines from the left), and
/// documents without right-to-left letters, get none; each mark is an invisible character more for readers that take
/// text in content order.</para>
/// </summary>
internal static class LineOrderMarks
{
    public const char RightToLeftMark = '\u200F';

    /// <summary>On a page poppler reads from the right, the text each glyph of each glyph run of <paramref name="commands"/>
    /// stands for, the marks put in, by the index of the run's command (null for other commands); the writer takes these
    /// instead of asking again. Null on any other page. <paramref name="textsOf"/>: the text each glyph of a run stands for
    /// (<see cref="GlyphTextAssignment"/>).</summary>
    public static string[]?[]? Plan(IReadOnlyList<PaintCommand> commands, Func<GlyphRun, string[]> textsOf)
    {
        List<int>? runs = null;
        var anyRightToLeft = false;
        for (var i = 0; i < commands.Count; i++)
        {
            if (commands[i] is not DrawGlyphs { Run.IsObject: false } drawn) continue;
            (runs ??= []).Add(i);
            anyRightToLeft = anyRightToLeft || HasRightToLeftLetter(drawn.Run.Text);
        }

        if (runs is null || !anyRightToLeft) return null;
        var (leftToRight, rightToLeft) = (0, 0);
        foreach (var index in runs)
        {
            foreach (var c in Run(commands, index).Run.Text)
            {
                switch (BidiAlgorithm.ClassOf(c))
                {
                    case BidiClass.R or BidiClass.AL: rightToLeft++; break;
                    case BidiClass.L: leftToRight++; break;
                }
            }
        }

        // poppler reads a page's lines from the right only when the page's right-to-left letters outnumber its
        // left-to-right ones.
        if (rightToLeft <= leftToRight) return null;
        var texts = new string[]?[commands.Count];
        foreach (var index in runs) texts[index] = textsOf(Run(commands, index).Run);

        // The runs line by line (by baseline), each line's left to right, in paint order where two start at one x.
        var order = runs.ToArray();
        Array.Sort(order, (a, b) => LineOrder(commands, a, b));
        var glyphs = new List<LineGlyph>();
        var marked = new List<int>();
        for (var first = 0; first < order.Length;)
        {
            var baseline = Run(commands, order[first]).BaselineY;
            var end = first + 1;
            while (end < order.Length && Run(commands, order[end]).BaselineY.Equals(baseline)) end++;
            Glyphs(commands, order.AsSpan(first, end - first), texts, glyphs);
            // Decided on the texts as they were, then put in.
            marked.Clear();
            for (var i = 0; i < glyphs.Count; i++)
            {
                if (NeedsMark(glyphs, i)) marked.Add(i);
            }

            foreach (var i in marked) texts[glyphs[i].Command]![glyphs[i].Index] = RightToLeftMark + glyphs[i].Text;
            first = end;
        }

        return texts;
    }

    private static DrawGlyphs Run(IReadOnlyList<PaintCommand> commands, int index) => (DrawGlyphs)commands[index];

    /// <summary>Orders two runs (by their commands' indices) by baseline, then from the left, then in paint order.</summary>
    private static int LineOrder(IReadOnlyList<PaintCommand> commands, int a, int b)
    {
        var (first, second) = (Run(commands, a), Run(commands, b));
        var byBaseline = first.BaselineY.CompareTo(second.BaselineY);
        if (byBaseline != 0) return byBaseline;
        var byX = (first.LineX + first.Run.X).CompareTo(second.LineX + second.Run.X);
        return byX != 0 ? byX : a.CompareTo(b);
    }

    /// <summary>How poppler takes a character: a right-to-left letter (or mark), a letter or digit or number separator that
    /// reads left to right, or a neutral that goes with whichever stretch reaches it first.</summary>
    private enum Reading { Neutral, LeftToRight, RightToLeft }

    private static Reading ClassOf(char c) => BidiAlgorithm.ClassOf(c) switch
    {
        BidiClass.R or BidiClass.AL => Reading.RightToLeft,
        BidiClass.L or BidiClass.EN or BidiClass.AN or BidiClass.CS or BidiClass.ES or BidiClass.ET => Reading.LeftToRight,
        _ => Reading.Neutral,
    };

    /// <summary>A glyph with text on the line: its run's command index, its index in the run, the text, where it starts and
    /// ends (points from the page's left), whether its run reads right to left, the font size (an em).</summary>
    private readonly record struct LineGlyph(int Command, int Index, string Text, float Left, float Right, bool RightToLeft, float Em)
    {
        public bool IsBlank => string.IsNullOrWhiteSpace(Text);
    }

    /// <summary>The glyphs with text of <paramref name="line"/>'s runs (command indices, left to right), into <paramref name="result"/>.</summary>
    private static void Glyphs(IReadOnlyList<PaintCommand> commands, ReadOnlySpan<int> line, string[]?[] textsOfRuns, List<LineGlyph> result)
    {
        result.Clear();
        foreach (var index in line)
        {
            var command = Run(commands, index);
            var run = command.Run;
            var texts = textsOfRuns[index]!;
            var origin = command.LineX + run.X;
            for (var g = 0; g < texts.Length; g++)
            {
                if (texts[g].Length == 0) continue;
                var end = g + 1 < run.Positions.Length ? run.Positions[g + 1] : run.Width;
                result.Add(new LineGlyph(index, g, texts[g], origin + run.Positions[g], origin + Math.Max(end, run.Positions[g]), run.RightToLeft, run.Style.FontSize));
            }
        }
    }

    private static bool NeedsMark(List<LineGlyph> glyphs, int i)
    {
        var glyph = glyphs[i];
        if (glyph.IsBlank) return false;
        var em = glyph.Em;
        if (!glyph.RightToLeft)
        {
            // The leftmost glyph of a left-to-right run, beside right-to-left text that is not a letter.
            if (i > 0 && glyphs[i - 1].Command == glyph.Command) return false;
            if (NeighbourOnTheLeft(glyphs, i, em) is not { } left || !glyphs[left].RightToLeft || ClassOf(glyphs[left].Text[^1]) == Reading.RightToLeft) return false;
            // Not a run glued to a right-to-left letter on its right ("وGAC", "and GAC" as one word): readers that take text
            // in content order would find the mark inside the word, and poppler parts the two anyway.
            var last = i;
            while (last + 1 < glyphs.Count && glyphs[last + 1].Command == glyph.Command) last++;
            return !(last + 1 < glyphs.Count && !glyphs[last + 1].IsBlank && ClassOf(glyphs[last + 1].Text[0]) == Reading.RightToLeft
                && glyphs[last + 1].Left - glyphs[last].Right < em / 20);
        }

        // A separator of right-to-left text that poppler would join to the left-to-right text on its left: the one nearest
        // that text (a contents line's leader is one stretch of full stops, which needs one mark, not one a dot).
        if (ClassOf(glyph.Text[0]) != Reading.LeftToRight) return false;
        for (var k = NeighbourOnTheLeft(glyphs, i, em); k is { } at; k = NeighbourOnTheLeft(glyphs, at, em))
        {
            if (!glyphs[at].RightToLeft) return true;
            if (ClassOf(glyphs[at].Text[^1]) != Reading.Neutral) return false;
        }

        return false;
    }

    /// <summary>The nearest glyph left of glyph <paramref name="index"/> that is not white space, if nothing wider than an em
    /// separates them (further away, poppler sees another column).</summary>
    private static int? NeighbourOnTheLeft(List<LineGlyph> glyphs, int index, float em)
    {
        var left = glyphs[index].Left;
        for (var k = index - 1; k >= 0; k--)
        {
            if (left - glyphs[k].Right > em) return null;
            if (!glyphs[k].IsBlank) return k;
            left = Math.Min(left, glyphs[k].Left);
        }

        return null;
    }

    private static bool HasRightToLeftLetter(string text)
    {
        foreach (var c in text)
        {
            // Hebrew is the first script that reads right to left; below it, no look-up.
            if (c >= 0x0590 && ClassOf(c) == Reading.RightToLeft) return true;
        }

        return false;
    }
}
