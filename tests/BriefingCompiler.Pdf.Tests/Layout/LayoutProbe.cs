using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Paging;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>Lays HTML out with <see cref="MonospaceTextSystem"/> and finds boxes by element id, in page coordinates.</summary>
public sealed class LayoutProbe(LaidOutDocument document)
{
    public static LayoutProbe Of(string html) => Of(html, new MonospaceTextSystem());

    /// <summary>Lays HTML out with another text system (the real fonts, for metrics the stand-in does not have).</summary>
    public static LayoutProbe Of(string html, ITextSystem text) => new(new PdfRenderer(text).Layout(html));

    /// <summary>A small page (200 × 200 pt, 10 pt margins, 12 pt text, no body margin: positions count from the page
    /// margin) around a body snippet.</summary>
    public static LayoutProbe OfBody(string body, string css = "") => Of($$"""
        <!DOCTYPE html><html><head><style>
        @page { size: 200pt 200pt; margin: 10pt }
        body { margin: 0; font-size: 12pt; line-height: 15pt; font-family: sans-serif }
        {{css}}
        </style></head><body>{{body}}</body></html>
        """);

    public LaidOutDocument Document => document;

    public IReadOnlyList<LaidOutPage> Pages => document.Pages;

    /// <summary>Every fragment of the element with this id: (page number, border box in page coordinates).</summary>
    public IReadOnlyList<(int Page, SKRect Rect)> All(string id)
    {
        var found = new List<(int, SKRect)>();
        foreach (var page in document.Pages)
        {
            Walk(page.Body, page.Margins.Left, page.Margins.Top, (fragment, rect) =>
            {
                if (fragment is BoxFragment box && box.Box.Id == id)
                {
                    found.Add((page.Number, rect));
                }
            });
        }

        return found;
    }

    public (int Page, SKRect Rect) Find(string id) => All(id) is { Count: > 0 } all
        ? all[0]
        : throw new AssertionException($"No box with id '{id}' was laid out.");

    /// <summary>The text of every line on a page, top to bottom (markers included, header and footer not).</summary>
    public IReadOnlyList<string> LinesOf(int pageNumber)
    {
        var page = document.Pages[pageNumber - 1];
        var lines = new List<(float Y, float X, string Text)>();
        Walk(page.Body, 0, 0, (fragment, rect) =>
        {
            if (fragment is LineFragment line)
            {
                lines.Add((rect.Top, rect.Left, string.Concat(line.Line.Runs.Select(r => r.Text))));
            }
        });
        return lines.OrderBy(l => l.Y).ThenBy(l => l.X).Select(l => l.Text).ToArray();
    }

    public static void Walk(Fragment fragment, float originX, float originY, Action<Fragment, SKRect> visit)
    {
        var rect = SKRect.Create(originX + fragment.X, originY + fragment.Y, fragment.Width, fragment.Height);
        visit(fragment, rect);
        if (fragment is BoxFragment box)
        {
            foreach (var child in box.Children)
            {
                Walk(child, rect.Left, rect.Top, visit);
            }
        }

        if (fragment is LineFragment line)
        {
            // Inline-blocks and images set in the line.
            foreach (var atomic in line.Atomics)
            {
                Walk(atomic, rect.Left, rect.Top, visit);
            }
        }
    }
}
