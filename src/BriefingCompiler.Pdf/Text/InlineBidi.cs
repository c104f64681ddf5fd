using System.Text;

namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// The bidi analysis of a paragraph's runs with their inline elements' embeddings (<see cref="TextRun.Embedding"/>, CSS
/// <c>unicode-bidi</c>): the algorithm runs on a copy of the text with each embedding's controls inserted where its runs
/// start and end (CSS Writing Modes 3 §2.4.2), and the result is given back on the text as written, so offsets, shaping
/// and the PDF's text never see a control. Inline elements' edges (<see cref="TextRun.Spacer"/>) are then glued to their
/// content (<see cref="BidiParagraph.Glued"/>).
/// </summary>
public static class InlineBidi
{
    /// <summary>The analysis of the runs' text as one paragraph of <paramref name="direction"/>.</summary>
    internal static BidiParagraph Analyze(IReadOnlyList<TextRun> runs, string text, BidiDirection direction)
    {
        var analysed = new StringBuilder(text.Length + 8);
        var inserted = new List<int>();
        var edges = new List<(int Offset, EdgeGlue Glue)>();
        var open = new List<BidiEmbedding>();
        var offset = 0;
        foreach (var run in runs)
        {
            MoveTo(BidiEmbedding.Chain(run.Embedding), open, analysed, inserted);
            if (run.ObjectWidth is not null && run.Text is TextRun.StartSpacerText or TextRun.EndSpacerText)
            {
                var own = run.IsEmbeddingEdge && run.Embedding is not null;
                edges.Add((offset, own ? EdgeGlue.Own : run.IsStartEdge ? EdgeGlue.ToNext : EdgeGlue.ToPrevious));
                // The edge of an element's own embedding is read as a neutral (as an object is) at the embedding's start
                // or end: it takes the embedding's direction there (rules N1, N2 against sos and eos).
                analysed.Append(own ? TextRun.ObjectText : run.Text);
            }
            else
            {
                analysed.Append(run.Text);
            }

            offset += run.Text.Length;
        }

        MoveTo([], open, analysed, inserted);
        var bidi = BidiAlgorithm.Analyze(analysed.ToString(), direction);
        return bidi.Without(inserted, text).Glued(edges);
    }

    /// <summary>
    /// Whether a paragraph of these runs reads right to left by its own text: its first strong character outside isolates
    /// is R or AL (rules P2, P3; CSS <c>unicode-bidi: plaintext</c> on a block container).
    /// </summary>
    public static bool IsRightToLeftByContent(IReadOnlyList<TextRun> runs) =>
        Analyze(runs, string.Concat(runs.Select(r => r.Text)), BidiDirection.Auto).IsRightToLeft;

    /// <summary>Closes the embeddings of <paramref name="open"/> that are not in <paramref name="chain"/> (innermost first)
    /// and opens those of the chain that are not open (outermost first), appending their controls.</summary>
    private static void MoveTo(List<BidiEmbedding> chain, List<BidiEmbedding> open, StringBuilder analysed, List<int> inserted)
    {
        var common = 0;
        while (common < chain.Count && common < open.Count && ReferenceEquals(chain[common], open[common]))
        {
            common++;
        }

        for (var i = open.Count - 1; i >= common; i--)
        {
            Insert(open[i].Closing, analysed, inserted);
        }

        open.RemoveRange(common, open.Count - common);
        for (var i = common; i < chain.Count; i++)
        {
            Insert(chain[i].Opening, analysed, inserted);
            open.Add(chain[i]);
        }
    }

    private static void Insert(string controls, StringBuilder analysed, List<int> inserted)
    {
        foreach (var control in controls)
        {
            inserted.Add(analysed.Length);
            analysed.Append(control);
        }
    }
}
