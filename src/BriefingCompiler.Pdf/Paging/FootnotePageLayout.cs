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
    /// <summary>Body layouts per page at most; each one reserves more room than the last, so few are ever needed.</summary>
    private const int MaximumAttempts = 8;

    /// <summary>Far more height than any footnote needs: measuring a footnote unbroken.</summary>
    private const float Unbounded = 1e7f;

    /// <summary>Footnotes still to be set, in order; the first may have been begun on an earlier page (<see cref="Resume"/> inside it).</summary>
    public sealed record Pending(IReadOnlyList<BlockBox> Notes, ResumePoint? Resume)
    {
        public static readonly Pending None = new([], null);

        public bool IsEmpty => Notes.Count == 0;
    }

    /// <summary>A page's body (with the footnote area as its last child when there is one) and what goes on to the next page.</summary>
    public sealed record Result(LayoutResult Body, Pending Carried);

    /// <param name="root">The document's root box.</param>
    /// <param name="resume">Where the body goes on; <paramref name="bodyDone"/>: the body has ended and only carried footnotes are left.</param>
    public Result Layout(BlockBox root, ComputedStyle? areaStyle, float width, float height, ResumePoint? resume, bool bodyDone, Pending pending)
    {
        var area = areaStyle ?? root.Style.Anonymous(Display.Block);
        var chrome = area.Margin.Top + area.BorderAndPaddingTop + area.BorderAndPaddingBottom;
        var reserve = 0f;
        LayoutResult body = null!;
        for (var attempt = 0; attempt < MaximumAttempts; attempt++)
        {
            body = bodyDone
                ? new Fits(new BoxFragment(root, 0, 0, width, 0, []))
                : engine.Layout(root, new LayoutSpace(width, Math.Max(0, height - reserve), true, height), resume);
            if (body is not (Fits or Partial))
                return new Result(body, pending);

            var fragment = FragmentOf(body);
            var calls = FootnoteCalls(fragment);
            if (pending.IsEmpty && calls.Count == 0)
                return new Result(body, Pending.None);

            var notes = pending.Notes.Concat(calls.Select(c => c.Note)).ToArray();
            var used = fragment.Height;
            var innerWidth = Math.Max(0, width - area.BorderAndPaddingHorizontal);
            var need = chrome + Measure(notes, pending.Resume, innerWidth, height);
            if (used + need <= height + 0.01f)
                return new Result(With(body, SetNotes(area, notes, pending.Resume, innerWidth, Unbounded, height, true).Fragment, width, height), Pending.None);

            // Reserve room for the footnotes, but never so much that the first call on the page leaves it.
            var cap = calls.Count > 0 ? height - calls[0].LineBottom : height / 2;
            var wanted = Math.Min(need, cap);
            if (wanted > reserve + 0.01f && !bodyDone)
            {
                reserve = wanted;
                continue;
            }

            var (set, rest) = SetNotes(area, notes, pending.Resume, innerWidth, height - used - chrome, height, used <= 0.01f);
            if (rest is { } left && left.Index >= pending.Notes.Count && left.Inner is null && !bodyDone)
            {
                // The footnote of this call cannot begin here: the call's line goes to the next page with it.
                var call = calls[left.Index - pending.Notes.Count];
                if (call.LineTop > 0.01f && height - call.LineTop > reserve + 0.01f && attempt + 1 < MaximumAttempts)
                {
                    reserve = height - call.LineTop;
                    continue;
                }
            }

            var carried = rest is { } r ? new Pending(notes[r.Index..], r.Inner) : Pending.None;
            return new Result(set is null ? body : With(body, set, width, height), carried);
        }

        return new Result(body, pending);
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
