using AngleSharp.Css.Dom;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// The <c>::first-letter</c> and <c>::first-line</c> rules waiting for the first formatted line of a block container
/// while its content is built: the declarations of each block they come from, outermost first (a block's first line
/// may be in its first child block, so an ancestor's rules travel down to it — CSS 2.1 §5.12). The first line that
/// holds something (text, or an atomic inline, which ends the search for a letter) settles it, and every ancestor's
/// with it; a float, a positioned box or an empty block on the way does not.
/// </summary>
public sealed class FirstFormattedLine(IReadOnlyList<ICssStyleDeclaration> letter, IReadOnlyList<ICssStyleDeclaration> line, FirstFormattedLine? outer)
{
    /// <summary>The ::first-letter declarations in the order they apply (outer blocks' first, each in cascade order).</summary>
    public IReadOnlyList<ICssStyleDeclaration> Letter { get; } = outer is null ? letter : [.. outer.Letter, .. letter];

    /// <summary>The ::first-line declarations in the order they apply.</summary>
    public IReadOnlyList<ICssStyleDeclaration> Line { get; } = outer is null ? line : [.. outer.Line, .. line];

    public bool Settled { get; private set; }

    /// <summary>The first line has been made (or cannot be): these rules, and the ancestors', are done.</summary>
    public void Settle()
    {
        Settled = true;
        outer?.Settle();
    }

    /// <summary>
    /// The pending rules for a block with its own <paramref name="letter"/> and <paramref name="line"/> rules, inside a
    /// block whose pending rules are <paramref name="outer"/> (null when it does not reach in); null when there are none.
    /// </summary>
    public static FirstFormattedLine? For(IReadOnlyList<ICssStyleDeclaration> letter, IReadOnlyList<ICssStyleDeclaration> line, FirstFormattedLine? outer)
    {
        if (outer is { Settled: true })
            outer = null;
        return letter.Count == 0 && line.Count == 0 ? outer : new FirstFormattedLine(letter, line, outer);
    }
}
