namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// A piece of a line at one embedding level: <see cref="Start"/> and <see cref="Length"/> are UTF-16 offsets
/// into the paragraph's text. Lines hand out their runs in visual order, left to right; the characters of a
/// run at an odd level are displayed right to left (shape them with an RTL buffer).
/// </summary>
public readonly record struct BidiRun(int Start, int Length, byte Level)
{
    /// <summary>The offset just past the run.</summary>
    public int End => Start + Length;

    /// <summary>True at odd levels: the run reads right to left.</summary>
    public bool IsRightToLeft => (Level & 1) != 0;
}
