using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Paging;

/// <summary>
/// Lays out one page's body together with its footnote area (CSS GCPM <c>float: footnote</c>): the footnotes whose
/// calls land on the page are set at the foot of its content box, under the <c>@footnote</c> area's margin, rule and
/// padding. The body is laid out again in less height until body and footnotes fit (bounded): reserving room can only
/// push calls off the page, which only shrinks the footnotes. A footnote that still does not fit is split and goes on
/// at the foot of the next page; one that cannot even start on its call's page takes the call's line with it.
/// </summary>
public sealed class FootnotePageLayout(LayoutEngine engine)
{
    /// <summary>Body layouts per page at most while looking for the room the footnotes need (most pages need one or two).</summary>
    private const int MaximumAttempts = 10;

    /// <summary>The search for the least reserve stops when it is known to within this (a line of small print).</summary>
    private const float MinimumStep = 6f;

    /// <summary>Far more height than any footnote needs: measuring a footnote unbroken.</summary>
    private const float Unbounded = 1e7f;

    /// <summary>Footnotes still to be set, in order; the first may have been begun on an earlier page (<see cref="Resume"/> inside it).</summary>
    public sealed record Pending(IReadOnlyList<BlockBox> Notes, ResumePoint? Resume)
    {
        public static readonly Pending None = new([], null);

        public bool IsEmpty => Notes.Count == 0;
    }

    /// <summary>A page's body (with the footnote area as its last child when there is one) and what goes on to the next page.</summary>
    public sealed record Result(LayoutResult Body, Pending Carried)
    {
        /// <summary>The body without its footnote area: what the flow put on the page (where its breaks are read).</summary>
        public LayoutResult Flow { get; init; } = Body;
    }

    /// <param name="root">The document's root box.</param>
    /// <param name="resume">Where the body goes on; <paramref name="bodyDone"/>: the body has ended and only carried footnotes are left.</param>
    public Result Layout(BlockBox root, ComputedStyle? areaStyle, float width, float height, ResumePoint? resume, bool bodyDone, Pending pending)
    {
        var area = areaStyle ?? root.Style.Anonymous(Display.Block);
        var chrome = area.Margin.Top + area.BorderAndPaddingTop + area.BorderAndPaddingBottom;
        var innerWidth = Math.Max(0, width - area.BorderAndPaddingHorizontal);

        // The body laid out with `reserve` points kept free at the foot, the calls on it, and the height of all the
        // footnotes it would then carry (0 when none).
        (LayoutResult Body, IReadOnlyList<(BlockBox Note, float LineTop, float LineBottom)> Calls, BlockBox[] Notes, float Need) Try(float reserve)
        {
            var body = bodyDone
                ? new Fits(new BoxFragment(root, 0, 0, width, 0, []))
                : engine.Layout(root, new LayoutSpace(width, Math.Max(0, height - reserve), true, height, ContainingHeight: height), resume);
            if (body is not (Fits or Partial))
                return (body, [], [], 0);
            var calls = FootnoteCalls(FragmentOf(body));
            var notes = pending.Notes.Concat(calls.Select(c => c.Note)).ToArray();
            return (body, calls, notes, notes.Length == 0 ? 0 : chrome + Measure(notes, pending.Resume, innerWidth, height));
        }

        bool FitsWhole((LayoutResult Body, IReadOnlyList<(BlockBox, float, float)> Calls, BlockBox[] Notes, float Need) t) =>
            t.Body is Fits or Partial && FragmentOf(t.Body).Height + t.Need <= height + 0.01f;

        // Find (nearly) the least reserve with which the body and all its footnotes fit. More reserve means less body,
        // fewer calls, smaller footnotes: a try that fits bounds the answer from above, one that does not from below.
        // The next try reserves what the last one's footnotes need when that lies between the bounds (usually the
        // answer), else halves the gap; widows and orphans make the steps uneven, the bounds keep it finite.
        var reserve = 0f;
        var tried = Try(reserve);
        if (tried.Body is not (Fits or Partial))
            return new Result(tried.Body, pending);
        if (tried.Notes.Length == 0)
            return new Result(tried.Body, Pending.None);

        (float Reserve, LayoutResult Body, BlockBox[] Notes)? best = FitsWhole(tried) ? (reserve, tried.Body, tried.Notes) : null;
        var lower = 0f;
        // Never reserve so much that the first call on the page leaves it.
        var cap = tried.Calls.Count > 0 ? height - tried.Calls[0].LineBottom : height / 2;
        for (var attempt = 1; attempt < MaximumAttempts && best is not { Reserve: 0 } && !bodyDone; attempt++)
        {
            float next;
            if (best is { } fit)
                next = tried.Need > lower + 0.5f && tried.Need < fit.Reserve - 0.5f ? tried.Need : (lower + fit.Reserve) / 2;
            else
                next = Math.Min(tried.Need, cap);
            if (best is { } known && known.Reserve - lower < MinimumStep || (best is null && next <= reserve + 0.5f))
                break;
            reserve = next;
            tried = Try(reserve);
            if (tried.Body is not (Fits or Partial))
                break;
            if (FitsWhole(tried))
            {
                if (best is null || reserve < best.Value.Reserve)
                    best = (reserve, tried.Body, tried.Notes);
            }
            else
            {
                lower = Math.Max(lower, reserve);
            }
        }

        if (best is { } whole)
            return new Result(With(whole.Body, SetNotes(area, whole.Notes, pending.Resume, innerWidth, Unbounded, height, true).Fragment, width, height), Pending.None) { Flow = whole.Body };

        // The footnotes cannot all fit: set what fits under the body, the rest goes on at the foot of the next page.
        for (var attempt = 0; attempt < MaximumAttempts; attempt++)
        {
            var used = FragmentOf(tried.Body).Height;
            var (set, rest) = SetNotes(area, tried.Notes, pending.Resume, innerWidth, height - used - chrome, height, used <= 0.01f);
            if (rest is { } left && left.Index >= pending.Notes.Count && left.Inner is null && !bodyDone)
            {
                // The footnote of this call cannot begin here: the call's line goes to the next page with it.
                var call = tried.Calls[left.Index - pending.Notes.Count];
                if (call.LineTop > 0.01f && height - call.LineTop > reserve + 0.01f && attempt + 1 < MaximumAttempts)
                {
                    reserve = height - call.LineTop;
                    var moved = Try(reserve);
                    if (moved.Body is Fits or Partial)
                    {
                        tried = moved;
                        continue;
                    }
                }
            }

            var carried = rest is { } r ? new Pending(tried.Notes[r.Index..], r.Inner) : Pending.None;
            return new Result(set is null ? tried.Body : With(tried.Body, set, width, height), carried) { Flow = tried.Body };
        }

        return new Result(tried.Body, new Pending(tried.Notes, pending.Resume));
    }

    private static BoxFragment FragmentOf(LayoutResult result) => result switch
    {
        Fits fits => fits.Fragment,
        Partial partial => partial.Fragment,
        _ => throw new InvalidOperationException("No fragment in " + result),
    };

    /// <summary>The body with the footnote area placed at the foot of the content box.</summary>
    private static LayoutResult With(LayoutResult body, BoxFragment? area, float width, float height)
    {
        if (area is null)
            return body;
        var placed = area with { X = 0, Y = height - area.Height, Width = width };
        return body switch
        {
            Fits fits => new Fits(fits.Fragment with { Children = [.. fits.Fragment.Children, placed] }),
            Partial partial => new Partial(partial.Fragment with { Children = [.. partial.Fragment.Children, placed] }, partial.Resume),
            _ => body,
        };
    }

    /// <summary>The height of these footnotes set unbroken.</summary>
    private float Measure(IReadOnlyList<BlockBox> notes, ResumePoint? resume, float width, float pageHeight) =>
        engine.Layout(Container(notes), new LayoutSpace(width, Unbounded, true, pageHeight), resume is null ? null : new BlockResume(0, resume)) switch
        {
            Fits fits => fits.Fragment.Height,
            Partial partial => partial.Fragment.Height,
            _ => Unbounded,
        };

    /// <summary>
    /// The footnotes set in <paramref name="room"/> (the area's margin, border and padding excluded), as the area's
    /// fragment, and where they stop when not all fit: the index of the first note left and where inside it.
    /// </summary>
    private (BoxFragment? Fragment, (int Index, ResumePoint? Inner)? Left) SetNotes(
        ComputedStyle area, IReadOnlyList<BlockBox> notes, ResumePoint? resume, float width, float room, float pageHeight, bool mustPlace)
    {
        var result = room <= 0 && !mustPlace
            ? new DoesNotFit("no room for footnotes")
            : engine.Layout(Container(notes), new LayoutSpace(width, Math.Max(0, room), mustPlace, pageHeight), resume is null ? null : new BlockResume(0, resume));
        (BoxFragment Inner, (int, ResumePoint?)? Left) laid = result switch
        {
            Fits fits => (fits.Fragment, null),
            Partial { Resume: BlockResume next } partial => (partial.Fragment, (next.ChildIndex, next.Inner)),
            _ => (null!, (0, resume)),
        };
        if (laid.Inner is null)
            return (null, laid.Left);

        var inner = laid.Inner with { X = area.BorderAndPaddingLeft, Y = area.BorderAndPaddingTop };
        var height = area.BorderAndPaddingTop + inner.Height + area.BorderAndPaddingBottom;
        return (new BoxFragment(new BlockBox(area, []), 0, 0, width, height, [inner]), laid.Left);
    }

    private static BlockBox Container(IReadOnlyList<BlockBox> notes) => new(new ComputedStyle { Display = Display.Block }, notes);

    /// <summary>The footnote calls on a page in document order, each with its line's top and bottom in the content box.</summary>
    public static IReadOnlyList<(BlockBox Note, float LineTop, float LineBottom)> FootnoteCalls(BoxFragment body)
    {
        var calls = new List<(BlockBox, float, float)>();
        var seen = new HashSet<BlockBox>(ReferenceEqualityComparer.Instance);
        void Walk(Fragment fragment, float originY)
        {
            var top = originY + fragment.Y;
            switch (fragment)
            {
                case LineFragment line:
                    foreach (var run in line.Line.Runs.OrderBy(r => r.SourceOffset))
                    {
                        if (run.Tag is InlineTag { Footnote: { } note } && seen.Add(note))
                            calls.Add((note, top, top + line.Height));
                    }

                    // Footnotes called inside an inline-block in the line.
                    foreach (var atomic in line.Atomics)
                        Walk(atomic, top);
                    break;
                case BoxFragment box:
                    foreach (var child in box.Children)
                        Walk(child, top);
                    break;
            }
        }

        Walk(body, -body.Y);
        return calls;
    }
}
