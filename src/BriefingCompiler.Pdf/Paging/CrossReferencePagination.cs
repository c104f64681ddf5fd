using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Paging;

/// <summary>
/// Pagination of a tree whose generated text shows the pages other elements land on (<c>target-counter(…, page)</c>:
/// a contents list). Such numbers change the text they are set in, which can move what follows — so the tree is laid
/// out, each target's page read from the pages, the numbers set again, and laid out again until no number changes:
/// two passes for almost every document, at most <see cref="MaximumPasses"/>; a document whose numbers still move
/// then (a number pushing its own target to another page and back) keeps the last pass with warning PDF211, never a
/// loop. Paragraphs without references keep their identity from pass to pass, so their lines are broken once.
/// </summary>
/// <param name="images">Reads the images of margin boxes, as <see cref="Paginator"/> does (null: none).</param>
public sealed class CrossReferencePagination(Func<BlockBox, IReadOnlyList<IReadOnlyList<TextRun>>, ITextLayouter> createLayouter, MessageLog log,
    Images.ImageLoader? images = null)
{
    public const int MaximumPasses = 4;

    /// <summary>The digits registered with the fonts for every page reference, so later passes need no new font set.</summary>
    private const string Digits = "0123456789";

    public sealed record Result(BlockBox Root, IReadOnlyList<LaidOutPage> Pages, ITextLayouter Layouter, int Passes);

    public Result Paginate(BlockBox root, CrossReferenceTargets targets, PageStyle page)
    {
        var tree = root;
        var registered = new Dictionary<TextStyle, HashSet<char>>();
        var layouter = Layouter(tree, registered);
        var paginator = new Paginator(new LayoutEngine(layouter, log), layouter, log, images);
        var pages = paginator.Paginate(tree, page);
        var passes = 1;
        if (!targets.HasPageReferences)
            return new Result(tree, pages, layouter, passes);

        while (true)
        {
            var landed = TargetPages(pages);
            var next = CrossReferenceResolver.Resolve(tree, reference => targets.Text(reference, landed, CrossReferenceTargets.Format));
            if (ReferenceEquals(next, tree))
                return new Result(tree, pages, layouter, passes);
            if (passes == MaximumPasses)
            {
                log.WarnOnce("PDF211", "references unsettled", $"The page numbers of target-counter() did not settle after {MaximumPasses} layouts (a number moves its own target to another page); some may be off by one. Give the contents list room that does not depend on the numbers' widths.");
                return new Result(tree, pages, layouter, passes);
            }

            tree = next;
            if (!Covers(tree, registered))
            {
                (layouter as IDisposable)?.Dispose();
                layouter = Layouter(tree, registered);
                paginator = new Paginator(new LayoutEngine(layouter, log), layouter, log, images);
            }

            pages = paginator.Paginate(tree, page);
            passes++;
        }
    }

    /// <summary>The page each element with an id begins on (the first element with an id wins, as for links).</summary>
    public static IReadOnlyDictionary<string, int> TargetPages(IReadOnlyList<LaidOutPage> pages)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        void Walk(Fragment fragment, int number)
        {
            switch (fragment)
            {
                case BoxFragment box:
                    if (box.Box.Id is { } id && !box.IsContinuation)
                        result.TryAdd(id, number);
                    foreach (var child in box.Children)
                        Walk(child, number);
                    break;
                case LineFragment line:
                    foreach (var run in line.Line.Runs)
                    {
                        if (run.Tag is InlineTag { AnchorId: { } anchor })
                            result.TryAdd(anchor, number);
                    }

                    break;
            }
        }

        foreach (var laidOut in pages)
            Walk(laidOut.Body, laidOut.Counter);
        return result;
    }

    /// <summary>
    /// A layouter for the tree, with each paragraph that holds a page reference registered once more with all ten digits
    /// in its place: in its paragraph, as a digit after Arabic text takes the face of the text before it.
    /// </summary>
    private ITextLayouter Layouter(BlockBox tree, Dictionary<TextStyle, HashSet<char>> registered)
    {
        registered.Clear();
        var extra = new List<IReadOnlyList<TextRun>>();
        foreach (var paragraph in ReferenceParagraphs(tree))
        {
            extra.Add(paragraph.Runs.Select(run => run.Tag is InlineTag { Reference.IsPage: true } ? run with { Text = Digits } : run).ToArray());
            foreach (var run in paragraph.Runs.Where(r => r.Tag is InlineTag { Reference: not null }))
            {
                if (!registered.TryGetValue(run.Style, out var characters))
                    registered[run.Style] = characters = [];
                characters.UnionWith(run.Text);
                if (run.Tag is InlineTag { Reference.IsPage: true })
                    characters.UnionWith(Digits);
            }
        }

        return createLayouter(tree, extra);
    }

    /// <summary>Whether every reference's text is drawn with characters registered in its style.</summary>
    private static bool Covers(BlockBox tree, Dictionary<TextStyle, HashSet<char>> registered) =>
        ReferenceParagraphs(tree).SelectMany(p => p.Runs).Where(r => r.Tag is InlineTag { Reference: not null })
            .All(run => registered.TryGetValue(run.Style, out var characters) && run.Text.All(characters.Contains));

    private static IEnumerable<ParagraphBox> ReferenceParagraphs(Box box)
    {
        switch (box)
        {
            case ParagraphBox paragraph:
                if (paragraph.Runs.Any(r => r.Tag is InlineTag { Reference: not null }))
                    yield return paragraph;
                foreach (var run in paragraph.Runs)
                {
                    if (run.Tag is InlineTag { Footnote: { } note })
                        foreach (var inner in ReferenceParagraphs(note))
                            yield return inner;
                }

                break;
            case TableBox table:
                foreach (var inner in table.HeaderRows.Concat(table.BodyRows).SelectMany(r => r.Cells).SelectMany(ReferenceParagraphs))
                    yield return inner;
                break;
            case ContainerBox container:
                foreach (var inner in container.Children.SelectMany(ReferenceParagraphs))
                    yield return inner;
                break;
        }
    }
}
