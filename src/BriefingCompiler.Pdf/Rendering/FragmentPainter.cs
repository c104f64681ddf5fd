using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Layout.MultiColumn;
using BriefingCompiler.Pdf.Paging;
using BriefingCompiler.Pdf.Styling;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>
/// Turns laid-out pages into paint lists: backgrounds, borders (sliced at page breaks, centred on the grid
/// lines of collapsed tables), glyph runs with their decorations, link areas and destinations. The body is
/// clipped to the page's content box (with room for glyph ink above and below, see <see cref="BodyClip"/>);
/// the running header and footer are drawn in the margins. Content (text, images, links) names the element of the
/// document's structure (<see cref="DocumentStructure"/>) it belongs to; decoration, the running header and footer and
/// repeated table headers name none (artifacts).
/// </summary>
public static class FragmentPainter
{
    public static (IReadOnlyList<PagePaint> Pages, IReadOnlyList<BookmarkPlacement> Bookmarks) Paint(IReadOnlyList<LaidOutPage> pages, MessageLog log)
    {
        var (paints, bookmarks, _) = PaintWithStructure(pages, log);
        return (paints, bookmarks);
    }

    /// <summary>The paint lists with the document's structure, which their content commands refer to (null for no pages).</summary>
    public static (IReadOnlyList<PagePaint> Pages, IReadOnlyList<BookmarkPlacement> Bookmarks, DocumentStructure? Structure) PaintWithStructure(IReadOnlyList<LaidOutPage> pages, MessageLog log)
    {
        var structure = pages.Count > 0 && pages[0].Body.Box is BlockBox root ? DocumentStructure.Of(root) : null;
        var owner = new ContentOwner(structure, structure?.Root, false);
        var paints = new List<PagePaint>();
        var bookmarks = new List<BookmarkPlacement>();
        // Where an element with an id was placed first: a paragraph's text broken over lines or pages, or a
        // header row repeated on every page, is one destination, not duplicates.
        var anchored = new HashSet<object>(ReferenceEqualityComparer.Instance);
        for (var index = 0; index < pages.Count; index++)
        {
            var page = pages[index];
            var commands = new List<PaintCommand>();
            var canvas = CanvasColor(page.Body);
            if (canvas is { } color)
            {
                commands.Add(new FillRectangle(SKRect.Create(0, 0, page.Width, page.Height), color.Color));
            }

            commands.Add(new BeginClip(BodyClip(page)));
            // Positioned boxes are painted after the content in flow, in z-index order (CSS 2.1 Appendix E, steps 3
            // and 8–9: negative ones before it); each is painted whole where the walk found it.
            var positioned = new List<PositionedPaint>();
            CollectPositioned(page.Body, page.Margins.Left, page.Margins.Top, (page.ContentWidth, page.ContentHeight), positioned, owner, root: true);
            var ordered = positioned.Select((p, order) => (p, order)).OrderBy(e => e.p.Fragment.Box.Style.ZIndex ?? 0).ThenBy(e => e.order).Select(e => e.p).ToList();
            foreach (var below in ordered.Where(p => p.Fragment.Box.Style.ZIndex < 0))
            {
                PaintPositioned(below, index, commands, bookmarks, anchored);
            }

            PaintStacked(page.Body, page.Margins.Left, page.Margins.Top, (page.ContentWidth, page.ContentHeight), index, commands, bookmarks, anchored, owner, canvas is not { FromRoot: true });
            foreach (var above in ordered.Where(p => p.Fragment.Box.Style.ZIndex is null or >= 0))
            {
                PaintPositioned(above, index, commands, bookmarks, anchored);
            }

            commands.Add(new EndClip());
            foreach (var line in page.MarginBoxes)
            {
                // The running header and footer: pagination artifacts, in no element.
                PaintLine(line, 0, 0, commands, anchored, default);
            }

            foreach (var element in page.MarginElements)
            {
                // Running elements: artifacts too, their outline entries and link targets left to the element's place in the flow.
                PaintStacked(element, 0, 0, (page.Width, page.Height), index, commands, [], new HashSet<object>(ReferenceEqualityComparer.Instance), new ContentOwner(null, null, true));
            }

            foreach (var image in page.MarginImages)
            {
                var area = SKRect.Create(image.X, image.Y, image.Width, image.Height);
                commands.Add(new DrawImage(image.Image, area, area, null));
            }

            // Fixed backgrounds are placed in the page box, known only here (each is still shown in its own box).
            var pageBox = SKRect.Create(0, 0, page.Width, page.Height);
            for (var i = 0; i < commands.Count; i++)
            {
                if (commands[i] is DrawImage { FixedBackground: { } fixedBackground } placed)
                {
                    commands[i] = BackgroundIn(fixedBackground with { Fixed = false }, pageBox, placed.Clip) with { Structure = placed.Structure };
                }
            }

            paints.Add(new PagePaint(page.Width, page.Height, commands));
        }

        return (ResolveDestinations(paints, log), bookmarks, structure);
    }

    /// <summary>
    /// A column's clip (CSS Multi-column 1 §8.1) around its fragment at <paramref name="rect"/>: sideways the middles of
    /// the gaps beside it, or, where it has no neighbour, as far as <see cref="Unclipped"/>; vertically that far too —
    /// the page's own clip still holds.
    /// </summary>
    private static SKRect ColumnBand(SKRect rect, ColumnClip clip) =>
        new(clip.Left is { } left ? rect.Left + left : rect.Left - Unclipped, rect.Top - Unclipped,
            clip.Right is { } right ? rect.Left + right : rect.Right + Unclipped, rect.Bottom + Unclipped);

    /// <summary>How far, in points, a column's clip reaches where nothing clips it: beyond any page.</summary>
    private const float Unclipped = 100_000;

    /// <summary>
    /// The content box, grown up and down by a quarter of the page's top and bottom margins. Glyphs may reach
    /// past their line box, as in browsers — Noto Naskh Arabic's descenders go 0.2 em below a 1.6 line — and the
    /// last line of a page must not lose them; a quarter of the margin keeps the running header and footer,
    /// centred in the margins, clear. Sideways the clip is the content box: an endless word or a table wider
    /// than the page stops at its edge.
    /// </summary>
    internal static SKRect BodyClip(LaidOutPage page)
    {
        var inkAbove = page.Margins.Top / 4;
        var inkBelow = page.Margins.Bottom / 4;
        return SKRect.Create(page.Margins.Left, page.Margins.Top - inkAbove, page.ContentWidth, page.ContentHeight + inkAbove + inkBelow);
    }

    /// <summary>
    /// A destination name is defined once (the first element with that id wins), and a link to a name no
    /// element has is reported and left out rather than written as a link that goes nowhere.
    /// </summary>
    private static List<PagePaint> ResolveDestinations(List<PagePaint> pages, MessageLog log)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        var firsts = new HashSet<NamedDestination>(ReferenceEqualityComparer.Instance);
        foreach (var destination in pages.SelectMany(p => p.Commands).OfType<NamedDestination>())
        {
            if (defined.Add(destination.Name))
            {
                firsts.Add(destination);
            }
            else
            {
                log.WarnOnce("PDF301", "duplicate id " + destination.Name, $"The id '{destination.Name}' is used more than once; in-document links go to its first element.");
            }
        }

        return pages.Select(page => page with
        {
            Commands = page.Commands.Where(command => command switch
            {
                NamedDestination destination => firsts.Contains(destination),
                LinkToDestination link when !defined.Contains(link.Name) =>
                    Report(log, "PDF302", "missing target " + link.Name, $"A link points to '#{link.Name}', but no element has that id; it is not clickable in the PDF."),
                _ => true,
            }).ToArray(),
        }).ToList();
    }

    private static bool Report(MessageLog log, string code, string kind, string message)
    {
        log.WarnOnce(code, kind, message);
        return false;
    }

    /// <summary>
    /// A positioned box to paint after the content in flow, with the origin and containing block it is painted in
    /// and the overflow clips of its ancestors that still apply to it.
    /// </summary>
    private sealed record PositionedPaint(BoxFragment Fragment, float OriginX, float OriginY, (float Width, float? Height) Containing, IReadOnlyList<SKRect> Clips, ContentOwner Owner);

    /// <summary>
    /// The positioned fragments inside <paramref name="fragment"/> (not itself), in tree order, with the origins
    /// <see cref="PaintBox"/> would give them — a relatively positioned ancestor's shift included. An ancestor's
    /// overflow clip applies to an absolutely positioned box only when that ancestor is its containing block or
    /// contains it (CSS 2.1 11.1.1): <paramref name="clips"/> are all clips above, <paramref name="clipsOfPositioned"/>
    /// those at the nearest positioned ancestor; a fixed box has none.
    /// </summary>
    private static void CollectPositioned(BoxFragment fragment, float originX, float originY, (float Width, float? Height) containing, List<PositionedPaint> found,
        ContentOwner owner, bool self = false, IReadOnlyList<SKRect>? clips = null, IReadOnlyList<SKRect>? clipsOfPositioned = null, bool root = false)
    {
        clips ??= [];
        clipsOfPositioned ??= [];
        var style = fragment.Box.Style;
        var (shiftX, shiftY) = style.RelativeOffset(containing.Width, containing.Height);
        var x = originX + fragment.X + shiftX;
        var y = originY + fragment.Y + shiftY;
        if (self)
        {
            var applying = style.FixedPositioned ? [] : style.AbsolutelyPositioned ? clipsOfPositioned : clips;
            // clip: rect() shows the box and all its descendants, positioned ones included, only inside the rectangle.
            if (style.Clip is { } clip)
            {
                var (left, top, right, bottom) = clip.Within(x, y, fragment.Width, fragment.Height);
                applying = [.. applying, new SKRect(left, top, Math.Max(left, right), Math.Max(top, bottom))];
            }

            // Its content belongs to the element it would have been painted inside.
            found.Add(new PositionedPaint(fragment, originX, originY, containing, applying, owner));
            clips = applying;
        }
        // The root's overflow applies to the viewport, not to its box (CSS 2.1 11.1.1).
        if (style.ClipsOverflow && !root)
        {
            clips = [.. clips, PaddingBox(SKRect.Create(x, y, fragment.Width, fragment.Height), fragment)];
        }

        if (fragment.ColumnClip is { } columnClip)
        {
            clips = [.. clips, ColumnBand(SKRect.Create(x, y, fragment.Width, fragment.Height), columnClip)];
        }

        if (style.IsPositioned)
        {
            clipsOfPositioned = clips;
        }

        var inner = (fragment.Width - style.BorderAndPaddingHorizontal, style.Height is not null ? fragment.Height - style.BorderAndPaddingTop - style.BorderAndPaddingBottom : (float?)null);
        foreach (var child in fragment.Children)
        {
            if (child is BoxFragment box)
            {
                CollectPositioned(box, x, y, inner, found, owner.Inside(fragment), PaintedInZOrder(box, style), clips, clipsOfPositioned);
            }
            else if (child is LineFragment { Atomics.Count: > 0 } line)
            {
                // Inline-blocks in a line, and what is positioned inside them.
                foreach (var atomic in line.Atomics)
                {
                    CollectPositioned(atomic, x + line.X, y + line.Y, inner, found, owner.Inside(fragment), atomic.Box.Style.IsPositioned, clips, clipsOfPositioned);
                }
            }
        }
    }

    /// <summary>Whether a flex or grid container lays out this style's children: they are its items.</summary>
    private static bool IsItemContainer(ComputedStyle style) => style.Flex is not null || style.Grid is not null;

    /// <summary>
    /// Whether a child is painted with the positioned boxes, in z-index order, rather than where the walk finds it:
    /// a positioned box, or a flex or grid item with a z-index other than auto — such an item makes a stacking
    /// context even when it is not positioned (CSS Flexbox 1 §5.4, CSS Grid 1 §9.4).
    /// </summary>
    private static bool PaintedInZOrder(BoxFragment child, ComputedStyle parentStyle) =>
        child.Box.Style.IsPositioned || (child.Box.Style.ZIndex is not null && IsItemContainer(parentStyle));

    private static void PaintPositioned(PositionedPaint positioned, int pageIndex, List<PaintCommand> commands, List<BookmarkPlacement> bookmarks, HashSet<object> anchored)
    {
        foreach (var clip in positioned.Clips)
        {
            commands.Add(new BeginClip(clip));
        }

        PaintStacked(positioned.Fragment, positioned.OriginX, positioned.OriginY, positioned.Containing, pageIndex, commands, bookmarks, anchored, positioned.Owner);
        foreach (var _ in positioned.Clips)
        {
            commands.Add(new EndClip());
        }
    }

    /// <summary>
    /// Paints a page body, a float or a positioned box with what is inside it, in the order of CSS 2.1 Appendix E:
    /// the backgrounds and borders of the blocks in flow, then the floats (each painted whole, as if it were a
    /// stacking context of its own), then the inline content — so a float is drawn over the background of the
    /// block beside it and under no line, and a block pulled up by a negative margin under the text above it.
    /// </summary>
    private static void PaintStacked(BoxFragment fragment, float originX, float originY, (float Width, float? Height) containing, int pageIndex, List<PaintCommand> commands, List<BookmarkPlacement> bookmarks, HashSet<object> anchored, ContentOwner owner, bool withBackground = true)
    {
        foreach (var layer in new[] { PaintLayer.Blocks, PaintLayer.Floats, PaintLayer.Inline })
        {
            PaintBox(fragment, originX, originY, containing, pageIndex, commands, bookmarks, anchored, owner, withBackground, layer);
        }
    }

    /// <summary>
    /// The colour of the canvas (CSS 2.1 14.2): the root element's background colour, or the body's when the root
    /// has none. It covers the whole page, margins included, as when a browser prints; null when both are transparent.
    /// </summary>
    private static (uint Color, bool FromRoot)? CanvasColor(BoxFragment root)
    {
        if ((root.Box.Style.BackgroundColor >> 24) != 0)
        {
            return (root.Box.Style.BackgroundColor, true);
        }

        return root.Box.Style.BackgroundImage is null
            && root.Children.OfType<BoxFragment>().FirstOrDefault() is { Box.Style: var body } && (body.BackgroundColor >> 24) != 0
            && root.Children.OfType<BoxFragment>().Count() == 1
            ? (body.BackgroundColor, false)
            : null;
    }

    /// <summary>
    /// Paints a box and what is inside it. <paramref name="containing"/> is its containing block's content size
    /// (height null when it is not fixed), which percentage offsets of position: relative resolve against.
    /// </summary>
    private static void PaintBox(BoxFragment fragment, float originX, float originY, (float Width, float? Height) containing, int pageIndex, List<PaintCommand> commands, List<BookmarkPlacement> bookmarks, HashSet<object> anchored, ContentOwner owner, bool withBackground = true, PaintLayer layer = PaintLayer.All)
    {
        var box = fragment.Box;
        owner = owner.Inside(fragment);
        var style = box.Style;
        // position: relative moves the painting only: layout placed the box (and everything after it) as if it were static.
        var (shiftX, shiftY) = style.RelativeOffset(containing.Width, containing.Height);
        var x = originX + fragment.X + shiftX;
        var y = originY + fragment.Y + shiftY;
        // opacity: the box and everything inside it go on one layer, faded once when it is composited.
        var faded = style.Opacity < 1;
        if (faded)
        {
            commands.Add(new BeginLayer(style.Opacity));
        }

        var rect = SKRect.Create(x, y, fragment.Width, fragment.Height);
        var blocks = layer is PaintLayer.All or PaintLayer.Blocks;
        if (blocks && !fragment.IsContinuation)
        {
            if (box.Id is { } id && anchored.Add(box))
            {
                commands.Add(new NamedDestination(new SKPoint(x, y), id));
            }

            if (box is BlockBox { Bookmark: { } bookmark })
            {
                bookmarks.Add(new BookmarkPlacement(bookmark.Level, bookmark.Title, pageIndex, y, bookmark.Closed));
            }
        }

        // A row's background shows behind its cells (CSS 2.1 §17.5.1): a row without cells (one made by an anonymous
        // table around a stray row) shows nothing.
        var hidden = style.Invisible || (box is TableCellBox { IsEmpty: true } && style.EmptyCellsHide && !style.BorderCollapse)
            || box is TableRowBox { Cells.Count: 0 };
        var backgroundArea = BackgroundArea(rect, fragment, style.BackgroundClip);
        if (blocks && withBackground && !hidden && (style.BackgroundColor >> 24) != 0 && backgroundArea.Width > 0 && backgroundArea.Height > 0)
        {
            commands.Add(Rounded(fragment) && style.BackgroundClip == BackgroundBox.BorderBox
                ? new FillRoundRectangle(RoundRect(rect, fragment, 0), style.BackgroundColor)
                : new FillRectangle(backgroundArea, style.BackgroundColor));
        }

        if (blocks && withBackground && !hidden && style.BackgroundImage is { } background && backgroundArea.Width > 0 && backgroundArea.Height > 0)
        {
            commands.Add(BackgroundIn(background, BackgroundArea(rect, fragment, style.BackgroundOrigin), backgroundArea));
        }

        // A block's borders go with its background, under its content (CSS 2.1 Appendix E): a child pulled over them
        // by a negative margin covers them. Table parts keep theirs over their content, as before.
        var bordersUnderContent = box is not (TableBox or TableCellBox or TableRowBox);
        if (blocks && !hidden && bordersUnderContent)
        {
            PaintBorders(fragment, rect, commands);
        }

        if (blocks && box is TableBox table)
        {
            PaintTablePartLayers(table, fragment, x, y, commands);
        }

        if (style.ClipsOverflow)
        {
            commands.Add(new BeginClip(PaddingBox(rect, fragment)));
        }

        if (fragment.ColumnClip is { } columnClip)
        {
            commands.Add(new BeginClip(ColumnBand(rect, columnClip)));
        }

        var contentWidth = fragment.Width - style.BorderAndPaddingHorizontal;
        float? contentHeight = style.Height is not null
            ? fragment.Height - style.BorderAndPaddingTop - style.BorderAndPaddingBottom
            : null;
        // A list item's marker (a line or an image of its own) is its label; what it holds, its body.
        var parts = box is ListItemBox item ? owner.PartsOf(item) : null;
        foreach (var child in PaintOrder(fragment.Children))
        {
            var childOwner = parts is { } listParts ? (child is LineFragment || IsMarkerImage(child, (ListItemBox)box) ? listParts.Label : listParts.Body) : owner;
            switch (child)
            {
                case BoxFragment childBox when PaintedInZOrder(childBox, style):
                    // Painted after the content in flow (see Paint).
                    break;
                case BoxFragment childBox when layer != PaintLayer.All && IsItemContainer(style):
                    // A flex or grid item paints as an inline-block does (CSS Flexbox 1 §5.4, CSS Grid 1 §9.4): whole, with
                    // the inline content, in the order its container placed it (order-modified document order).
                    if (layer == PaintLayer.Inline)
                    {
                        PaintStacked(childBox, x, y, (contentWidth, contentHeight), pageIndex, commands, bookmarks, anchored, childOwner);
                    }

                    break;
                case BoxFragment childBox when layer != PaintLayer.All && childBox.Box.Style.IsFloated:
                    if (layer == PaintLayer.Floats)
                    {
                        PaintStacked(childBox, x, y, (contentWidth, contentHeight), pageIndex, commands, bookmarks, anchored, childOwner);
                    }

                    break;
                case BoxFragment childBox:
                    PaintBox(childBox, x, y, (contentWidth, contentHeight), pageIndex, commands, bookmarks, anchored, childOwner, childBox.Box is not TableRowBox, layer);
                    break;
                case LineFragment line when layer is PaintLayer.All or PaintLayer.Inline:
                    // An atomic inline is painted where its line puts it, whole, as if it made a stacking context of
                    // its own (CSS 2.1 Appendix E, 7.2.1.4): its backgrounds, borders, floats and content.
                    var lineOwner = childOwner;
                    // A positioned one is painted after the content in flow, as a positioned block is (see Paint).
                    PaintLine(line, x, y, commands, anchored, childOwner, (atomic, atomicX, atomicY, semantics) =>
                    {
                        if (!atomic.Box.Style.IsPositioned)
                        {
                            PaintStacked(atomic, atomicX, atomicY, (contentWidth, contentHeight), pageIndex, commands, bookmarks, anchored, lineOwner.Around(semantics));
                        }
                    });
                    break;
                case ListSymbolFragment symbol when !style.Invisible && layer is PaintLayer.All or PaintLayer.Inline:
                    commands.Add(new DrawListSymbol(symbol.Symbol, SKRect.Create(x + symbol.X, y + symbol.Y, symbol.Size, symbol.Size), symbol.Color));
                    break;
            }
        }

        if (fragment.ColumnClip is not null)
        {
            commands.Add(new EndClip());
        }

        if (style.ClipsOverflow)
        {
            commands.Add(new EndClip());
        }

        // The image is content, painted with the text (CSS 2.1 Appendix E: after the floats when the page has them).
        if (box is ReplacedBox replaced && !hidden && layer is PaintLayer.All or PaintLayer.Inline)
        {
            commands.Add(ImageIn(replaced, ContentBox(rect, fragment)) with { Structure = owner.Content });
            if (replaced.Href is { Length: > 0 } href)
            {
                var link = owner.LinkAround(replaced);
                commands.Add(href.StartsWith('#') ? new LinkToDestination(rect, href[1..]) { Structure = link } : new LinkToUrl(rect, href) { Structure = link });
            }
        }

        if (blocks && !hidden && !bordersUnderContent)
        {
            PaintBorders(fragment, rect, commands);
        }

        // The outline goes over the box's content (CSS 2.1 §18.4, Appendix E step 10 allows it with the element):
        // after the last pass over the box, outside its overflow clip.
        if (layer is PaintLayer.All or PaintLayer.Inline && !style.Invisible && style.Outline is { } outline)
        {
            var outset = style.OutlineOffset + outline.Width;
            Frame(new SKRect(rect.Left - outset, rect.Top - outset, rect.Right + outset, rect.Bottom + outset), outline, outline, outline, outline, commands);
        }

        if (faded)
        {
            commands.Add(new EndLayer());
        }
    }

    /// <summary>An image in its content box as object-fit and object-position place it, shown only inside that box.</summary>
    internal static DrawImage ImageIn(ReplacedBox box, SKRect content) =>
        new(box.Image, Images.ObjectFitting.Place(content, box.Image.Intrinsic, box.Style.ObjectFit, box.Style.ObjectPosition), content, box.Alt ?? "");

    /// <summary>
    /// A background image: sized by background-size, placed by background-position in the padding box, tiled as
    /// background-repeat says, shown inside the border box (CSS backgrounds' initial origin and clip).
    /// </summary>
    internal static DrawImage BackgroundIn(BackgroundImage background, SKRect area, SKRect clip)
    {
        var (width, height) = BackgroundSize(background, background.Image.Intrinsic, area.Width, area.Height);
        var left = area.Left + background.Position.X.Resolve(area.Width - width);
        var top = area.Top + background.Position.Y.Resolve(area.Height - height);
        return new DrawImage(background.Image, SKRect.Create(left, top, width, height), clip, null)
        {
            RepeatX = background.RepeatX,
            RepeatY = background.RepeatY,
            FixedBackground = background.Fixed ? background : null,
        };
    }

    /// <summary>
    /// The size of one background tile in an area <paramref name="areaWidth"/> × <paramref name="areaHeight"/> (CSS
    /// Backgrounds 3 §3.9, CSS Images 3 §5.3): <c>cover</c>/<c>contain</c> scale an image with a ratio, and stretch one
    /// without to the area; a missing size comes from the ratio, else from the image's own size in that direction,
    /// else from the area; <c>auto auto</c> is the image's own size, what it lacks found the same way, and an image
    /// with only a ratio is contained.
    /// </summary>
    internal static (float Width, float Height) BackgroundSize(BackgroundImage background, Images.IntrinsicSize intrinsic, float areaWidth, float areaHeight)
    {
        var ratio = intrinsic.Ratio is > 0 and var r && float.IsFinite(r) ? r : (float?)null;
        if (background.Cover || background.Contain)
        {
            if (ratio is not { } fit)
                return (areaWidth, areaHeight);
            var scale = background.Cover ? Math.Max(areaWidth / fit, areaHeight) : Math.Min(areaWidth / fit, areaHeight);
            return (scale * fit, scale);
        }

        var ownWidth = intrinsic.Width is > 0 and var iw ? iw : (float?)null;
        var ownHeight = intrinsic.Height is > 0 and var ih ? ih : (float?)null;
        var width = background.Width?.Resolve(areaWidth);
        var height = background.Height?.Resolve(areaHeight);
        if (width is null && height is null)
        {
            if (ownWidth is null && ownHeight is null && ratio is { } only)
            {
                // Only a ratio: as contain.
                var scale = Math.Min(areaWidth / only, areaHeight);
                return (scale * only, scale);
            }

            (width, height) = (ownWidth, ownHeight);
        }

        return (width, height) switch
        {
            ({ } w, { } h) => (w, h),
            ({ } w, null) => (w, ratio is { } rw ? w / rw : ownHeight ?? areaHeight),
            (null, { } h) => (ratio is { } rh ? h * rh : ownWidth ?? areaWidth, h),
            _ => (areaWidth, areaHeight),
        };
    }

    /// <summary>The border, padding or content box of a fragment whose border box is <paramref name="rect"/> (background-clip, background-origin).</summary>
    private static SKRect BackgroundArea(SKRect rect, BoxFragment fragment, BackgroundBox box) => box switch
    {
        BackgroundBox.PaddingBox => PaddingBox(rect, fragment),
        BackgroundBox.ContentBox => ContentBox(rect, fragment),
        _ => rect,
    };

    private static SKRect ContentBox(SKRect rect, BoxFragment fragment)
    {
        var style = fragment.Box.Style;
        if (fragment.Box is TableBox { Style.BorderCollapse: true })
        {
            return PaddingBox(rect, fragment);
        }

        return new SKRect(rect.Left + style.BorderAndPaddingLeft, rect.Top + style.BorderAndPaddingTop, rect.Right - style.BorderAndPaddingRight, rect.Bottom - style.BorderAndPaddingBottom);
    }

    /// <summary>The border box less the borders (the top or bottom one not where a page break cuts the box).</summary>
    private static SKRect PaddingBox(SKRect rect, BoxFragment fragment)
    {
        var style = fragment.Box.Style;
        if (fragment.Box is TableBox { Style.BorderCollapse: true } table)
        {
            // Collapsed, the table's box holds the outer halves of the grid's edge borders, and no padding (CSS 2.1 §17.6.2).
            var (top, right, bottom, left) = TableLayout.CollapsedBorderWidths(table);
            return new SKRect(rect.Left + left, rect.Top + (fragment.IsContinuation ? 0 : top), rect.Right - right, rect.Bottom - (fragment.Continues ? 0 : bottom));
        }

        return new SKRect(
            rect.Left + style.BorderLeft.Width,
            rect.Top + (fragment.IsContinuation ? 0 : style.BorderTop.Width),
            rect.Right - style.BorderRight.Width,
            rect.Bottom - (fragment.Continues ? 0 : style.BorderBottom.Width));
    }

    /// <summary>
    /// The fragment's border box with its border-radius (shrunk by <paramref name="inset"/>, for a stroke centred
    /// inside the border); the corners on an edge where the box is cut by a page break stay square.
    /// </summary>
    private static SKRoundRect RoundRect(SKRect rect, BoxFragment fragment, float inset)
    {
        var radii = fragment.Box.Style.CornerRadii;
        SKPoint Corner(int index, bool cut) => cut
            ? SKPoint.Empty
            : new SKPoint(
                Math.Max(0, radii[index].Horizontal.Resolve(rect.Width) - inset),
                Math.Max(0, radii[index].Vertical.Resolve(rect.Height) - inset));
        var shape = new SKRoundRect();
        shape.SetRectRadii(SKRect.Inflate(rect, -inset, -inset),
        [
            Corner(0, fragment.IsContinuation), Corner(1, fragment.IsContinuation),
            Corner(2, fragment.Continues), Corner(3, fragment.Continues),
        ]);
        return shape;
    }

    /// <summary>
    /// The table layers under the cells (CSS 2.1 17.5.1): column groups, columns, row groups, then rows, each painted
    /// behind the cells that start in it, as browsers paint them (never in the spacing between cells). A layer's image
    /// is placed in the layer's own box — the rectangle from its first cell to its last, over the rows of this page —
    /// and shows through its cells only, so one image runs on across the cells of a row or column.
    /// </summary>
    private static void PaintTablePartLayers(TableBox table, BoxFragment fragment, float x, float y, List<PaintCommand> commands)
    {
        var columns = table.ColumnStyles;
        var rows = fragment.Children.OfType<BoxFragment>().Where(r => r.Box is TableRowBox).ToList();
        var anyRowLayer = rows.Any(r => r.Box is TableRowBox row && (HasBackground(row.Style) || (row.GroupStyle is { } g && HasBackground(g))));
        if (!anyRowLayer && !columns.Any(c => (c.Group is { } g && HasBackground(g)) || (c.Column is { } col && HasBackground(col))))
        {
            return;
        }

        var cells = rows
            .SelectMany(row => row.Children.OfType<BoxFragment>()
                .Where(c => c is { Width: > 0, Height: > 0, Box: TableCellBox })
                .Select(cell => (Row: row, Cell: (TableCellBox)cell.Box, Area: SKRect.Create(x + row.X + cell.X, y + row.Y + cell.Y, cell.Width, cell.Height))))
            .ToList();
        if (cells.Count == 0)
        {
            return;
        }

        var top = cells.Min(c => c.Area.Top);
        var bottom = cells.Max(c => c.Area.Bottom);
        // Horizontal extent of grid column c: from the left of the cells that start in it to the right of those that end in it.
        SKRect ColumnsBox(int first, int last)
        {
            var starting = cells.Where(c => c.Cell.Column >= first && c.Cell.Column <= last).Select(c => c.Area).ToList();
            var ending = cells.Where(c => c.Cell.Column + c.Cell.ColumnSpan - 1 >= first && c.Cell.Column + c.Cell.ColumnSpan - 1 <= last).Select(c => c.Area).ToList();
            if (starting.Count == 0 || ending.Count == 0)
            {
                return SKRect.Empty;
            }

            var left = Math.Min(starting.Min(a => a.Left), ending.Min(a => a.Left));
            var right = Math.Max(starting.Max(a => a.Right), ending.Max(a => a.Right));
            return new SKRect(left, top, right, bottom);
        }

        // The box of the column group around grid column c: its run of columns that share the group's style.
        SKRect GroupBox(int column)
        {
            var group = columns[column].Group;
            var first = column;
            while (first > 0 && ReferenceEquals(columns[first - 1].Group, group)) first--;
            var last = column;
            while (last + 1 < columns.Count && ReferenceEquals(columns[last + 1].Group, group)) last++;
            return ColumnsBox(first, last);
        }

        // The box of the row group around a row: its run of rows on this page that share the group's style.
        SKRect RowGroupBox(int index)
        {
            var group = ((TableRowBox)rows[index].Box).GroupStyle;
            var first = index;
            while (first > 0 && ReferenceEquals(((TableRowBox)rows[first - 1].Box).GroupStyle, group)) first--;
            var last = index;
            while (last + 1 < rows.Count && ReferenceEquals(((TableRowBox)rows[last + 1].Box).GroupStyle, group)) last++;
            return new SKRect(x + rows[first].X, y + rows[first].Y, x + rows[last].X + rows[last].Width, y + rows[last].Y + rows[last].Height);
        }

        foreach (var (row, cellBox, area) in cells)
        {
            if (cellBox.IsEmpty && cellBox.Style.EmptyCellsHide && !cellBox.Style.BorderCollapse)
            {
                continue;
            }

            var column = cellBox.Column < columns.Count ? columns[cellBox.Column] : null;
            var rowBox = (TableRowBox)row.Box;
            var rowIndex = rows.IndexOf(row);
            (ComputedStyle? Style, Func<SKRect> Box)[] layers =
            [
                (column?.Group, () => GroupBox(cellBox.Column)),
                (column?.Column, () => ColumnsBox(cellBox.Column, cellBox.Column)),
                (rowBox.GroupStyle, () => RowGroupBox(rowIndex)),
                (rowBox.Style, () => SKRect.Create(x + row.X, y + row.Y, row.Width, row.Height)),
            ];
            foreach (var (layer, box) in layers)
            {
                if (layer is null || layer.Invisible)
                {
                    continue;
                }

                if ((layer.BackgroundColor >> 24) != 0)
                {
                    commands.Add(new FillRectangle(area, layer.BackgroundColor));
                }

                if (layer.BackgroundImage is { } image && box() is { IsEmpty: false } layerBox)
                {
                    commands.Add(BackgroundIn(image, layerBox, area));
                }
            }
        }
    }

    private static bool HasBackground(ComputedStyle style) => (style.BackgroundColor >> 24) != 0 || style.BackgroundImage is not null;

    private static float VisibleWidth(BorderSide side) => side.IsVisible ? side.Width : 0;

    private static void PaintBorders(BoxFragment fragment, SKRect rect, List<PaintCommand> commands)
    {
        var style = fragment.Box.Style;
        if (Rounded(fragment) && !fragment.IsContinuation && !fragment.Continues && RoundBorder(style) is { } side)
        {
            commands.Add(new StrokeRoundRectangle(RoundRect(rect, fragment, side.Width / 2), side.Width, side.Color, side.Style));
            return;
        }

        // Collapsed cell borders are shared by neighbouring cells: drawn centred on the grid line. The table's
        // own border lies inside its box, which layout made half the outer border wider than the grid.
        var centred = style.BorderCollapse && fragment.Box is TableCellBox;
        if (fragment.Box is TableRowBox)
        {
            // Rows have no borders of their own in the separated model; collapsed, their cells paint them (CSS 2.1 §17.6).
            return;
        }

        var collapsed = (fragment.Box as TableCellBox)?.CollapsedBorders;
        void Side(BorderSide side, SKPoint from, SKPoint to, float inwardX, float inwardY)
        {
            if (!side.IsVisible)
            {
                return;
            }

            var shift = centred ? 0 : side.Width / 2;
            commands.Add(new DrawLine(
                new SKPoint(from.X + inwardX * shift, from.Y + inwardY * shift),
                new SKPoint(to.X + inwardX * shift, to.Y + inwardY * shift),
                side.Width,
                side.Color,
                side.Style));
        }

        // A collapsed top or bottom border runs on over half of the side borders, so that the square where the grid
        // lines cross is covered: at the table's outer edge no neighbour covers it, and inside the table the neighbour
        // may have no border there (a column's border between borderless cells).
        var startX = collapsed is not null ? rect.Left - VisibleWidth(collapsed.Left) / 2 : rect.Left;
        var endX = collapsed is not null ? rect.Right + VisibleWidth(collapsed.Right) / 2 : rect.Right;
        if (!fragment.IsContinuation)
        {
            Side(collapsed?.Top ?? style.BorderTop, new SKPoint(startX, rect.Top), new SKPoint(endX, rect.Top), 0, 1);
        }

        if (!fragment.Continues)
        {
            Side(collapsed?.Bottom ?? style.BorderBottom, new SKPoint(startX, rect.Bottom), new SKPoint(endX, rect.Bottom), 0, -1);
        }

        Side(collapsed?.Left ?? style.BorderLeft, new SKPoint(rect.Left, rect.Top), new SKPoint(rect.Left, rect.Bottom), 1, 0);
        Side(collapsed?.Right ?? style.BorderRight, new SKPoint(rect.Right, rect.Top), new SKPoint(rect.Right, rect.Bottom), -1, 0);
        if (collapsed is not null)
        {
            // Where borders of different colours meet, the square goes to the one that owns it (CollapsedBorders), painted
            // last by every cell around it, so the cell painted last — or its background — does not decide its colour.
            void Crossing(CollapsedBorderCrossing? crossing, float x, float y)
            {
                if (crossing is null)
                {
                    return;
                }

                var (from, to) = crossing.AlongRow
                    ? (new SKPoint(x - crossing.Width / 2, y), new SKPoint(x + crossing.Width / 2, y))
                    : (new SKPoint(x, y - crossing.Height / 2), new SKPoint(x, y + crossing.Height / 2));
                Side(crossing.Owner, from, to, 0, 0);
            }

            if (!fragment.IsContinuation)
            {
                Crossing(collapsed.TopLeft, rect.Left, rect.Top);
                Crossing(collapsed.TopRight, rect.Right, rect.Top);
            }

            if (!fragment.Continues)
            {
                Crossing(collapsed.BottomLeft, rect.Left, rect.Bottom);
                Crossing(collapsed.BottomRight, rect.Right, rect.Bottom);
            }
        }
    }

    /// <summary>Whether the box has rounded corners (not a cell of a table with collapsed borders: CSS ignores them there).</summary>
    private static bool Rounded(BoxFragment fragment) =>
        fragment.Box.Style.HasRoundCorners && !(fragment.Box.Style.BorderCollapse && fragment.Box is TableCellBox or TableBox);

    /// <summary>
    /// The one side a rounded border is drawn with: every side alike, or only invisible ones (null: nothing to
    /// draw, or sides that differ, drawn straight as before — their corners stay square).
    /// </summary>
    private static BorderSide? RoundBorder(ComputedStyle style)
    {
        BorderSide[] sides = [style.BorderTop, style.BorderRight, style.BorderBottom, style.BorderLeft];
        return sides.All(s => s == sides[0]) && sides[0].IsVisible ? sides[0] : null;
    }

    private static void InlineBorder(ComputedStyle style, SKRect rect, List<PaintCommand> commands) =>
        Frame(rect, style.BorderTop, style.BorderRight, style.BorderBottom, style.BorderLeft, commands);

    /// <summary>Four sides drawn inside <paramref name="rect"/>'s edges, each as thick as its width: an inline box's
    /// border, or an outline around the rectangle it encloses.</summary>
    private static void Frame(SKRect rect, BorderSide top, BorderSide right, BorderSide bottom, BorderSide left, List<PaintCommand> commands)
    {
        void Side(BorderSide side, SKPoint from, SKPoint to, float inwardX, float inwardY)
        {
            if (side.IsVisible)
            {
                var shift = side.Width / 2;
                commands.Add(new DrawLine(new SKPoint(from.X + inwardX * shift, from.Y + inwardY * shift), new SKPoint(to.X + inwardX * shift, to.Y + inwardY * shift), side.Width, side.Color, side.Style));
            }
        }

        Side(top, new SKPoint(rect.Left, rect.Top), new SKPoint(rect.Right, rect.Top), 0, 1);
        Side(bottom, new SKPoint(rect.Left, rect.Bottom), new SKPoint(rect.Right, rect.Bottom), 0, -1);
        Side(left, new SKPoint(rect.Left, rect.Top), new SKPoint(rect.Left, rect.Bottom), 1, 0);
        Side(right, new SKPoint(rect.Right, rect.Top), new SKPoint(rect.Right, rect.Bottom), -1, 0);
    }

    /// <summary>
    /// How far an inline box's content area reaches above and below its baseline: its font's ascent and descent with half
    /// the font's line gap on each side, i.e. as tall as the font's normal line. CSS 2.1 §10.6.1 leaves the content area's
    /// height to the user agent ("based on the font"); taking the line gap in makes an inline's background as tall as a
    /// block or cell of one normal line in the same font, as the W3C tests that compare the two expect.
    /// </summary>
    private static (float Ascent, float Descent) ContentArea(Text.GlyphRun run)
    {
        var size = run.Style.FontSize;
        var halfGap = run.Font.HalfLineGapAt(size);
        return (run.Font.AscentAt(size) + halfGap, run.Font.DescentAt(size) + halfGap);
    }

    /// <summary>
    /// The backgrounds and borders of the inline elements in a line, under its text: each run's background over the
    /// run and the element's padding above and below (its edges' runs, <see cref="InlineEdge"/>, give the padding at
    /// the sides), then one border around each stretch of runs of the same bordered element, its left and right
    /// sides only where the element starts or ends in this line (box-decoration-break: slice).
    /// </summary>
    private static void PaintInlineBoxes(LineFragment line, float originX, float lineBaseline, List<PaintCommand> commands)
    {
        var runs = line.Line.Runs;
        var boxes = new SKRect[runs.Count];
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            // A faded element's background and border are drawn with its text, in its layer (PaintLine).
            if (run.Tag is not InlineTag tag || tag.Hidden || tag.Atomic is not null || tag.Opacity < 1 || (tag.Background >> 24 == 0 && tag.Box is null))
            {
                continue;
            }

            var (shiftX, shiftY) = tag.Shift;
            var baseline = lineBaseline + shiftY - run.Style.BaselineShift;
            var (ascent, descent) = ContentArea(run);
            var x = originX + line.X + shiftX + run.X;
            // A negative margin (a run of negative width) covers nothing: what follows is drawn back over the element.
            var width = Math.Max(0, run.Width);
            boxes[i] = tag.Box is { } boxStyle
                ? new SKRect(x, baseline - ascent - boxStyle.BorderAndPaddingTop, x + width, baseline + descent + boxStyle.BorderAndPaddingBottom)
                : new SKRect(x, baseline - ascent, x + width, baseline + descent);
            if ((tag.Background >> 24) != 0)
            {
                commands.Add(new FillRectangle(boxes[i], tag.Background));
            }
        }

        for (var i = 0; i < runs.Count;)
        {
            if (runs[i].Tag is not InlineTag { Box: { } bordered, Hidden: false, Atomic: null, Opacity: >= 1 } first)
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < runs.Count && runs[end].Tag is InlineTag { Hidden: false, Atomic: null } next && ReferenceEquals(next.Box, bordered))
            {
                end++;
            }

            var area = boxes[i];
            for (var k = i + 1; k < end; k++)
            {
                area = SKRect.Union(area, boxes[k]);
            }

            var opens = first.Edge is not null;
            var closes = runs[end - 1].Tag is InlineTag { Edge: not null };
            InlineBorder(bordered with
            {
                BorderLeft = opens ? bordered.BorderLeft : BorderSide.None,
                BorderRight = closes ? bordered.BorderRight : BorderSide.None,
            }, area, commands);
            i = end;
        }
    }

    private static void PaintLine(LineFragment line, float originX, float originY, List<PaintCommand> commands, HashSet<object> anchored, ContentOwner owner,
        Action<BoxFragment, float, float, Boxes.ElementSemantics?>? paintAtomic = null)
    {
        var top = originY + line.Y;
        var lineBaseline = top + line.Baseline;
        // The atomic inlines, in the visual order of the runs standing for them.
        var atomics = new Dictionary<Text.GlyphRun, BoxFragment>(ReferenceEqualityComparer.Instance);
        if (line.Atomics.Count > 0)
        {
            var objects = line.Line.Runs.Where(r => r.IsObject && r.Tag is InlineTag { Atomic: not null }).ToList();
            for (var i = 0; i < objects.Count && i < line.Atomics.Count; i++)
            {
                atomics[objects[i]] = line.Atomics[i];
            }
        }

        PaintInlineBoxes(line, originX, lineBaseline, commands);

        // In reading order, not left to right: the PDF's text then reads in logical order in readers that take
        // content order (a right-to-left line with a Latin name in it); where things are drawn is the same.
        foreach (var run in line.Line.Runs.OrderBy(r => r.SourceOffset))
        {
            var tag = run.Tag as InlineTag;
            if (tag is { Hidden: true })
            {
                // Invisible text keeps its place and its id (a link target), but draws nothing and is no link.
                if (tag.AnchorId is { } hiddenAnchor && anchored.Add(tag))
                {
                    commands.Add(new NamedDestination(new SKPoint(originX + line.X + run.X, top), hiddenAnchor));
                }

                continue;
            }

            var (shiftX, shiftY) = tag?.Shift ?? default;
            if (tag is { Edge: not null })
            {
                // An element's edge draws nothing of its own: its background and border came with the line's inline
                // boxes — a faded element's here, in its layer.
                if (tag is { Opacity: < 1, Background: var edgeBackground } && (edgeBackground >> 24) != 0)
                {
                    var edgeBaseline = lineBaseline + shiftY - run.Style.BaselineShift;
                    var (edgeAscent, edgeDescent) = ContentArea(run);
                    var edgeTop = edgeBaseline - edgeAscent - (tag.Box?.BorderAndPaddingTop ?? 0);
                    var edgeBottom = edgeBaseline + edgeDescent + (tag.Box?.BorderAndPaddingBottom ?? 0);
                    commands.Add(new BeginLayer(tag.Opacity));
                    commands.Add(new FillRectangle(new SKRect(originX + line.X + shiftX + run.X, edgeTop, originX + line.X + shiftX + run.X + run.Width, edgeBottom), edgeBackground));
                    commands.Add(new EndLayer());
                }

                if (tag.AnchorId is { } edgeAnchor && anchored.Add(tag))
                {
                    commands.Add(new NamedDestination(new SKPoint(originX + line.X + shiftX + run.X, top + shiftY), edgeAnchor));
                }

                continue;
            }

            if (run.IsObject)
            {
                // The object's box paints itself (its link, when it is an image in a link, too); the line gives it its
                // place, the background of the inline element around it and a destination for an id there.
                if (tag is { AnchorId: { } objectAnchor } && anchored.Add(tag))
                {
                    commands.Add(new NamedDestination(new SKPoint(originX + line.X + shiftX + run.X, top + shiftY), objectAnchor));
                }

                if (atomics.TryGetValue(run, out var atomic))
                {
                    if (tag is { Background: var objectBackground } && (objectBackground >> 24) != 0)
                    {
                        var baselineY = lineBaseline + shiftY - run.Style.BaselineShift;
                        var fontSize = run.Style.FontSize;
                        commands.Add(new FillRectangle(new SKRect(originX + line.X + shiftX + run.X, baselineY - run.Font.AscentAt(fontSize), originX + line.X + shiftX + run.X + run.Width, baselineY + run.Font.DescentAt(fontSize)), objectBackground));
                    }

                    paintAtomic?.Invoke(atomic, originX + line.X + shiftX, top + shiftY, tag?.Semantics);
                    if (tag is { Href.Length: > 0 } && atomic.Box is not ReplacedBox)
                    {
                        var area = SKRect.Create(originX + line.X + shiftX + atomic.X, top + shiftY + atomic.Y, atomic.Width, atomic.Height);
                        var link = owner.LinkOf(tag.Semantics);
                        commands.Add(tag.Href.StartsWith('#') ? new LinkToDestination(area, Uri.UnescapeDataString(tag.Href[1..])) { Structure = link } : new LinkToUrl(area, tag.Href) { Structure = link });
                    }
                }

                continue;
            }

            var lineX = originX + line.X + shiftX;
            var baseline = lineBaseline + shiftY - run.Style.BaselineShift;
            var x = lineX + run.X;
            var faded = tag is { Opacity: < 1 };
            if (faded)
            {
                commands.Add(new BeginLayer(tag!.Opacity));
            }

            var size = run.Style.FontSize;
            // The run's own font box, not the line's: a small span on a line with a large one stays small.
            var (ascent, descent) = ContentArea(run);
            var bounds = new SKRect(x, baseline - ascent, x + run.Width, baseline + descent);
            if (faded)
            {
                // Faded: background, border and text in one layer, faded once (each piece bordered whole).
                var box = tag!.Box is { } boxStyle
                    ? new SKRect(bounds.Left, bounds.Top - boxStyle.BorderAndPaddingTop, bounds.Right, bounds.Bottom + boxStyle.BorderAndPaddingBottom)
                    : bounds;
                if ((tag.Background >> 24) != 0)
                {
                    commands.Add(new FillRectangle(box, tag.Background));
                }

                if (tag.Box is { } bordered)
                {
                    InlineBorder(bordered, box, commands);
                }
            }

            // White space between two objects (images side by side) is no text of any element: an artifact.
            var between = line.Atomics.Count > 0 && string.IsNullOrWhiteSpace(run.Text);
            commands.Add(new DrawGlyphs(run, lineX, baseline, bounds) { Structure = between ? null : owner.ContentOf(tag?.Semantics) });
            EmphasisMarksOf(line, run, lineX, baseline, commands);
            if (tag is null)
            {
                continue;
            }

            if (tag.Box is { Outline: { } outline } outlined)
            {
                // Around the run's border box: its font box grown by the element's vertical border and padding.
                var box = new SKRect(bounds.Left, bounds.Top - outlined.BorderAndPaddingTop, bounds.Right, bounds.Bottom + outlined.BorderAndPaddingBottom);
                var outset = outlined.OutlineOffset + outline.Width;
                Frame(new SKRect(box.Left - outset, box.Top - outset, box.Right + outset, box.Bottom + outset), outline, outline, outline, outline, commands);
            }

            var thickness = Math.Max(0.5f, size / 16);
            if (tag.Underline)
            {
                var underlineY = baseline + size * 0.12f;
                commands.Add(new DrawLine(new SKPoint(x, underlineY), new SKPoint(x + run.Width, underlineY), thickness, run.Style.Color, "solid"));
            }

            if (tag.LineThrough)
            {
                var strikeY = baseline - size * 0.3f;
                commands.Add(new DrawLine(new SKPoint(x, strikeY), new SKPoint(x + run.Width, strikeY), thickness, run.Style.Color, "solid"));
            }

            if (faded)
            {
                commands.Add(new EndLayer());
            }

            if (tag.AnchorId is { } anchor && anchored.Add(tag))
            {
                commands.Add(new NamedDestination(new SKPoint(x, top + shiftY), anchor));
            }

            if (tag.Href is { Length: > 0 } href && run.Width > 0)
            {
                var area = new SKRect(x, top + shiftY, x + run.Width, top + shiftY + line.Height);
                var link = owner.LinkOf(tag.Semantics);
                commands.Add(href.StartsWith('#') ? new LinkToDestination(area, Uri.UnescapeDataString(href[1..])) { Structure = link } : new LinkToUrl(area, href) { Structure = link });
            }
        }
    }

    /// <summary>
    /// The emphasis marks over (or under) <paramref name="run"/>, drawn with it, after it and before a line-through (CSS Text
    /// Decoration 3 §3, painting order): glyphs of no element — artifacts, as decorations are — so readers and copied
    /// text skip them.
    /// </summary>
    private static void EmphasisMarksOf(LineFragment line, Text.GlyphRun run, float lineX, float baseline, List<PaintCommand> commands)
    {
        foreach (var emphasis in line.EmphasisMarks)
        {
            if (!ReferenceEquals(emphasis.Base, run))
                continue;
            var marks = emphasis.Marks;
            var markBaseline = baseline + emphasis.BaselineOffset;
            var size = marks.Style.FontSize;
            var bounds = new SKRect(lineX + marks.X, markBaseline - marks.Font.AscentAt(size), lineX + marks.X + marks.Width, markBaseline + marks.Font.DescentAt(size));
            commands.Add(new DrawGlyphs(marks, lineX, markBaseline, bounds));
        }
    }

    /// <summary>An image a list item's layout added as its marker (list-style-image): not one of the item's own boxes.</summary>
    private static bool IsMarkerImage(Fragment child, ListItemBox item) =>
        child is BoxFragment { Box: ReplacedBox image } && !item.Children.Contains(image);

    /// <summary>
    /// Which element of the document's structure the content being painted belongs to: <see cref="Node"/>, or none
    /// when <see cref="Artifact"/> (a repeated table header, a decorative image) or when there is no structure (the
    /// running header and footer).
    /// </summary>
    private readonly record struct ContentOwner(DocumentStructure? Tree, StructureNode? Node, bool Artifact)
    {
        /// <summary>The element content painted now belongs to (null: an artifact).</summary>
        public StructureNode? Content => Artifact ? null : Node;

        /// <summary>The owner inside a box: the box's own element when it has one.</summary>
        public ContentOwner Inside(BoxFragment fragment)
        {
            if (Tree is not { } tree || Artifact) return this;
            if (tree.IsDecorative(fragment.Box) || tree.IsRepeatedHeader(fragment)) return this with { Artifact = true };
            return tree.NodeOf(fragment.Box) is { } node ? this with { Node = node } : this;
        }

        /// <summary>A list item's label and body owners (null when the item has no element).</summary>
        public (ContentOwner Label, ContentOwner Body)? PartsOf(ListItemBox item)
        {
            if (Tree?.PartsOf(item) is not { } parts || Artifact) return null;
            return (parts.Label is { } label ? this with { Node = label } : this with { Artifact = true }, this with { Node = parts.Body });
        }

        /// <summary>The element of text in an inline element: the element's own (a link, a span) or the box's.</summary>
        public StructureNode? ContentOf(Boxes.ElementSemantics? inline) =>
            Artifact ? null : inline is not null && Tree?.NodeOf(inline) is { } node ? node : Node;

        /// <summary>The owner of an atomic inline in a line: the inline element around it when that has an element of its own.</summary>
        public ContentOwner Around(Boxes.ElementSemantics? inline) =>
            Artifact || inline is null || Tree?.NodeOf(inline) is not { } node ? this : this with { Node = node };

        /// <summary>The link element a piece of linked text belongs to.</summary>
        public StructureNode? LinkOf(Boxes.ElementSemantics? inline)
        {
            for (var s = inline; s is not null && !Artifact; s = s.InlineParent)
            {
                if (s.Role == Boxes.StructureRole.Link) return Tree?.NodeOf(s);
            }

            return null;
        }

        public StructureNode? LinkAround(ReplacedBox image) => Artifact ? null : Tree?.LinkAround(image);
    }

    /// <summary>
    /// A box's children in the order they are painted: in flow order, but a caption above its table after the table.
    /// The table's element comes before its caption in the tree, so the table's background and border are painted
    /// first and the caption over them (CSS 2.1 Appendix E step 4, §17.4), also where a negative margin pulls it onto them.
    /// </summary>
    private static IEnumerable<Fragment> PaintOrder(IReadOnlyList<Fragment> children)
    {
        if (!children.Any(child => child is BoxFragment { Box: TableBox { Captions.Count: > 0 } }))
        {
            return children;
        }

        // From the end: the fragments just before a table that are its captions (its captions above it stand together).
        var above = new bool[children.Count];
        TableBox? tableAfter = null;
        for (var i = children.Count - 1; i >= 0; i--)
        {
            if (children[i] is BoxFragment { Box: TableBox table })
            {
                tableAfter = table;
            }
            else if (tableAfter is not null && children[i] is BoxFragment candidate && tableAfter.HasCaption(candidate.Box))
            {
                above[i] = true;
            }
            else
            {
                tableAfter = null;
            }
        }

        var ordered = new List<Fragment>(children.Count);
        var captionsAbove = new List<Fragment>();
        for (var i = 0; i < children.Count; i++)
        {
            if (above[i])
            {
                captionsAbove.Add(children[i]);
                continue;
            }

            ordered.Add(children[i]);
            if (children[i] is BoxFragment { Box: TableBox })
            {
                ordered.AddRange(captionsAbove);
                captionsAbove.Clear();
            }
        }

        return ordered;
    }

    /// <summary>What one pass over a box tree paints (CSS 2.1 Appendix E): everything in document order, or one layer of a tree with floats.</summary>
    private enum PaintLayer
    {
        All,
        Blocks,
        Floats,
        Inline,
    }
}
