using System.Collections.Frozen;
using AngleSharp.Css;
using AngleSharp.Dom;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// Walks the styled DOM and builds the box tree: blocks, anonymous paragraphs for inline content, list items
/// with their markers, tables with header and body rows. Elements the engine cannot draw are reported once
/// per kind and left out.
/// </summary>
public sealed class BoxTreeBuilder(StyleResolver resolver, MessageLog log, AngleSharp.Css.IRenderDevice renderDevice, Images.ImageLoader? images = null,
    GeneratedContentStash? stash = null)
{
    private static readonly FrozenSet<string> UnsupportedElements = new[]
    {
        "picture", "video", "audio", "canvas", "iframe", "object", "embed", "input", "button",
        "select", "textarea", "math", "progress", "meter",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly CounterState counters = new();

    /// <summary>The x-heights of the fonts, for documents with lengths in ex (null: an ex is half an em).</summary>
    public XHeightSource? XHeights { get; init; }

    /// <summary>Whether the document uses a target function: then what references may show of each element with an id is kept.</summary>
    private readonly bool recordTargets = stash is { IsEmpty: false };

    /// <summary>What cross-references can show of each element with an id (filled by <see cref="Build"/>).</summary>
    public CrossReferenceTargets Targets { get; } = new();
    private PseudoElementRules rules = null!;

    /// <summary>How many footnote bodies are being built around the current element (a footnote inside one stays in its text).</summary>
    private int footnoteDepth;

    public BlockBox Build(IDocument document)
    {
        var window = document.DefaultView ?? throw new InvalidOperationException("The document has no window to compute styles in.");
        var css = new ComputedDeclarations(window.GetStyleCollection(renderDevice), XHeights);
        var parser = document.Context.GetService<AngleSharp.Css.Parser.ICssSelectorParser>()
            ?? throw new InvalidOperationException("AngleSharp has no CSS selector parser.");
        rules = new PseudoElementRules(document, parser, log);
        var root = document.DocumentElement;
        // The root starts the initial block formatting context, and its margins do not collapse with its children's
        // (CSS 2.1 §8.3.1): the first block's top margin stays at the top of the first page, as browsers print it.
        var asked = Style(css, root, new ComputedStyle { Display = Display.Block });
        var rootStyle = asked with { Display = Display.Block, Float = FloatSide.None, FormattingContextRoot = true };
        // The footnote counter runs through the whole document (CSS GCPM) unless the root resets it otherwise.
        counters.Reset("footnote", 0);
        ApplyCounters(css, root, rootStyle);
        // A root with display: none generates no boxes (CSS 2.1 §9.2.4); its background still paints the canvas, as browsers do.
        var tree = asked.Display == Display.Table
            ? RootTable(css, root, asked)
            : new BlockBox(rootStyle, asked.Display == Display.None ? [] : Children(css, root, rootStyle), root.Id) { Semantics = new ElementSemantics { Role = StructureRole.Document } };
        log.Position = null;
        // References are set from what the whole tree knows (a contents list refers forward); pages come later.
        return Targets.HasReferences ? CrossReferenceResolver.Resolve(tree, reference => Targets.Text(reference, null, CounterText)) : tree;
    }

    private static ComputedStyle Style(ComputedDeclarations css, IElement element, ComputedStyle parent, StyleResolver resolver)
    {
        var style = resolver.Resolve(css.For(element), parent, element.LocalName, StyleResolver.LanguageOf(element));
        return StyleResolver.AutoDirectionOf(element) is { } rightToLeft ? style with { RightToLeft = rightToLeft } : style;
    }


    /// <summary>
    /// A root element with display: table is a table in the initial containing block (CSS 2.1 §9.2.4, §17.4: its
    /// captions, auto margins and shrink-to-fit width as any table's): an anonymous block stands for that containing
    /// block as the tree's root. The root element's background paints the canvas (§14.2), so the block carries it
    /// and the table does not paint it again; without one, the body's colour paints it (as the painter takes it from a
    /// body that is the root's child, which it is not here).
    /// </summary>
    private BlockBox RootTable(ComputedDeclarations css, IElement root, ComputedStyle style)
    {
        var transparent = (style.BackgroundColor >> 24) == 0 && style.BackgroundImage is null;
        var body = transparent ? root.Children.FirstOrDefault(child => child.LocalName == "body") : null;
        var canvas = style.Anonymous(Display.Block) with
        {
            FormattingContextRoot = true,
            BackgroundColor = body is null ? style.BackgroundColor : Style(css, body, style).BackgroundColor,
            BackgroundImage = style.BackgroundImage,
            BackgroundClip = style.BackgroundClip,
            BackgroundOrigin = style.BackgroundOrigin,
        };
        var table = Table(css, root, style with { BackgroundColor = 0, BackgroundImage = null });
        return new BlockBox(canvas, [.. table], null) { Semantics = new ElementSemantics { Role = StructureRole.Document } };
    }

    private ComputedStyle Style(ComputedDeclarations css, IElement element, ComputedStyle parent)
    {
        At(element);
        var style = Style(css, element, parent, resolver);
        // Where translucency first appears, for the warning a PDF/A-1 file gives when it flattens it.
        if (style.IsTranslucent) log.NoteFirstUse(TranslucencySubject);
        return style;
    }

    /// <summary>The subject under which the first element with a translucent style is noted (<see cref="MessageLog.FirstUse"/>).</summary>
    public const string TranslucencySubject = "translucency";

    /// <summary>Messages logged from now on name this element.</summary>
    private void At(IElement element) =>
        log.Position = PdfSourcePosition.Of(element);

    /// <summary>
    /// The boxes of an element's content: its ::before, its children, its ::after (inline content gathered
    /// into anonymous paragraphs). <paramref name="leading"/>: text set first, inline (an inside list marker).
    /// <paramref name="outerFirst"/>: the ::first-letter and ::first-line rules of the blocks around whose first line is this
    /// element's first line (it is their first in-flow block, with nothing before it).
    /// </summary>
    private List<Box> Children(ComputedDeclarations css, IElement parent, ComputedStyle parentStyle, (string Text, ComputedStyle Style)? leading = null,
        FirstFormattedLine? outerFirst = null) =>
        ContentBoxes(css, parent, parent.ChildNodes, parentStyle, leading, outerFirst);

    /// <summary>
    /// The boxes of content <paramref name="nodes"/>: with <paramref name="parent"/>'s ::before and ::after, or none
    /// when the content has no element of its own (<paramref name="parent"/> null: an anonymous table cell, which has no
    /// ::first-letter or ::first-line either).
    /// </summary>
    private List<Box> ContentBoxes(ComputedDeclarations css, IElement? parent, IEnumerable<INode> nodes, ComputedStyle parentStyle,
        (string Text, ComputedStyle Style)? leading = null, FirstFormattedLine? outerFirst = null)
    {
        var boxes = new List<Box>();
        var inline = new InlineCollector();
        counters.EnterChildren();
        if (leading is { } marker)
        {
            inline.Add(marker.Text, marker.Style, RootTag(parentStyle));
        }

        // ::first-letter and ::first-line apply to block containers (not flex or grid containers, nor tables); without a
        // rule for either in the document, nothing here is looked at.
        var first = parent is not null && rules.AnyFirst && parentStyle.Display is not (Display.Flex or Display.Grid or Display.Table)
            ? FirstFormattedLine.For(rules.FirstLetter(parent), rules.FirstLine(parent), outerFirst)
            : null;
        // An inside marker is not part of the first letter (css-pseudo-4 §3.2: ::marker is not).
        var letterFrom = leading is null ? 0 : 1;
        void FlushLine()
        {
            if (first is { Settled: false } && inline.HasVisibleText)
            {
                FlushFirstLine(inline, parentStyle, boxes, first, letterFrom);
                return;
            }

            Flush(inline, parentStyle, boxes);
        }

        // A run of table parts outside a table becomes an anonymous table (CSS 2.1 §17.2.1); like a table in flow, it ends
        // the search for the first line. A ::before or ::after with a table part's display is one of the run.
        var tableParts = new TablePartRun();
        if (parent is not null)
        {
            if (TablePartPseudo(css, parent, parentStyle, "before") is { } beforePart)
                tableParts.Add(beforePart);
            else
                AddGenerated(css, parent, parentStyle, "before", inline, boxes, RootTag(parentStyle));
        }

        void EndTableParts()
        {
            var (parts, space) = tableParts.End();
            if (parts is null)
            {
                return;
            }

            FlushLine();
            first?.Settle();
            boxes.AddRange(Table(css, null, parts, parentStyle.Anonymous(Display.Table)));
            foreach (var text in space)
            {
                inline.Add(text.Data, parentStyle, RootTag(parentStyle));
            }
        }

        // A block-level box inside an inline element — a block, a float, an absolutely positioned box — is a block of its
        // own here, in the block around it: the inline content before it ends its anonymous block and what follows starts
        // another (CSS 2.1 §9.2.1.1), the inline element's boxes on either side carrying its style.
        void AddBlockLevel(IElement element, ComputedStyle style)
        {
            FlushLine();
            if (IsReplaced(element))
                AddReplaced(css, element, style, parentStyle, parentStyle, inline, boxes, RootTag(parentStyle));
            else
                boxes.AddRange(BlockLevel(css, element, style));
        }

        foreach (var node in nodes)
        {
            if (node is IText text)
            {
                if (tableParts.HoldSpace(text))
                {
                    continue;
                }

                EndTableParts();
                inline.Add(text.Data, parentStyle, RootTag(parentStyle));
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            if (generatedNodes.TryGetValue(element, out var generated))
            {
                // A pseudo-element of a table part, in the anonymous cell made for it (or a part of the run).
                if (IsInternalTablePart(generated.Style.Display))
                {
                    tableParts.Add(element);
                    continue;
                }

                EndTableParts();
                AddGenerated(css, generated.Element, generated.ElementStyle, generated.Kind, inline, boxes, RootTag(parentStyle));
                continue;
            }

            var style = NestedFootnoteInline(Style(css, element, parentStyle));
            if (style.Display == Display.None || !IsSupported(element))
            {
                continue;
            }

            if (parentStyle.Display is Display.Flex or Display.Grid)
            {
                // Flex and grid items are blockified, float does not apply to them, and each starts a formatting
                // context of its own (Flexbox §4, Grid §6.1): its children's margins do not collapse through it.
                style = style with { Display = style.Display == Display.Inline ? Display.Block : style.Display, Float = FloatSide.None, FormattingContextRoot = true, AtomicInline = false };
            }
            else if (IsInternalTablePart(style.Display) || IsCaption(css, element))
            {
                tableParts.Add(element);
                continue;
            }

            EndTableParts();
            ApplyCounters(css, element, style);
            if (style.IsFootnote && footnoteDepth == 0)
            {
                AddFootnote(css, element, style, parentStyle, inline, RootTag(parentStyle));
                continue;
            }

            if (IsReplaced(element))
            {
                AddReplaced(css, element, style, parentStyle, parentStyle, inline, boxes, RootTag(parentStyle));
                continue;
            }

            if (style.Ruby == RubyDisplay.Container)
            {
                AddRuby(css, element, style, parentStyle, inline, RootTag(parentStyle), AddBlockLevel);
                continue;
            }

            if (style.AtomicInline)
            {
                AddAtomic(css, element, style, parentStyle, inline, RootTag(parentStyle));
                continue;
            }

            if (style.Display == Display.Inline)
            {
                AddInline(css, element, style, parentStyle, inline, RootTag(parentStyle), AddBlockLevel, boxes, parentStyle);
                continue;
            }

            if (parentStyle.Display is not (Display.Flex or Display.Grid) && RunningInText(css, element, style))
            {
                inline.AddRunning(RunningElementOf(css, element, style, inText: true), parentStyle, RootTag(parentStyle));
                continue;
            }

            if (parentStyle.Display is not (Display.Flex or Display.Grid) && PositionedInText(css, element, style, inline, RootTag(parentStyle)))
            {
                AddPositionedInText(css, element, style, parentStyle, inline, RootTag(parentStyle));
                continue;
            }

            FlushLine();
            // The first line of an element is in its first in-flow block when nothing comes before it; a table, a flex or
            // a grid container there ends the search (their lines are not the element's).
            FirstFormattedLine? into = null;
            if (first is { Settled: false } && !style.IsFloated && !style.AbsolutelyPositioned)
            {
                if (style.Display is Display.Block or Display.ListItem)
                    into = first;
                else
                    first.Settle();
            }

            boxes.AddRange(BlockLevel(css, element, style, into));
        }

        var afterPart = parent is null ? null : TablePartPseudo(css, parent, parentStyle, "after");
        if (afterPart is not null)
        {
            tableParts.Add(afterPart);
        }

        EndTableParts();
        if (parent is not null && afterPart is null)
        {
            AddGenerated(css, parent, parentStyle, "after", inline, boxes, RootTag(parentStyle));
        }

        FlushLine();
        counters.LeaveChildren();
        return boxes;
    }

    /// <summary>
    /// An element's counter-reset, counter-increment and counter-set; lists reset <c>list-item</c> (from
    /// <c>ol start</c>), list items increment it (<c>li value</c> sets it).
    /// </summary>
    private void ApplyCounters(ComputedDeclarations css, IElement element, ComputedStyle style)
    {
        var declarations = css.For(element);
        var reset = declarations.GetPropertyValue("counter-reset");
        if (element.LocalName is "ol" or "ul" or "menu" && !Names(reset, "list-item"))
        {
            counters.Reset("list-item", element.LocalName == "ol" && int.TryParse(element.GetAttribute("start"), out var start) ? start - 1 : 0);
        }

        if (element.LocalName == "ol" && element.HasAttribute("reversed"))
        {
            log.WarnOnce("PDF122", "ol reversed", "<ol reversed> is not supported by the PDF engine; its items are numbered upwards.");
        }

        var listItem = style.Display == Display.ListItem;
        counters.Apply(reset, declarations.GetPropertyValue("counter-increment"), declarations.GetPropertyValue("counter-set"), listItem);
        if (listItem && int.TryParse(element.GetAttribute("value"), out var value))
        {
            counters.Set("list-item", value);
        }

        if (recordTargets && element.Id is { Length: > 0 } id)
        {
            Targets.AddElement(id, counters.Snapshot(), CollapsedText(element.TextContent));
        }
    }

    private static bool Names(string? counterList, string name) =>
        counterList is not null && counterList.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(name);

    /// <summary>
    /// The ::before or ::after of <paramref name="element"/> (<paramref name="kind"/>), when a rule gives it
    /// content: inline text in the element's inline content, or a block of its own with display: block.
    /// </summary>
    private void AddGenerated(ComputedDeclarations css, IElement element, ComputedStyle elementStyle, string kind, InlineCollector inline, List<Box>? boxes, InlineTag parentTag)
    {
        if (Generate(css, element, elementStyle, kind, listItemAllowed: boxes is not null) is not { } generatedPseudo)
        {
            return;
        }

        var (declarations, style, pieces) = generatedPseudo;

        var listItem = style.Display == Display.ListItem && boxes is not null;
        if (style.AtomicInline)
        {
            // display: inline-block (inline-table…) — one object in the line, holding the generated text; an
            // inline-table's in an anonymous cell.
            var content = new InlineCollector();
            AddPieces(content, pieces, style, RootTag(style));

            List<Box> generated = content.Flush(style) is { } paragraph ? [paragraph] : [];
            Box box = style.Display == Display.Table
                ? new TableBox(style, [], generated.Count == 0 ? [] : [new TableRowBox(style.Anonymous(Display.TableRow), [new TableCellBox(style.Anonymous(Display.TableCell), generated)])], generated.Count)
                : new BlockBox(style, generated);
            inline.AddAtomic(box, elementStyle, parentTag);
            return;
        }

        if (style.AbsolutelyPositioned && !style.FixedPositioned && !listItem && inline.HasVisibleText && declarations.GetPropertyValue("display") == "block")
        {
            // Positioned after text (its display blockified from the initial inline): its static position is in the line.
            var positioned = new InlineCollector();
            AddPieces(positioned, pieces, style, RootTag(style));
            inline.AddPositioned(new BlockBox(style with { Display = Display.Block }, positioned.Flush(style) is { } text ? [text] : []), elementStyle, parentTag);
            return;
        }

        if (style.Display != Display.Inline && boxes is not null)
        {
            // A block of its own — also when empty: a rule drawn by its border or background.
            Flush(inline, elementStyle, boxes);
            var own = new InlineCollector();
            // display: list-item makes it a list item with a marker of its own (CSS 2.1 §12.5), as an element is.
            var marker = listItem ? MarkerText(style.ListStyleType, counters.Value("list-item")) : "";
            var inside = declarations.GetPropertyValue("list-style-position") == "inside" && marker.Length > 0;
            if (inside)
            {
                own.Add(marker.EndsWith(' ') ? marker : marker + " ", style, RootTag(style));
            }

            AddPieces(own, pieces, style, RootTag(style));

            List<Box> children = own.Flush(style) is { } paragraph ? [paragraph] : [];
            if (declarations.GetPropertyValue("display") == "table-caption" && !(elementStyle.Display == Display.Table || IsInternalTablePart(elementStyle.Display)))
            {
                // A caption alone: in an anonymous table of its own (CSS 2.1 §17.2.1), above it or, with caption-side: bottom, below.
                var wrapper = new TableWrapper();
                var caption = new BlockBox(style with { Display = Display.Block }, children) { Wrapper = wrapper };
                var table = new TableBox(style.Anonymous(Display.Table), [], [], 0) { Captions = [caption], Wrapper = wrapper };
                boxes.AddRange(declarations.GetPropertyValue("caption-side") == "bottom" ? [table, caption] : [caption, table]);
                return;
            }

            boxes.Add(listItem ? new ListItemBox(style, inside ? "" : marker, children) { MarkerImage = inside ? null : style.ListStyleImage }
                : (style.Display == Display.Table || IsInternalTablePart(style.Display))
                    && !(elementStyle.Display == Display.Table || IsInternalTablePart(elementStyle.Display)) ? GeneratedTable(style, children)
                : new BlockBox(style with { Display = Display.Block }, children));
            return;
        }

        if (pieces.Any(p => p.Text.Length > 0 || p.Image is not null))
        {
            ReportInlineSpacing(style, "::" + kind);
            AddPieces(inline, pieces.Where(p => p.Text.Length > 0 || p.Image is not null), style with { Display = Display.Inline }, TagFor(style, parentTag, null));
        }
    }

    /// <summary>The declarations and style of <paramref name="element"/>'s ::before or ::after when a rule gives it content and a display; null otherwise. Nothing is applied.</summary>
    private (AngleSharp.Css.Dom.ICssStyleDeclaration Declarations, IReadOnlyList<ContentItem> Items, ComputedStyle Style)? PseudoOf(ComputedDeclarations css, IElement element, ComputedStyle elementStyle, string kind)
    {
        if (!rules.Any || !(kind == "before" ? rules.MayHaveBefore(element) : rules.MayHaveAfter(element)))
        {
            return null;
        }

        At(element);
        var declarations = css.ForPseudo(element, kind);
        if (ContentValueParser.Parse(declarations.GetPropertyValue("content"), log, stash) is not { } items)
        {
            return null;
        }

        var style = resolver.Resolve(declarations, elementStyle, "::" + kind);
        return style.Display == Display.None ? null : (declarations, items, style);
    }

    /// <summary>
    /// Generates <paramref name="element"/>'s ::before or ::after where it stands in document order: applies its counter
    /// properties, then makes its content pieces (recorded for <c>content(before/after)</c> and cross-references); null
    /// when it generates no box.
    /// </summary>
    private (AngleSharp.Css.Dom.ICssStyleDeclaration Declarations, ComputedStyle Style, List<GeneratedPiece> Pieces)? Generate(ComputedDeclarations css, IElement element, ComputedStyle elementStyle, string kind,
        bool listItemAllowed = true)
    {
        if (PseudoOf(css, element, elementStyle, kind) is not { } pseudo)
        {
            return null;
        }

        var (declarations, items, style) = pseudo;

        var listItem = style.Display == Display.ListItem && listItemAllowed;
        counters.Apply(declarations.GetPropertyValue("counter-reset"), declarations.GetPropertyValue("counter-increment"), declarations.GetPropertyValue("counter-set"), listItem);
        var pieces = GeneratedPieces(items, element, declarations.GetPropertyValue("quotes"));
        if (generatedWanted.Contains(element))
            generatedTexts[(element, kind)] = string.Concat(pieces.Select(p => p.Text));
        if (recordTargets && element.Id is { Length: > 0 } id)
        {
            Targets.AddGenerated(id, kind == "before", string.Concat(pieces.Select(p => p.Text)));
        }

        return (declarations, style, pieces);
    }

    /// <summary>
    /// The ::before and ::after of table elements and of block containers whose pseudo-elements are table parts, as nodes
    /// among the element's children: CSS 2.1 §17.2.1 fixes up the boxes of pseudo-elements as it fixes up elements' (a
    /// row's ::before is a cell, or content in an anonymous cell; generated text that comes out empty is no white space
    /// and still makes its cell). Each node is AngleSharp's wrapper for the pseudo-element; what it stands for is here.
    /// </summary>
    private readonly Dictionary<INode, GeneratedNode> generatedNodes = new(ReferenceEqualityComparer.Instance);

    /// <summary>A pseudo-element node: its element, the element's style, which one (<c>before</c>/<c>after</c>), its own style, and its display and caption-side as written.</summary>
    private readonly record struct GeneratedNode(IElement Element, ComputedStyle ElementStyle, string Kind, ComputedStyle Style, string? DisplayValue, string? CaptionSide);

    /// <summary>A table part's child nodes with its ::before first and its ::after last, when they generate boxes.</summary>
    private IEnumerable<INode> WithPseudoNodes(ComputedDeclarations css, IElement element, ComputedStyle style)
    {
        var before = PseudoNode(css, element, style, "before");
        var after = PseudoNode(css, element, style, "after");
        if (before is null && after is null)
        {
            return element.ChildNodes;
        }

        var nodes = new List<INode>(element.ChildNodes.Length + 2);
        if (before is not null)
            nodes.Add(before);
        nodes.AddRange(element.ChildNodes);
        if (after is not null)
            nodes.Add(after);
        return nodes;
    }

    /// <summary>The node standing for <paramref name="element"/>'s ::before or ::after (<paramref name="kind"/>); null when it generates no box.</summary>
    private IElement? PseudoNode(ComputedDeclarations css, IElement element, ComputedStyle style, string kind)
    {
        if (PseudoOf(css, element, style, kind) is not { } pseudo || element.Pseudo(kind) is not { } node)
        {
            return null;
        }

        generatedNodes[node] = new GeneratedNode(element, style, kind, pseudo.Style, pseudo.Declarations.GetPropertyValue("display"), pseudo.Declarations.GetPropertyValue("caption-side"));
        return node;
    }

    /// <summary>The node of a block container's ::before or ::after whose display is a row, cell or row group (it joins the run of table parts beside it); null otherwise.</summary>
    private IElement? TablePartPseudo(ComputedDeclarations css, IElement element, ComputedStyle style, string kind) =>
        style.Display is not (Display.Flex or Display.Grid) && PseudoOf(css, element, style, kind) is { } pseudo && IsInternalTablePart(pseudo.Style.Display)
            ? PseudoNode(css, element, style, kind)
            : null;

    /// <summary>
    /// Generates a pseudo-element node's content where the table builder reaches it: its counters applied, its text and
    /// images in one paragraph of its style (none when the content comes out empty).
    /// </summary>
    private List<Box> GeneratedContent(ComputedDeclarations css, GeneratedNode node)
    {
        if (Generate(css, node.Element, node.ElementStyle, node.Kind, listItemAllowed: false) is not { } generated)
        {
            return [];
        }

        var content = new InlineCollector();
        AddPieces(content, generated.Pieces, generated.Style, RootTag(generated.Style));
        return content.Flush(generated.Style) is { } paragraph ? [paragraph] : [];
    }

    /// <summary>
    /// A block-level ::before/::after with a table display in a block container: a table, or a table part in the
    /// anonymous table, row and cell it lacks (CSS 2.1 §17.2.1). The anonymous ones take the inherited properties only
    /// (border-spacing among them), the pseudo-element its own part; its content is the one cell's.
    /// </summary>
    private static TableBox GeneratedTable(ComputedStyle style, List<Box> content)
    {
        ComputedStyle Part(Display display) => style.Display == display ? style : style.Anonymous(display);
        var group = style.Display is Display.TableHeaderGroup or Display.TableRowGroup or Display.TableFooterGroup ? style : null;
        var row = new TableRowBox(Part(Display.TableRow), [new TableCellBox(Part(Display.TableCell), content)]) { GroupStyle = group };
        return new TableBox(Part(Display.Table), [], [row], 1);
    }

    /// <summary>
    /// Generated content into a line: the text pieces as runs of <paramref name="style"/>, each image as an anonymous
    /// inline replaced element (CSS 2.1 §12.2) at its own size, with none of the pseudo-element's box properties.
    /// </summary>
    private static void AddPieces(InlineCollector collector, IEnumerable<GeneratedPiece> pieces, ComputedStyle style, InlineTag tag)
    {
        foreach (var piece in pieces)
        {
            if (piece.Image is { } image)
                collector.AddAtomic(new ReplacedBox(style.Anonymous(Display.Block), image, null) { Href = tag.Href }, style, tag);
            else
                collector.Add(piece.Text, style, tag with { Reference = piece.Reference, Leader = piece.Leader });
        }
    }

    /// <summary>
    /// A piece of generated content: text — literal, or made from a cross-reference (set again once pages are known), or
    /// a leader (its pattern, no-break spaces for spaces: the leader and what follows it stay on one line) — or an image
    /// (its text empty).
    /// </summary>
    private readonly record struct GeneratedPiece(string Text, CrossReference? Reference = null, string? Leader = null, Images.ImageResource? Image = null);

    /// <summary>
    /// The text of a content value as one string, for text that is not set again after the tree is built (a
    /// <c>::marker</c>, a footnote call or marker): references show what the tree built so far knows of their targets
    /// (an element before them; a page number is not known, and is reported).
    /// </summary>
    private string GeneratedText(IReadOnlyList<ContentItem> items, IElement element, string? quotesValue) =>
        string.Concat(GeneratedPieces(items, element, quotesValue).Select(piece =>
        {
            if (piece.Reference is not { } reference)
                return piece.Text;
            if (reference.IsPage)
                log.WarnOnce("PDF126", "target-counter page in marker", "target-counter(…, page) in a ::marker, ::footnote-call or ::footnote-marker is not supported by the PDF engine (only in ::before and ::after); it is left out.");
            return reference.IsPage ? "" : Targets.Text(reference, null, CounterText);
        }));

    /// <summary>
    /// The pieces of a content value: strings, counters in their styles, attributes and quotes (which nest) run
    /// together; each cross-reference and leader a piece of its own.
    /// </summary>
    private List<GeneratedPiece> GeneratedPieces(IReadOnlyList<ContentItem> items, IElement element, string? quotesValue)
    {
        var pieces = new List<GeneratedPiece>();
        var text = new System.Text.StringBuilder();
        void Cut(GeneratedPiece piece)
        {
            if (text.Length > 0)
                pieces.Add(new GeneratedPiece(text.ToString()));
            text.Clear();
            pieces.Add(piece);
        }

        IReadOnlyList<string>? quotes = null;
        foreach (var item in items)
        {
            switch (item)
            {
                case ContentTargetCounter target:
                    Cut(Reference(new CrossReference(TargetId(target.Target, element), target.Name, target.Separator, target.Style, null)));
                    break;
                case ContentTargetText target:
                    Cut(Reference(new CrossReference(TargetId(target.Target, element), null, null, "decimal", target.Part)));
                    break;
                case ContentLeader leader:
                    Cut(new GeneratedPiece(leader.Pattern.Replace(' ', '\u00A0'), Leader: leader.Pattern));
                    break;
                case ContentText literal:
                    text.Append(literal.Text);
                    break;
                case ContentImage picture:
                    // An image that cannot be used (a warning says why) is left out (CSS 2.1 §12.2).
                    if ((images ?? new Images.ImageLoader(null, log)).Load(picture.Url) is { } image)
                        Cut(new GeneratedPiece("", Image: image));
                    break;
                case ContentAttribute attribute:
                    text.Append(element.GetAttribute(attribute.Name));
                    break;
                case ContentCounter { Separator: null } counter:
                    text.Append(CounterText(counters.Value(counter.Name), counter.Style));
                    break;
                case ContentCounter counter:
                    text.AppendJoin(counter.Separator, counters.Values(counter.Name).Select(v => CounterText(v, counter.Style)));
                    break;
                case ContentQuote quote:
                    quotes ??= ContentValueParser.Quotes(quotesValue) ?? ["\u201C", "\u201D", "\u2018", "\u2019"];
                    if (!quote.Open)
                    {
                        counters.QuoteDepth = Math.Max(0, counters.QuoteDepth - 1);
                    }

                    var pair = Math.Min(counters.QuoteDepth, quotes.Count / 2 - 1);
                    if (quote.Drawn && pair >= 0)
                    {
                        text.Append(quotes[pair * 2 + (quote.Open ? 0 : 1)]);
                    }

                    if (quote.Open)
                    {
                        counters.QuoteDepth++;
                    }

                    break;
            }
        }

        if (text.Length > 0)
            pieces.Add(new GeneratedPiece(text.ToString()));
        return pieces;
    }

    /// <summary>
    /// A reference's piece: the text is a stand-in (a run of collapsible white space would vanish) that
    /// <see cref="CrossReferenceResolver"/> replaces once the whole tree, and later the pages, are known.
    /// </summary>
    private GeneratedPiece Reference(CrossReference reference)
    {
        Targets.HasReferences = true;
        Targets.HasPageReferences |= reference.IsPage;
        return new GeneratedPiece("0", reference);
    }

    /// <summary>The id a reference points to: <c>#id</c> in the attribute or URL; null for anything else (another document).</summary>
    private static string? TargetId(ContentTarget target, IElement element)
    {
        var url = (target.Attribute is { } name ? element.GetAttribute(name) : target.Url)?.Trim();
        return url is { Length: > 1 } && url[0] == '#' ? Uri.UnescapeDataString(url[1..]) : null;
    }

    private string CounterText(int value, string style)
    {
        if (ListMarkerFormatter.Representation(style, value) is { } text)
        {
            return text;
        }

        log.WarnOnce("PDF122", "list-style-type:" + style, $"The counter style '{style}' is not supported by the PDF engine; decimal is used.");
        return ListMarkerFormatter.Representation("decimal", value)!;
    }

    private static InlineTag RootTag(ComputedStyle style) =>
        new(null, null, style.Underline, style.LineThrough, Hidden: style.Invisible, Bidi: BlockOverride(style));

    /// <summary>
    /// The override a block container's <c>unicode-bidi: bidi-override</c> or <c>isolate-override</c> puts around its inline
    /// content (CSS Writing Modes 3 §2.2: as if an anonymous inline box around it had the value); null for the others.
    /// </summary>
    private static BidiEmbedding? BlockOverride(ComputedStyle style) =>
        style.UnicodeBidi is UnicodeBidi.BidiOverride or UnicodeBidi.IsolateOverride ? new BidiEmbedding(UnicodeBidi.BidiOverride, style.RightToLeft, null) : null;

    /// <summary>
    /// The paragraph holding an element's first formatted line (CSS 2.1 §5.12): its first letter cut out and styled by
    /// the ::first-letter rules (a float of its own before the paragraph when they float it: a drop cap), and, with
    /// ::first-line rules, its runs in the first line's styles beside the others (<see cref="ParagraphBox.FirstLine"/>).
    /// Settles <paramref name="first"/>.
    /// </summary>
    private void FlushFirstLine(InlineCollector inline, ComputedStyle blockStyle, List<Box> boxes, FirstFormattedLine first, int letterFrom)
    {
        first.Settle();
        var lineStyle = first.Line.Count > 0 ? FirstPseudoStyle(first.Line, blockStyle, "::first-line", boxProperties: false) : null;
        if (first.Letter.Count > 0)
        {
            inline.ReplaceFirstLetter(letterFrom, letter =>
            {
                var styled = letter.Select(piece => (piece.Text, Style: FirstPseudoStyle(first.Letter, piece.Style, "::first-letter", boxProperties: true), piece.Tag)).ToArray();
                var box = styled[0].Style;
                if (!box.IsFloated)
                {
                    ReportInlineSpacing(box, "::first-letter");
                    return styled.Select(piece => (piece.Text, piece.Style, TagFor(piece.Style, piece.Tag, null) with { AnchorId = piece.Tag.AnchorId }));
                }

                // A floated first letter (a drop cap) is a block of its own, floated at the start of the first line
                // (css-pseudo-4 §3.2): the float gets the box properties, its text the rest.
                var own = new InlineCollector();
                foreach (var (text, style, tag) in styled)
                {
                    var textStyle = style.Anonymous(Display.Inline) with { Underline = style.Underline, LineThrough = style.LineThrough };
                    own.Add(text, textStyle, RootTag(textStyle) with { Href = tag.Href, AnchorId = tag.AnchorId, Semantics = tag.Semantics });
                }

                // The paragraph's text-indent moves its first line, which starts past the float; indenting the letter
                // inside the float too would count it twice.
                var floatStyle = box with { Display = Display.Block, BaselineShift = 0, VerticalAnchor = null, TextIndent = default };
                boxes.Add(new BlockBox(floatStyle, own.Flush(floatStyle) is { } paragraph ? [paragraph] : []));
                return [];
            });
        }

        var firstLine = lineStyle is null ? null : inline.Flush(IndentedIfFirst(blockStyle, boxes), (style, tag) => FirstLineStyle(style, tag, blockStyle, lineStyle), IndentedIfFirst(lineStyle, boxes));
        if (firstLine is not null)
            boxes.Add(firstLine);
        else
            Flush(inline, blockStyle, boxes);
    }

    /// <summary>
    /// The style of a ::first-letter (<paramref name="boxProperties"/>: its margins, padding, borders, background and
    /// float too) or a ::first-line: <paramref name="parent"/>'s inherited properties with what each rule of
    /// <paramref name="layers"/> sets, in order, relative values resolved against <paramref name="parent"/>.
    /// </summary>
    private ComputedStyle FirstPseudoStyle(IReadOnlyList<AngleSharp.Css.Dom.ICssStyleDeclaration> layers, ComputedStyle parent, string name, bool boxProperties)
    {
        var style = boxProperties
            ? parent.Anonymous(Display.Inline) with { BaselineShift = parent.BaselineShift, VerticalAnchor = parent.VerticalAnchor, Underline = parent.Underline, LineThrough = parent.LineThrough, Opacity = 1 }
            : parent;
        foreach (var declarations in layers)
        {
            var resolved = resolver.Resolve(declarations, parent, name);
            bool Has(string property) => declarations.GetPropertyValue(property) is { Length: > 0 };
            bool HasAny(string prefix) => declarations.Any(p => p.Name.StartsWith(prefix, StringComparison.Ordinal));
            // 'inherit' of a property that does not inherit takes the element's value (the resolver reads a rule's own
            // declarations, not a cascaded style, and knows no 'inherit' for them).
            bool Inherits(string prefix) => declarations.Any(p => p.Name.StartsWith(prefix, StringComparison.Ordinal) && p.Value == "inherit");
            style = WithTextProperties(style, resolved, Has) with
            {
                LetterSpacing = Has("letter-spacing") ? resolved.LetterSpacing : style.LetterSpacing,
                TextTransform = Has("text-transform") ? resolved.TextTransform : style.TextTransform,
                Underline = style.Underline || (HasAny("text-decoration") && resolved.Underline),
                LineThrough = style.LineThrough || (HasAny("text-decoration") && resolved.LineThrough),
                BackgroundColor = Has("background-color") ? Inherits("background-color") ? parent.BackgroundColor : resolved.BackgroundColor : style.BackgroundColor,
                Invisible = Has("visibility") ? resolved.Invisible : style.Invisible,
                Opacity = Has("opacity") ? resolved.Opacity : style.Opacity,
                Margin = boxProperties && HasAny("margin") ? Inherits("margin") ? parent.Margin : resolved.Margin : style.Margin,
                Padding = boxProperties && HasAny("padding") ? Inherits("padding") ? parent.Padding : resolved.Padding : style.Padding,
                BorderTop = boxProperties && HasAny("border-top") ? resolved.BorderTop : style.BorderTop,
                BorderRight = boxProperties && HasAny("border-right") ? resolved.BorderRight : style.BorderRight,
                BorderBottom = boxProperties && HasAny("border-bottom") ? resolved.BorderBottom : style.BorderBottom,
                BorderLeft = boxProperties && HasAny("border-left") ? resolved.BorderLeft : style.BorderLeft,
                CornerRadii = boxProperties && HasAny("border-") && HasAny("radius") ? resolved.CornerRadii : style.CornerRadii,
                Float = boxProperties && Has("float") ? Inherits("float") ? parent.Float : resolved.Float : style.Float,
            };
        }

        return style;
    }

    /// <summary>
    /// A piece of the first line in the ::first-line's style (<paramref name="line"/>): what the piece inherits unchanged
    /// from the block (<paramref name="block"/>) it now inherits from the first line; what its own element (or its
    /// ::first-letter) sets stays. Decorations and a background of the first line are added to its tag.
    /// </summary>
    private static (ComputedStyle Style, InlineTag Tag) FirstLineStyle(ComputedStyle piece, InlineTag tag, ComputedStyle block, ComputedStyle line)
    {
        var style = piece with
        {
            Color = piece.Color == block.Color ? line.Color : piece.Color,
            FontSize = Math.Abs(piece.FontSize - block.FontSize) < 0.001f ? line.FontSize : piece.FontSize,
            FontWeight = piece.FontWeight == block.FontWeight ? line.FontWeight : piece.FontWeight,
            Italic = piece.Italic == block.Italic ? line.Italic : piece.Italic,
            SmallCaps = piece.SmallCaps == block.SmallCaps ? line.SmallCaps : piece.SmallCaps,
            FontFamilies = ReferenceEquals(piece.FontFamilies, block.FontFamilies) || piece.FontFamilies.SequenceEqual(block.FontFamilies) ? line.FontFamilies : piece.FontFamilies,
            LetterSpacing = piece.LetterSpacing == block.LetterSpacing ? line.LetterSpacing : piece.LetterSpacing,
            TextTransform = piece.TextTransform == block.TextTransform ? line.TextTransform : piece.TextTransform,
            BaselineShift = piece.BaselineShift + line.BaselineShift,
        };
        var lineTag = tag;
        if (line.Underline && !tag.Underline)
            lineTag = lineTag with { Underline = true };
        if (line.LineThrough && !tag.LineThrough)
            lineTag = lineTag with { LineThrough = true };
        if (line.BackgroundColor != 0 && tag.Background == 0)
            lineTag = lineTag with { Background = line.BackgroundColor };
        if (line.Invisible != block.Invisible && tag.Hidden == block.Invisible)
            lineTag = lineTag with { Hidden = line.Invisible };
        return (style, lineTag);
    }

    private static void Flush(InlineCollector inline, ComputedStyle blockStyle, List<Box> boxes)
    {
        if (inline.HasContent && inline.Flush(IndentedIfFirst(blockStyle, boxes)) is { } paragraph)
        {
            boxes.Add(paragraph);
        }
    }

    /// <summary>
    /// The style of an anonymous paragraph of a block whose children so far are <paramref name="boxes"/>: text-indent
    /// only moves the first formatted line of the element (CSS 2.1 §16.1), so a paragraph after an in-flow block child
    /// (text following a &lt;div&gt;) is not indented; floats and positioned boxes before it (a floated first letter) are
    /// not in the flow and leave it the first.
    /// </summary>
    private static ComputedStyle IndentedIfFirst(ComputedStyle blockStyle, List<Box> boxes)
    {
        if (blockStyle.TextIndent.Value == 0)
            return blockStyle;
        foreach (var box in boxes)
        {
            if (box.Style.Float == FloatSide.None && !box.Style.AbsolutelyPositioned)
                return blockStyle with { TextIndent = default };
        }

        return blockStyle;
    }

    private bool IsSupported(IElement element)
    {
        if (!UnsupportedElements.Contains(element.LocalName))
        {
            return true;
        }

        log.WarnOnce("PDF120", "<" + element.LocalName + ">", $"The <{element.LocalName}> element is not supported by the PDF engine; it is left out of the PDF.");
        return false;
    }

    private static bool IsReplaced(IElement element) => element.LocalName is "img" or "svg";

    /// <summary>
    /// An image (<c>img</c>, inline <c>svg</c>): a <see cref="ReplacedBox"/>, set in the line as an atomic inline when it
    /// is inline-level (<paramref name="textStyle"/> is the style of the text around it), a block of its own otherwise.
    /// An image that cannot be used (a warning says why) shows its alt text instead.
    /// </summary>
    private void AddReplaced(ComputedDeclarations css, IElement element, ComputedStyle style, ComputedStyle blockStyle, ComputedStyle textStyle, InlineCollector inline, List<Box>? boxes, InlineTag parentTag)
    {
        At(element);
        var alt = element.LocalName == "img" ? element.GetAttribute("alt") : SvgTitle(element);
        var image = element.LocalName == "svg" ? InlineSvg(element) : LoadImage(element.GetAttribute("src"));
        var inLine = style.Display == Display.Inline || style.AtomicInline;
        if (image is null || (boxes is null && !inLine))
        {
            if (image is not null)
            {
                log.WarnOnce("PDF153", "image in inline", $"A block-level image (<{element.LocalName}>) inside a text run of a pseudo-element is not supported by the PDF engine; its alt text is shown.");
            }

            if (!string.IsNullOrEmpty(alt))
            {
                inline.Add(alt, style with { Display = Display.Inline }, TagFor(style, parentTag, null));
            }

            return;
        }

        var width = element.LocalName == "img" ? HtmlWidth(element.GetAttribute("width")) : null;
        var height = element.LocalName == "img" ? HtmlWidth(element.GetAttribute("height")) : null;
        var box = new ReplacedBox(style with { Display = Display.Block, Width = style.Width ?? (width is { IsPercent: true } ? width : null) }, image, alt, NullIfEmpty(element.Id))
        {
            AttributeWidth = width is { IsPercent: false } w ? w.Value : null,
            AttributeHeight = height is { IsPercent: false } h ? h.Value : null,
            Href = parentTag.Href,
            Semantics = ElementSemantics.Figure(alt, element),
        };
        if (inLine)
        {
            inline.AddAtomic(box with { Style = box.Style with { CentredByAutoMargins = false } }, textStyle, parentTag);
            return;
        }

        if (PositionedInText(css, element, style, inline, parentTag))
        {
            inline.AddPositioned(box, textStyle, parentTag);
            return;
        }

        Flush(inline, blockStyle, boxes!);
        boxes!.Add(box);
    }

    /// <summary>
    /// An inline-block, inline-table, inline-flex or inline-grid element: its box (a block, a table, a flex or grid
    /// container) set in the line as one object (CSS 2.1 §9.2.2). <paramref name="textStyle"/> is the style of the text
    /// around it; the tag of that text (its link, its element for readers) goes with it.
    /// </summary>
    private void AddAtomic(ComputedDeclarations css, IElement element, ComputedStyle style, ComputedStyle textStyle, InlineCollector inline, InlineTag parentTag)
    {
        At(element);
        // Auto margins of an atomic inline are 0 (CSS 2.1 §10.3.9).
        inline.AddAtomic(AtomicBox(BlockLevel(css, element, style with { CentredByAutoMargins = false }).ToList(), style), textStyle, parentTag);
    }

    /// <summary>
    /// A ruby (CSS Ruby 1 §2, with HTML's content model): its content paired into bases and annotations — each
    /// <c>display: ruby-text</c> child (<c>rt</c>, or an <c>rtc</c>) annotates the content since the previous one (its
    /// <c>rb</c> elements and the text and elements around them); content after the last has none; an <c>rp</c> is not
    /// displayed. The pairs go in the line as one <see cref="RubyBox"/>, an object that does not break. For readers the
    /// ruby is a Ruby structure element, each base an RB and each annotation an RT, base before annotation.
    /// </summary>
    private void AddRuby(ComputedDeclarations css, IElement ruby, ComputedStyle style, ComputedStyle textStyle, InlineCollector inline, InlineTag parentTag,
        Action<IElement, ComputedStyle> addBlockLevel)
    {
        At(ruby);
        var role = new ElementSemantics { Role = StructureRole.Ruby, Language = ElementSemantics.OfInline(ruby, null, null)?.Language, InlineParent = parentTag.Semantics };
        var tag = TagFor(style, parentTag, null) with { Semantics = role };
        var pairs = new List<RubyPair>();
        var pending = new List<INode>();
        foreach (var node in ruby.ChildNodes)
        {
            if (node is IElement child && IsSupported(child) && Style(css, child, style) is { Ruby: RubyDisplay.Annotation, Display: Display.Inline } annotationStyle)
            {
                ApplyCounters(css, child, annotationStyle);
                pairs.Add(new RubyPair(RubyBase(css, pending, style, tag, role, addBlockLevel), RubyAnnotation(css, child, annotationStyle, style, tag, role, addBlockLevel)));
                pending.Clear();
            }
            else
            {
                pending.Add(node);
            }
        }

        if (RubyBase(css, pending, style, tag, role, addBlockLevel) is { } last)
        {
            pairs.Add(new RubyPair(last, null));
        }

        if (ruby.Id is { Length: > 0 } id)
        {
            inline.Anchor(id);
        }

        if (pairs.Count > 0)
        {
            inline.AddAtomic(new RubyBox(style, pairs), textStyle, parentTag);
        }
    }

    /// <summary>A ruby base: the ruby's content <paramref name="nodes"/> as one line of inline content, null when it holds
    /// nothing but white space (between an annotation and the next base).</summary>
    private ParagraphBox? RubyBase(ComputedDeclarations css, List<INode> nodes, ComputedStyle rubyStyle, InlineTag rubyTag, ElementSemantics ruby,
        Action<IElement, ComputedStyle> addBlockLevel)
    {
        var tag = rubyTag with { Semantics = new ElementSemantics { Role = StructureRole.RubyBase, InlineParent = ruby } };
        var content = new InlineCollector();
        foreach (var node in nodes)
        {
            if (node is IText text)
            {
                content.Add(text.Data, rubyStyle, tag);
            }
            else if (node is IElement child && Style(css, child, rubyStyle) is var childStyle && childStyle.Display != Display.None && IsSupported(child))
            {
                ApplyCounters(css, child, childStyle);
                if (childStyle.Ruby == RubyDisplay.Container)
                    AddRuby(css, child, childStyle, rubyStyle, content, tag, addBlockLevel);
                else if (IsReplaced(child))
                    AddReplaced(css, child, childStyle, rubyStyle, rubyStyle, content, null, tag);
                else if (childStyle.AtomicInline)
                    AddAtomic(css, child, childStyle, rubyStyle, content, tag);
                else
                    // A base holds inline content: anything else in it (a block, a float) is set inline.
                    AddInline(css, child, childStyle with { Display = Display.Inline, Float = FloatSide.None }, rubyStyle, content, tag, addBlockLevel);
            }
        }

        return content.HasVisibleText ? content.Flush(RubyLineStyle(rubyStyle)) : null;
    }

    /// <summary>A ruby annotation: the <c>rt</c> (or <c>rtc</c>) element as one line of inline content in its own style (half
    /// the base's size), null when it holds no text.</summary>
    private ParagraphBox? RubyAnnotation(ComputedDeclarations css, IElement annotation, ComputedStyle style, ComputedStyle rubyStyle, InlineTag rubyTag, ElementSemantics ruby,
        Action<IElement, ComputedStyle> addBlockLevel)
    {
        var content = new InlineCollector();
        AddInline(css, annotation, style, rubyStyle, content, rubyTag with { Semantics = new ElementSemantics { Role = StructureRole.RubyText, InlineParent = ruby } }, addBlockLevel);
        return content.HasVisibleText ? content.Flush(RubyLineStyle(style)) : null;
    }

    /// <summary>The block style of a ruby base's or annotation's line: centred in the pair (the narrower of the two, as
    /// Chromium sets a single line), never wrapped, not indented.</summary>
    private static ComputedStyle RubyLineStyle(ComputedStyle style) =>
        style with { TextAlign = TextAlignment.Center, TextAlignLast = TextAlignment.Center, TextIndent = default, WhiteSpace = style.WhiteSpace == WhiteSpace.Pre ? WhiteSpace.Pre : WhiteSpace.NoWrap };

    /// <summary>The one box an atomic inline is set as: its box, or an anonymous block around it and its captions.</summary>
    private static Box AtomicBox(List<Box> boxes, ComputedStyle style) =>
        boxes.Count == 1
            ? boxes[0]
            : new BlockBox(style.Anonymous(Display.Block) with { AtomicInline = true, AtomicAlign = style.AtomicAlign, AtomicShift = style.AtomicShift }, boxes, null, null);

    private Images.ImageResource? LoadImage(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            log.WarnOnce("PDF150", "img without src", "An <img> has no src; its alt text is shown instead.");
            return null;
        }

        return (images ?? new Images.ImageLoader(null, log)).Load(source);
    }

    /// <summary>An inline <c>&lt;svg&gt;</c> read from the document's own elements (never serialized and parsed again).</summary>
    private Images.ImageResource? InlineSvg(IElement svg)
    {
        var result = Images.SvgReader.Read(SvgTree(svg, 0), images?.TextOutliner);
        foreach (var warning in result.Warnings)
        {
            log.WarnOnce("PDF152", "inline svg|" + warning, $"In an inline <svg>: {warning}.");
        }

        if (result.Image is not { } vector)
        {
            log.WarnOnce("PDF150", "inline svg", $"An inline <svg> cannot be used: {result.Problem}. Its title, if any, is shown instead.");
            return null;
        }

        var image = new Images.ImageResource("<svg>", Images.ImageFormat.Svg, [], (int)Math.Round((vector.Intrinsic.Width ?? 0) / 0.75f), (int)Math.Round((vector.Intrinsic.Height ?? 0) / 0.75f), vector);
        return images?.Add(image) ?? image;
    }

    /// <summary>The SVG elements as the SVG reader takes them (attributes by local name: xlink:href is href), at most as deep as the reader reads.</summary>
    private static Images.SvgElement SvgTree(IElement element, int depth)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in element.Attributes)
        {
            attributes[attribute.LocalName] = attribute.Value;
        }

        var node = new Images.SvgElement(element.LocalName, attributes);
        if (element.LocalName == "style")
        {
            node.Text = element.TextContent;
        }
        else if (depth < Images.SvgReader.MaxDepth && Images.SvgElement.HoldsCharacters(element.LocalName))
        {
            // Characters and <tspan>s of a <text>, in document order.
            foreach (var child in element.ChildNodes)
            {
                if (child is IElement tspan)
                    node.Children.Add(SvgTree(tspan, depth + 1));
                else if (child is AngleSharp.Dom.IText characters)
                    node.Children.Add(Images.SvgElement.Characters(characters.Data));
            }
        }
        else if (depth < Images.SvgReader.MaxDepth)
        {
            foreach (var child in element.Children)
            {
                node.Children.Add(SvgTree(child, depth + 1));
            }
        }

        return node;
    }

    private static string? SvgTitle(IElement svg) =>
        svg.Children.FirstOrDefault(c => c.LocalName == "title")?.TextContent.Trim() is { Length: > 0 } title ? title : svg.GetAttribute("aria-label");

    private void AddInline(ComputedDeclarations css, IElement element, ComputedStyle style, ComputedStyle parentStyle, InlineCollector inline, InlineTag parentTag,
        Action<IElement, ComputedStyle> addBlockLevel, List<Box>? boxes = null, ComputedStyle? blockStyle = null)
    {
        if (element.Id is { Length: > 0 } id)
        {
            inline.Anchor(id);
        }
        else if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name)
        {
            inline.Anchor(name);
        }

        var href = element.LocalName == "a" ? element.GetAttribute("href")?.Trim() : null;
        if (style.WhiteSpace == WhiteSpace.NoWrap && !InheritsNoWrap(css, element))
        {
            log.WarnOnce("PDF125", "inline nowrap", $"white-space: nowrap on an inline element (<{element.LocalName}>) is not supported by the PDF engine (only on blocks and cells); its text may wrap.");
        }

        ReportInlineSpacing(style, "<" + element.LocalName + ">", hasEdges: true);
        if (style.RelativelyPositioned && style.Offsets is var (top, right, bottom, left)
            && new[] { top, right, bottom, left }.Any(offset => offset is { IsPercent: true }))
        {
            log.WarnOnce("PDF101", "inline offset percentage", $"Percentage offsets (top, right, bottom, left) of a relatively positioned inline element (<{element.LocalName}>) are not supported by the PDF engine (lengths are); they count as 0.");
        }

        var tag = TagFor(style, parentTag, href) is var plain && ElementSemantics.OfInline(element, href, parentTag.Semantics) is { } semantics
            ? plain with { Semantics = semantics }
            : plain;
        // An inline's unicode-bidi opens an embedding, override or isolate around its content (CSS Writing Modes 3 §2.4.2).
        var embeddingRightToLeft = EmbeddingRightToLeft(element, style);
        if (embeddingRightToLeft is { } opensRightToLeft)
        {
            tag = tag with { Bidi = new BidiEmbedding(style.UnicodeBidi, opensRightToLeft, parentTag.Bidi) };
        }

        if (HasHorizontalEdges(style))
        {
            // Its sides go where its content ends up in each line (LineAssembler), so its content knows it is in it.
            tag = tag with { Edged = new EdgedInline(parentTag.Edged) };
        }

        if (element.LocalName == "br")
        {
            inline.AddBreak(style, tag);
            return;
        }

        if (css.For(element).GetPropertyValue("string-set") is { Length: > 0 } stringSet && stringSet.Trim() != "none")
        {
            log.WarnOnce("PDF101", "string-set inline", $"'string-set' on an inline element (<{element.LocalName}>) is not supported by the PDF engine (on block-level elements it is); ignored.");
        }

        counters.EnterChildren();
        var piecesBefore = inline.Count;
        // Which physical side the element's start shows: its direction's (CSS 2.1 §8.6: a left-to-right element's first box
        // has its left margin, border and padding), or its embedding's for plaintext. The line puts each side at the visual
        // end of the element's content (LineAssembler.PlaceElementSides), whichever way that content reads.
        var sidesRightToLeft = embeddingRightToLeft ?? style.RightToLeft;

        AddEdges(style, inline, parentTag, tag, isStart: true, sidesRightToLeft);
        AddGenerated(css, element, style, "before", inline, null, tag);
        // A run of table parts in an inline element is an anonymous inline-table (CSS 2.1 §17.2.1).
        var tableParts = new TablePartRun();
        void EndTableParts()
        {
            var (parts, space) = tableParts.End();
            if (parts is null)
            {
                return;
            }

            inline.AddAtomic(AtomicBox(Table(css, null, parts, style.Anonymous(Display.Table) with { AtomicInline = true }).ToList(), style), style, tag);
            foreach (var text in space)
            {
                inline.Add(text.Data, style, tag);
            }
        }

        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                if (!tableParts.HoldSpace(text))
                {
                    EndTableParts();
                    inline.Add(text.Data, style, tag);
                }
            }
            else if (node is IElement child)
            {
                var childStyle = NestedFootnoteInline(Style(css, child, style));
                if (childStyle.Display == Display.None || !IsSupported(child))
                {
                    continue;
                }

                if (IsInternalTablePart(childStyle.Display) || IsCaption(css, child))
                {
                    tableParts.Add(child);
                    continue;
                }

                EndTableParts();

                if (childStyle.IsFootnote && footnoteDepth == 0)
                {
                    ApplyCounters(css, child, childStyle);
                    AddFootnote(css, child, childStyle, style, inline, tag);
                    continue;
                }

                if (RunningInText(css, child, childStyle))
                {
                    ApplyCounters(css, child, childStyle);
                    inline.AddRunning(RunningElementOf(css, child, childStyle, inText: true), style, tag);
                    continue;
                }

                if (childStyle.IsFloated)
                {
                    ApplyCounters(css, child, childStyle);
                    addBlockLevel(child, MovedWithInline(childStyle, tag));
                    continue;
                }

                if (IsReplaced(child))
                {
                    ApplyCounters(css, child, childStyle);
                    AddReplaced(css, child, childStyle, blockStyle ?? style, style, inline, boxes, tag);
                    continue;
                }

                if (childStyle.Ruby == RubyDisplay.Container)
                {
                    ApplyCounters(css, child, childStyle);
                    AddRuby(css, child, childStyle, style, inline, tag, addBlockLevel);
                    continue;
                }

                if (childStyle.AtomicInline)
                {
                    ApplyCounters(css, child, childStyle);
                    AddAtomic(css, child, childStyle, style, inline, tag);
                    continue;
                }

                if (childStyle.Display != Display.Inline && PositionedInText(css, child, childStyle, inline, tag))
                {
                    ApplyCounters(css, child, childStyle);
                    AddPositionedInText(css, child, childStyle, style, inline, tag);
                    continue;
                }

                if (childStyle.Display != Display.Inline)
                {
                    ApplyCounters(css, child, childStyle);
                    addBlockLevel(child, MovedWithInline(childStyle, tag));
                    continue;
                }

                ApplyCounters(css, child, childStyle);
                AddInline(css, child, childStyle, style, inline, tag, addBlockLevel, boxes, blockStyle);
            }
        }

        EndTableParts();
        AddGenerated(css, element, style, "after", inline, null, tag);
        AddEdges(style, inline, parentTag, tag, isStart: false, sidesRightToLeft);
        if (inline.Count == piecesBefore && InlineBoxDiffers(style, parentStyle))
        {
            // An empty element still has an inline box in its line (CSS 2.1 §10.8): its line-height and font count.
            inline.AddEdge(new InlineEdge(0, true), style, tag);
        }

        counters.LeaveChildren();
    }

    /// <summary>A block-level box inside relatively positioned inline elements (whose offsets <paramref name="tag"/> carries)
    /// is painted moved with them: the offset of an inline split around a block applies to the block too (CSS 2.1 §9.2.1.1).</summary>
    private static ComputedStyle MovedWithInline(ComputedStyle style, InlineTag tag) =>
        tag.Shift == default ? style : style with { EnclosingInlineShift = tag.Shift };

    /// <summary>
    /// Whether an absolutely positioned element stands in the text of a line rather than between blocks: it is
    /// inline-level (its display before it was blockified), not fixed (a fixed box repeats on every page), and text
    /// or an atomic inline comes before it, or it is inside a relatively positioned inline element (<paramref name="tag"/>: the
    /// text's), whose box is its containing block (CSS 2.1 §10.1 item 4: layout finds it by the line the box stands in) — then it
    /// keeps its static position in the line (CSS 2.1 §10.3.7, §10.6.4) and does not end it.
    /// </summary>
    private static bool PositionedInText(ComputedDeclarations css, IElement element, ComputedStyle style, InlineCollector inline, InlineTag tag) =>
        style.AbsolutelyPositioned && !style.FixedPositioned && style.RunningName is null && (inline.HasVisibleText || tag.Containing is not null) && element.LocalName != "br"
        && css.CascadedDisplay(element) is var display && (string.IsNullOrEmpty(display) || display.StartsWith("inline", StringComparison.Ordinal));

    /// <summary>The boxes of an absolutely positioned element in the text (<see cref="PositionedInText(ComputedDeclarations, IElement, ComputedStyle, InlineCollector, InlineTag)"/>),
    /// each where it stands in its line.</summary>
    private void AddPositionedInText(ComputedDeclarations css, IElement element, ComputedStyle style, ComputedStyle textStyle, InlineCollector inline, InlineTag tag)
    {
        foreach (var box in BlockLevel(css, element, style))
        {
            inline.AddPositioned(box, textStyle, tag);
        }
    }

    /// <summary>Whether an inline element's box can reach higher or lower in its line than its parent's: another
    /// line-height, font or vertical-align.</summary>
    private static bool InlineBoxDiffers(ComputedStyle style, ComputedStyle parent) =>
        style.LineHeight != parent.LineHeight || style.FontSize != parent.FontSize || style.BaselineShift != parent.BaselineShift
        || !ReferenceEquals(style.VerticalAnchor, parent.VerticalAnchor) || !style.FontFamilies.SequenceEqual(parent.FontFamilies);

    /// <summary>
    /// The direction of the embedding, override or isolate an inline element opens (its <c>unicode-bidi</c> is not normal):
    /// its <c>direction</c>, and for <c>plaintext</c> its first strong character's (FSI, left to right when it has none); null
    /// when it opens none.
    /// </summary>
    private static bool? EmbeddingRightToLeft(IElement element, ComputedStyle style) => style.UnicodeBidi switch
    {
        UnicodeBidi.Normal => null,
        UnicodeBidi.Plaintext => StyleResolver.StrongIsRightToLeft(element, fromEnd: false, _ => true) ?? false,
        _ => style.RightToLeft,
    };

    /// <summary>Whether an inline element's margin, border or padding takes room at its left or right (<see cref="AddEdges"/>).</summary>
    private static bool HasHorizontalEdges(ComputedStyle style) =>
        style.Margin.Left != 0 || style.Margin.Right != 0 || style.BorderAndPaddingLeft != 0 || style.BorderAndPaddingRight != 0;

    /// <summary>
    /// The room an inline element's margin, border and padding take before its content (<paramref name="isStart"/>)
    /// or after it: the margin in the parent's tag (outside the element's background and border), border and padding
    /// in the element's own. <paramref name="rightToLeft"/>, the element's (or its embedding's) direction, says which
    /// physical side each shows: the start of a left-to-right element has its left margin, border and padding (CSS 2.1
    /// §8.6). Where the spacer lands in the line is the line's business: beside the content the bidi analysis glued it to
    /// (<c>BidiParagraph.Glued</c>), then moved to the visual end of the element's content on its side
    /// (<c>LineAssembler.PlaceElementSides</c>) — so content whose first and last letters read different ways still gets
    /// a left side on its left and a right side on its right.
    /// </summary>
    private static void AddEdges(ComputedStyle style, InlineCollector inline, InlineTag parentTag, InlineTag tag, bool isStart, bool rightToLeft)
    {
        var embedding = ReferenceEquals(tag.Bidi, parentTag.Bidi) ? null : tag.Bidi;
        var left = isStart != rightToLeft;
        var margin = left ? style.Margin.Left : style.Margin.Right;
        var border = left ? style.BorderLeft : style.BorderRight;
        var inside = (border.IsVisible ? border.Width : 0) + (left ? style.Padding.Left : style.Padding.Right);
        if (isStart && margin != 0)
        {
            inline.AddEdge(new InlineEdge(margin, true, embedding, tag.Edged, left), style, parentTag);
        }

        if (inside > 0)
        {
            inline.AddEdge(new InlineEdge(inside, isStart, embedding, tag.Edged, left), style, tag);
        }

        if (!isStart && margin != 0)
        {
            inline.AddEdge(new InlineEdge(margin, false, embedding, tag.Edged, left), style, parentTag);
        }
    }

    /// <summary>Warns of the horizontal margins and padding of an inline box the engine does not lay out: those of
    /// pseudo-elements (<paramref name="hasEdges"/> false: they get no edges).</summary>
    private void ReportInlineSpacing(ComputedStyle style, string what, bool hasEdges = false)
    {
        if (!hasEdges && (style.Padding.Horizontal != 0 || style.Margin.Horizontal != 0))
        {
            log.WarnOnce("PDF124", "inline spacing",
                $"Horizontal padding and margins of inline pseudo-elements ({what}) are not laid out by the PDF engine; their borders and backgrounds are drawn around the text.");
        }
    }

    /// <summary>What an inline element's text carries: its link (or the enclosing one), decorations, background and its box
    /// when it is bordered, outlined or has a background and vertical padding (the background covers the padding above and below the text).</summary>
    private static InlineTag TagFor(ComputedStyle style, InlineTag parentTag, string? href)
    {
        var bordered = style.BorderTop.IsVisible || style.BorderRight.IsVisible || style.BorderBottom.IsVisible || style.BorderLeft.IsVisible || style.Outline is not null
            || (style.BackgroundColor != 0 && (style.Padding.Top > 0 || style.Padding.Bottom > 0));
        // A block-level ::before/::after is moved and faded as a box, not again through its text. Inline offsets
        // are lengths (percentages are reported in AddInline: the line's width is not known here).
        var inline = style.Display == Display.Inline;
        var shift = inline ? style.RelativeOffset(0, null) : default;
        var moved = (parentTag.Shift.X + shift.X, parentTag.Shift.Y + shift.Y);
        return new InlineTag(
            string.IsNullOrEmpty(href) ? parentTag.Href : href,
            null,
            style.Underline,
            style.LineThrough,
            style.BackgroundColor != 0 ? style.BackgroundColor : parentTag.Background,
            bordered ? style : parentTag.Box,
            style.Invisible,
            moved,
            parentTag.Opacity * (inline ? style.Opacity : 1),
            parentTag.Semantics,
            Bidi: parentTag.Bidi,
            Containing: inline && style.RelativelyPositioned ? new PositionedInline(style, parentTag.Containing, moved) : parentTag.Containing,
            Edged: parentTag.Edged);
    }

    /// <summary>Whether nowrap comes from the block around the inline (then the whole paragraph is unbroken).</summary>
    private static bool InheritsNoWrap(ComputedDeclarations css, IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            var declarations = css.For(parent);
            if (declarations.GetPropertyValue("display") is not ("inline" or ""))
            {
                return declarations.GetPropertyValue("white-space") == "nowrap";
            }
        }

        return false;
    }

    private IEnumerable<Box> BlockLevel(ComputedDeclarations css, IElement element, ComputedStyle style, FirstFormattedLine? outerFirst = null)
    {
        if (style.RunningName is not null)
        {
            // Out of the flow: an empty block marks where it was (the page that sets it); the element's own box goes
            // to the margin boxes that show element(name).
            return [new BlockBox(style.Anonymous(Display.Block), [], null) { Running = RunningElementOf(css, element, style) }];
        }

        switch (style.Display)
        {
            case Display.Table:
                return Table(css, element, style);
            case Display.ListItem:
                return [ListItem(css, element, style, outerFirst)];
            default:
                var running = RunningText(css, element);
                var display = style.Display is Display.Flex or Display.Grid ? style.Display : Display.Block;
                var blockStyle = style with { Display = display };
                var children = Children(css, element, blockStyle, null, outerFirst);
                return [new BlockBox(blockStyle, children, NullIfEmpty(element.Id), BookmarkOf(css, element, running.Label))
                {
                    Semantics = ElementSemantics.OfBlock(element),
                    StringSets = StringSetsOf(element, running.Sets),
                    PageCounterReset = PageCounterResetOf(css, element),
                }];
        }
    }

    /// <summary>An element with <c>position: running(name)</c> as the margin boxes that show <c>element(name)</c> get it: its
    /// own box (blockified, CSS GCPM 3 §2.4), one block around its boxes when it makes several.</summary>
    private RunningElement RunningElementOf(ComputedDeclarations css, IElement element, ComputedStyle style, bool inText = false)
    {
        var own = BlockLevel(css, element, style with { RunningName = null }).ToArray();
        var shown = own.Length == 1 ? own[0] : new BlockBox(style.Anonymous(Display.Block), own, null);
        return new RunningElement(style.RunningName!, shown, inText);
    }

    /// <summary>
    /// Whether a running element stands in the text of a line rather than between blocks: it was inline-level (its display
    /// before it was blockified). It is out of the flow, so it must not end the line it stands in (a block there would
    /// split the paragraph): it is a zero-width mark in the text instead (<see cref="InlineCollector.AddRunning"/>).
    /// </summary>
    private static bool RunningInText(ComputedDeclarations css, IElement element, ComputedStyle style) =>
        style.RunningName is not null
        && css.CascadedDisplay(element) is var display && (string.IsNullOrEmpty(display) || display.StartsWith("inline", StringComparison.Ordinal));

    /// <summary>
    /// A text of CSS GCPM (a <c>string-set</c> value, a <c>bookmark-label</c>) worked out in two steps: counters, strings and
    /// attributes at the element (<see cref="Parts"/>, after its own counter changes), the text of its <c>::before</c> and
    /// <c>::after</c> (null parts) once its children — those pseudo-elements among them — are built.
    /// </summary>
    private sealed record PendingText(IReadOnlyList<ContentItem> Items, string?[] Parts);

    /// <summary>The text of <c>::before</c>/<c>::after</c> of the elements whose <c>string-set</c> or <c>bookmark-label</c> shows it.</summary>
    private readonly Dictionary<(IElement Element, string Kind), string> generatedTexts = [];

    /// <summary>The elements <see cref="generatedTexts"/> keeps the generated text of.</summary>
    private readonly HashSet<IElement> generatedWanted = new(ReferenceEqualityComparer.Instance);

    /// <summary>An element's <c>string-set</c> entries and <c>bookmark-label</c>, each as far as it is known before its children are built.</summary>
    private (IReadOnlyList<(string Name, PendingText Text)>? Sets, PendingText? Label) RunningText(ComputedDeclarations css, IElement element)
    {
        var declarations = css.For(element);
        var setValue = declarations.GetPropertyValue("string-set");
        var labelValue = declarations.GetPropertyValue("bookmark-label");
        if (string.IsNullOrEmpty(setValue) && string.IsNullOrEmpty(labelValue))
            return (null, null);
        At(element);
        var sets = ContentValueParser.StringSets(setValue, log)?.Select(set => (set.Name, Pending(set.Items, element, declarations))).ToArray();
        var label = string.IsNullOrEmpty(labelValue) || labelValue.Trim() == "none"
            ? null
            : ContentValueParser.Parse(labelValue, log, null, ofElement: true) is { } items ? Pending(items, element, declarations) : null;
        return (sets, label);
    }

    private PendingText Pending(IReadOnlyList<ContentItem> items, IElement element, AngleSharp.Css.Dom.ICssStyleDeclaration declarations)
    {
        var parts = new string?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            parts[i] = items[i] switch
            {
                ContentOfElement { Part: "before" or "after" } => null,
                ContentOfElement { Part: "first-letter" } => CrossReferenceTargets.FirstLetter(CollapsedText(element.TextContent)),
                ContentOfElement => CollapsedText(element.TextContent),
                var item => GeneratedText([item], element, declarations.GetPropertyValue("quotes")),
            };
            if (parts[i] is null)
                generatedWanted.Add(element);
        }

        return new PendingText(items, parts);
    }

    /// <summary>The text, its <c>content(before)</c> and <c>content(after)</c> now known (white space collapsed, as in the element's own text).</summary>
    private string Finished(PendingText pending, IElement element) =>
        CollapsedText(string.Concat(pending.Parts.Select((part, i) => part
            ?? generatedTexts.GetValueOrDefault((element, ((ContentOfElement)pending.Items[i]).Part), ""))));

    private IReadOnlyList<StringSet>? StringSetsOf(IElement element, IReadOnlyList<(string Name, PendingText Text)>? sets) =>
        sets is null ? null : sets.Select(set => new StringSet(set.Name, Finished(set.Text, element))).ToArray();

    /// <summary>
    /// The element's outline entry: h1–h3 by default, at the level of their number, labelled with their text; <c>bookmark-level</c>
    /// (an integer, or <c>none</c>) gives any element one or takes it away, <c>bookmark-label</c> its text, <c>bookmark-state:
    /// closed</c> shows its children folded (CSS GCPM §2).
    /// </summary>
    private Bookmark? BookmarkOf(ComputedDeclarations css, IElement element, PendingText? label)
    {
        var declarations = css.For(element);
        var levelValue = declarations.GetPropertyValue("bookmark-level")?.Trim();
        int level;
        if (string.IsNullOrEmpty(levelValue))
        {
            if (element.LocalName is not ("h1" or "h2" or "h3"))
                return null;
            level = element.LocalName[1] - '0';
        }
        else if (levelValue is "none" or InvalidDeclarations.BookmarkLevelNoneText)
        {
            return null;
        }
        else if (!int.TryParse(levelValue, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out level) || level < 1)
        {
            At(element);
            log.WarnOnce("PDF126", "bookmark-level " + levelValue, $"'bookmark-level: {levelValue}' is neither none nor a positive integer; ignored.");
            if (element.LocalName is not ("h1" or "h2" or "h3"))
                return null;
            level = element.LocalName[1] - '0';
        }

        var title = label is null ? CollapsedText(element.TextContent) : Finished(label, element);
        return new Bookmark(level, title, declarations.GetPropertyValue("bookmark-state")?.Trim() == "closed");
    }

    /// <summary>
    /// A list item with its marker: the list-item counter in its list-style-type, or the content and style
    /// of a ::marker rule; outside (set by layout beside the content) or, with list-style-position: inside,
    /// as the first inline text of the item.
    /// </summary>
    private ListItemBox ListItem(ComputedDeclarations css, IElement element, ComputedStyle style, FirstFormattedLine? outerFirst)
    {
        var running = RunningText(css, element);
        var item = ListItemWithoutStrings(css, element, style, outerFirst);
        item = PageCounterResetOf(css, element) is { } reset ? item with { PageCounterReset = reset } : item;
        return running.Sets is null ? item : item with { StringSets = StringSetsOf(element, running.Sets) };
    }

    /// <summary>The value <c>counter-reset</c> gives the <c>page</c> counter (0 when it names no value), or null when it does not name it.</summary>
    private static int? PageCounterResetOf(ComputedDeclarations css, IElement element)
    {
        var words = css.For(element).GetPropertyValue("counter-reset")?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var at = words is null ? -1 : Array.IndexOf(words, "page");
        if (at < 0)
            return null;
        return at + 1 < words!.Length && int.TryParse(words[at + 1], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    /// <summary>The marker of a list item numbered <paramref name="ordinal"/> in a list-style-type; a bullet (reported) for a type the engine does not know.</summary>
    private string MarkerText(string listStyleType, int ordinal)
    {
        if (ListMarkerFormatter.Format(listStyleType, ordinal) is { } marker)
            return marker;
        log.WarnOnce("PDF122", "list-style-type:" + listStyleType, $"list-style-type '{listStyleType}' is not supported by the PDF engine; a bullet is used.");
        return "•";
    }

    private ListItemBox ListItemWithoutStrings(ComputedDeclarations css, IElement element, ComputedStyle style, FirstFormattedLine? outerFirst)
    {
        var ordinal = counters.Value("list-item");
        var markerStyle = style;
        string? marker = null;
        var markerRules = rules.Marker(element).ToArray();
        At(element);
        foreach (var declarations in markerRules)
        {
            markerStyle = MarkerStyle(declarations, markerStyle);
            if (declarations.GetPropertyValue("content") is { Length: > 0 } content)
            {
                marker = ContentValueParser.Parse(content, log, stash) is { } items ? GeneratedText(items, element, css.For(element).GetPropertyValue("quotes")) : "";
            }
        }

        marker ??= MarkerText(style.ListStyleType, ordinal);

        var inside = css.For(element).GetPropertyValue("list-style-position") == "inside";
        if (inside && marker.Length > 0)
        {
            var insideText = marker.EndsWith(' ') ? marker : marker + " ";
            return new ListItemBox(style, "", Children(css, element, style, (insideText, markerStyle with { Display = Display.Inline }), outerFirst), NullIfEmpty(element.Id)) { Semantics = ElementSemantics.OfBlock(element) };
        }

        return new ListItemBox(style, marker, Children(css, element, style, null, outerFirst), NullIfEmpty(element.Id))
        {
            MarkerStyle = markerRules.Length > 0 ? markerStyle : null,
            // An image marker, unless a ::marker rule gives the marker its own content.
            MarkerImage = markerRules.Any(r => r.GetPropertyValue("content") is { Length: > 0 }) ? null : style.ListStyleImage,
            Semantics = ElementSemantics.OfBlock(element),
        };
    }

    /// <summary>
    /// A footnote (<c>float: footnote</c>, CSS GCPM): the element leaves the text, which gets its
    /// <c>::footnote-call</c> in its place (by default the <c>footnote</c> counter, raised and smaller); its body, led
    /// by its <c>::footnote-marker</c>, rides on the call's tag for paging to set at the foot of the call's page.
    /// </summary>
    private void AddFootnote(ComputedDeclarations css, IElement element, ComputedStyle style, ComputedStyle textStyle, InlineCollector inline, InlineTag parentTag)
    {
        At(element);
        counters.Increment("footnote", 1);
        var quotes = css.For(element).GetPropertyValue("quotes");
        var (callText, callStyle) = FootnotePseudo(rules.FootnoteCall(element), element, textStyle with { Display = Display.Inline }, "::footnote-call", quotes);
        var noteStyle = style with { Display = Display.Block, Float = FloatSide.None };
        var (markerText, markerStyle) = FootnotePseudo(rules.FootnoteMarker(element), element, noteStyle with { Display = Display.Inline, BaselineShift = 0, VerticalAnchor = null }, "::footnote-marker", quotes);
        footnoteDepth++;
        var body = new BlockBox(noteStyle, Children(css, element, noteStyle, markerText.Length > 0 ? (markerText, markerStyle) : null), NullIfEmpty(element.Id));
        footnoteDepth--;
        if (callText.Length == 0)
        {
            // The call carries the body to its page: without text it would be lost.
            log.WarnOnce("PDF128", "footnote-call none", "A ::footnote-call without content is not supported by the PDF engine (the call carries its footnote to its page); the footnote number is shown.");
            callText = CounterText(counters.Value("footnote"), "decimal");
        }

        var href = element.Id is { Length: > 0 } id ? "#" + id : null;
        // The call links to its note: a Link for readers, inside whatever inline element holds the call.
        var semantics = href is null ? parentTag.Semantics : new ElementSemantics { Role = StructureRole.Link, Href = href, InlineParent = parentTag.Semantics };
        inline.Add(callText, callStyle, TagFor(callStyle, parentTag, href) with { Footnote = body, Semantics = semantics });
    }

    /// <summary>A footnote inside a footnote's body stays in its text (the footnote area holds no calls).</summary>
    private ComputedStyle NestedFootnoteInline(ComputedStyle style)
    {
        if (!style.IsFootnote || footnoteDepth == 0)
            return style;
        log.WarnOnce("PDF128", "footnote in footnote", "A footnote inside a footnote is not supported by the PDF engine; it is set in the outer footnote's text.");
        return style with { Float = FloatSide.None, Display = Display.Inline };
    }

    /// <summary>The text and style of a footnote's ::footnote-call or ::footnote-marker: the matching rules in source order over <paramref name="baseStyle"/>.</summary>
    private (string Text, ComputedStyle Style) FootnotePseudo(IEnumerable<AngleSharp.Css.Dom.ICssStyleDeclaration> matching, IElement element, ComputedStyle baseStyle, string name, string? quotes)
    {
        var text = "";
        var style = baseStyle;
        foreach (var declarations in matching)
        {
            style = PseudoStyle(declarations, style, name, baseStyle);
            if (declarations.GetPropertyValue("content") is { Length: > 0 } content)
            {
                text = ContentValueParser.Parse(content, log, stash) is { } items ? GeneratedText(items, element, quotes) : "";
            }
        }

        return (text, style);
    }

    /// <summary>The item's style with what a ::marker rule sets of colour and font.</summary>
    private ComputedStyle MarkerStyle(AngleSharp.Css.Dom.ICssStyleDeclaration declarations, ComputedStyle itemStyle) =>
        PseudoStyle(declarations, itemStyle, "::marker", itemStyle);

    /// <summary>
    /// <paramref name="itemStyle"/> with what a pseudo-element rule (::marker, ::footnote-call, ::footnote-marker) sets of
    /// colour, font and vertical-align, relative values resolved against <paramref name="parent"/> (not against an
    /// earlier rule's result: two rules of <c>font-size: 0.7em</c> give 0.7em, not 0.49em).
    /// </summary>
    private ComputedStyle PseudoStyle(AngleSharp.Css.Dom.ICssStyleDeclaration declarations, ComputedStyle itemStyle, string name, ComputedStyle parent)
    {
        var resolved = resolver.Resolve(declarations, parent, name);
        return WithTextProperties(itemStyle, resolved, property => declarations.GetPropertyValue(property) is { Length: > 0 });
    }

    /// <summary><paramref name="style"/> with the colour, font, vertical-align and line-height a pseudo-element's rule sets (<paramref name="has"/>) taken from <paramref name="resolved"/>.</summary>
    private static ComputedStyle WithTextProperties(ComputedStyle style, ComputedStyle resolved, Func<string, bool> has) => style with
    {
        Color = has("color") ? resolved.Color : style.Color,
        FontSize = has("font-size") ? resolved.FontSize : style.FontSize,
        FontWeight = has("font-weight") ? resolved.FontWeight : style.FontWeight,
        Italic = has("font-style") ? resolved.Italic : style.Italic,
        SmallCaps = has("font-variant") || has("font-variant-caps") ? resolved.SmallCaps : style.SmallCaps,
        FontFamilies = has("font-family") ? resolved.FontFamilies : style.FontFamilies,
        BaselineShift = has("vertical-align") ? resolved.BaselineShift : style.BaselineShift,
        VerticalAnchor = has("vertical-align") ? resolved.VerticalAnchor : style.VerticalAnchor,
        LineHeight = has("line-height") ? resolved.LineHeight : style.LineHeight,
    };

    private IEnumerable<Box> Table(ComputedDeclarations css, IElement table, ComputedStyle style)
    {
        var nodes = WithPseudoNodes(css, table, style);
        if (!nodes.Any(node => node is IElement child
                && (generatedNodes.TryGetValue(child, out var generated) ? generated.DisplayValue : css.For(child).GetPropertyValue("display")) is { } display
                && display.StartsWith("table-", StringComparison.Ordinal)))
        {
            // Content with no table parts at all (text or blocks in an inline-table) goes in an anonymous cell of an
            // anonymous row (CSS 2.1 §17.2.1), with the table's own ::before and ::after.
            var cellStyle = style.Anonymous(Display.TableCell);
            var content = Children(css, table, cellStyle);
            List<TableRowBox> rows = content.Count > 0 ? [new TableRowBox(style.Anonymous(Display.TableRow), [new TableCellBox(cellStyle, content)])] : [];
            return [new TableBox(style, [], rows, rows.Count, NullIfEmpty(table.Id)) { Semantics = ElementSemantics.OfBlock(table) }];
        }

        return Table(css, table, nodes, style);
    }

    /// <summary>
    /// A table from its child nodes — a table element's, or (<paramref name="table"/> null) a run of table parts
    /// outside a table, which CSS 2.1 §17.2.1 wraps in an anonymous table. Rows directly in the table form an
    /// anonymous row group; cells and other content outside a row an anonymous row; white space between parts is
    /// dropped.
    /// </summary>
    private IEnumerable<Box> Table(ComputedDeclarations css, IElement? table, IEnumerable<INode> nodes, ComputedStyle style)
    {
        var before = new List<Box>();
        var after = new List<Box>();
        var header = new List<TableRowBox>();
        var body = new List<TableRowBox>();
        var footer = new List<TableRowBox>();
        var columns = new List<CssLength?>();
        var columnStyles = new List<TableColumnStyle>();
        var bareRows = new List<RowSource>();
        var loose = new List<INode>();
        void FlushLoose()
        {
            if (loose.Any(node => !IsCollapsibleSpace(node)))
            {
                bareRows.Add(new RowSource(null, style.Anonymous(Display.TableRow), loose.ToArray()));
            }

            loose.Clear();
        }

        void FlushBareRows()
        {
            FlushLoose();
            // Rows directly in the table form an anonymous row group: rowspans stop at its end.
            body.AddRange(RowGroup(css, bareRows));
            bareRows.Clear();
        }

        counters.EnterChildren();
        foreach (var node in nodes)
        {
            if (node is IText)
            {
                loose.Add(node);
                continue;
            }

            if (node is not IElement child)
            {
                continue;
            }

            if (generatedNodes.TryGetValue(child, out var generated))
            {
                switch (generated.Style.Display)
                {
                    case Display.TableRow:
                        FlushLoose();
                        bareRows.Add(new RowSource(child, generated.Style, []));
                        break;
                    case Display.TableHeaderGroup or Display.TableRowGroup or Display.TableFooterGroup:
                        // A row group of one anonymous row around the generated content.
                        FlushBareRows();
                        var groupRows = RowGroup(css, [new RowSource(child, generated.Style.Anonymous(Display.TableRow), [])], generated.Style);
                        (generated.Style.Display switch { Display.TableHeaderGroup => header, Display.TableFooterGroup => footer, _ => body }).AddRange(groupRows);
                        break;
                    default:
                        if (generated.DisplayValue is "table-column" or "table-column-group")
                        {
                            GeneratedContent(css, generated); // no box, but its counters apply
                        }
                        else if (generated.DisplayValue == "table-caption")
                        {
                            // The table's caption, as a caption element would be (CSS 2.1 §17.2.1 and §17.4).
                            FlushBareRows();
                            (generated.CaptionSide == "bottom" ? after : before).Add(new BlockBox(generated.Style with { Display = Display.Block }, GeneratedContent(css, generated)));
                        }
                        else
                        {
                            loose.Add(child);
                        }

                        break;
                }

                continue;
            }

            if (IsColumn(css, child))
            {
                // Columns make no boxes, but their counter properties apply (CSS 2.1 §12.4: to all elements).
                var columnStyle = Style(css, child, style);
                ApplyCounters(css, child, columnStyle);
                counters.EnterChildren();
                foreach (var col in child.Children)
                {
                    if (Style(css, col, columnStyle) is { Display: not Display.None } colStyle)
                        ApplyCounters(css, col, colStyle);
                }

                counters.LeaveChildren();
                Columns(css, child, style, columns, columnStyles);
                continue;
            }

            var childStyle = Style(css, child, style);
            if (childStyle.Display == Display.None)
            {
                continue;
            }

            if (childStyle.Display == Display.TableRow)
            {
                FlushLoose();
                bareRows.Add(new RowSource(child, childStyle, WithPseudoNodes(css, child, childStyle)));
                continue;
            }

            var caption = IsCaption(css, child);
            if (!caption && childStyle.Display is not (Display.TableHeaderGroup or Display.TableRowGroup or Display.TableFooterGroup))
            {
                // A cell, or content that is no table part: in an anonymous row (its counters are applied there).
                loose.Add(child);
                continue;
            }

            FlushBareRows();
            ApplyCounters(css, child, childStyle);
            switch (childStyle.Display)
            {
                case Display.TableHeaderGroup:
                    header.AddRange(Rows(css, child, childStyle));
                    break;
                case Display.TableRowGroup:
                    body.AddRange(Rows(css, child, childStyle));
                    break;
                case Display.TableFooterGroup:
                    footer.AddRange(Rows(css, child, childStyle));
                    break;
                default:
                    // A caption goes above the table, or below with caption-side: bottom.
                    var side = css.For(child).GetPropertyValue("caption-side");
                    (side == "bottom" ? after : before).Add(new BlockBox(childStyle with { Display = Display.Block }, Children(css, child, childStyle), NullIfEmpty(child.Id)) { Semantics = ElementSemantics.OfBlock(child) });
                    break;
            }
        }

        FlushBareRows();
        counters.LeaveChildren();
        body.AddRange(footer);
        var columnCount = header.Concat(body).SelectMany(r => r.Cells).Select(c => c.Column + c.ColumnSpan).DefaultIfEmpty(0).Max();
        if (style.BorderCollapse)
        {
            var resolved = CollapsedBorders.Resolve(style, [.. header, .. body], columnCount, columnStyles);
            header = [.. resolved.Take(header.Count)];
            body = [.. resolved.Skip(header.Count)];
        }

        // The table and its captions share the table wrapper (CSS 2.1 §17.4), where they stand side by side in the flow.
        var wrapper = before.Count + after.Count > 0 ? new TableWrapper() : null;
        before = [.. before.Select(caption => caption with { Wrapper = wrapper })];
        after = [.. after.Select(caption => caption with { Wrapper = wrapper })];
        before.Add(new TableBox(style, header, body, columnCount, NullIfEmpty(table?.Id))
        {
            Captions = [.. before, .. after],
            Wrapper = wrapper,
            ColumnWidths = columns,
            ColumnStyles = columnStyles,
            HasRowSpans = header.Concat(body).Any(r => r.Cells.Any(c => c.RowSpan > 1)),
            Semantics = table is null ? null : ElementSemantics.OfBlock(table),
        });
        before.AddRange(after);
        return before;
    }

    /// <summary>
    /// A run of table parts outside a table, gathered while their parent's children are walked: rows, cells, row
    /// groups and captions (CSS 2.1 §17.2.1 counts a caption among the proper table children, so one may start the run:
    /// it is the anonymous table's caption), with the white space between them, which CSS 2.1 §17.2.1 drops. White space
    /// after the run is held back: it is the parent's content again if inline content follows.
    /// </summary>
    private sealed class TablePartRun
    {
        private List<INode>? parts;
        private readonly List<IText> space = [];

        public bool IsOpen => parts is not null;

        /// <summary>Holds white space that follows the run; false when there is no run or the text is not white space.</summary>
        public bool HoldSpace(IText text)
        {
            if (parts is null || !IsCollapsibleSpace(text))
            {
                return false;
            }

            space.Add(text);
            return true;
        }

        public void Add(IElement part)
        {
            parts ??= [];
            parts.AddRange(space);
            space.Clear();
            parts.Add(part);
        }

        /// <summary>Ends the run: its nodes (null when there was none) and the white space held after it.</summary>
        public (IReadOnlyList<INode>? Parts, IReadOnlyList<IText> Space) End()
        {
            if (parts is null)
            {
                return (null, []);
            }

            var ended = (parts, space.ToArray());
            parts = null;
            space.Clear();
            return ended;
        }
    }

    /// <summary>One row of a row group: a row element, or an anonymous row (<see cref="Element"/> null) around cells or other content not in a row.</summary>
    private readonly record struct RowSource(IElement? Element, ComputedStyle Style, IEnumerable<INode> Nodes);

    private static bool IsColumn(ComputedDeclarations css, IElement element) =>
        element.LocalName is "colgroup" or "col" || css.For(element).GetPropertyValue("display") is "table-column" or "table-column-group";

    private static bool IsCaption(ComputedDeclarations css, IElement element) => css.For(element).GetPropertyValue("display") == "table-caption";

    /// <summary>Whether a node is only white space that collapses (CSS 2.1 §17.2.1 drops it between table parts).</summary>
    private static bool IsCollapsibleSpace(INode node) => node is IText text && text.Data.AsSpan().IndexOfAnyExcept(" \t\n\r\f") < 0;

    /// <summary>Whether a box of this display must sit in a table; outside one it gets an anonymous table (CSS 2.1 §17.2.1).</summary>
    private static bool IsInternalTablePart(Display display) =>
        display is Display.TableRow or Display.TableCell or Display.TableRowGroup or Display.TableHeaderGroup or Display.TableFooterGroup;

    /// <summary>
    /// The widths <c>col</c> elements give (a <c>colgroup</c> without them counts <c>span</c> columns of its own width),
    /// and each column's group and column styles. CSS's <c>display: table-column(-group)</c> elements count as
    /// <c>col</c> and <c>colgroup</c>.
    /// </summary>
    private void Columns(ComputedDeclarations css, IElement element, ComputedStyle tableStyle, List<CssLength?> columns, List<TableColumnStyle> styles)
    {
        var style = Style(css, element, tableStyle, resolver);
        var width = style.Width ?? HtmlWidth(element.GetAttribute("width"));
        var isGroup = element.LocalName == "colgroup" || css.For(element).GetPropertyValue("display") == "table-column-group";
        var cols = isGroup
            ? element.Children.Where(c => c.LocalName == "col" || css.For(c).GetPropertyValue("display") == "table-column").ToArray()
            : [];
        if (cols.Length > 0)
        {
            foreach (var col in cols)
            {
                var colStyle = Style(css, col, style, resolver);
                var colWidth = colStyle.Width ?? HtmlWidth(col.GetAttribute("width")) ?? width;
                var span = SpanOf(col.GetAttribute("span"));
                columns.AddRange(Enumerable.Repeat(colWidth, span));
                styles.AddRange(Enumerable.Repeat(new TableColumnStyle(style, colStyle), span));
            }

            return;
        }

        var count = SpanOf(element.GetAttribute("span"));
        columns.AddRange(Enumerable.Repeat(width, count));
        styles.AddRange(Enumerable.Repeat(isGroup ? new TableColumnStyle(style, null) : new TableColumnStyle(null, style), count));
    }

    private static int SpanOf(string? attribute) => int.TryParse(attribute, out var span) && span > 1 ? Math.Min(span, 1000) : 1;

    /// <summary>The HTML width attribute: pixels ("120") or a percentage ("30%").</summary>
    private static CssLength? HtmlWidth(string? attribute)
    {
        if (string.IsNullOrWhiteSpace(attribute))
        {
            return null;
        }

        var text = attribute.Trim();
        var percent = text.EndsWith('%');
        return float.TryParse(percent ? text[..^1] : text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0 && float.IsFinite(value)
            ? new CssLength(percent ? value : value * 0.75f, percent)
            : null;
    }

    private List<TableRowBox> Rows(ComputedDeclarations css, IElement group, ComputedStyle groupStyle)
    {
        counters.EnterChildren();
        var rows = new List<RowSource>();
        var loose = new List<INode>();
        void FlushLoose()
        {
            // Cells and other content directly in the group: an anonymous row.
            if (loose.Any(node => !IsCollapsibleSpace(node)))
            {
                rows.Add(new RowSource(null, groupStyle.Anonymous(Display.TableRow), loose.ToArray()));
            }

            loose.Clear();
        }

        foreach (var node in WithPseudoNodes(css, group, groupStyle))
        {
            if (node is IElement pseudo && generatedNodes.TryGetValue(pseudo, out var generated))
            {
                if (generated.Style.Display == Display.TableRow)
                {
                    FlushLoose();
                    rows.Add(new RowSource(pseudo, generated.Style, []));
                }
                else
                {
                    loose.Add(pseudo);
                }
            }
            else if (node is IElement row && Style(css, row, groupStyle) is var rowStyle && rowStyle.Display is Display.TableRow or Display.None)
            {
                if (rowStyle.Display == Display.TableRow)
                {
                    FlushLoose();
                    rows.Add(new RowSource(row, rowStyle, WithPseudoNodes(css, row, rowStyle)));
                }
            }
            else if (node is IElement or IText)
            {
                loose.Add(node);
            }
        }

        FlushLoose();
        var result = RowGroup(css, rows, groupStyle);
        counters.LeaveChildren();
        return result;
    }

    /// <summary>
    /// The rows of one row group with their cells placed on the grid (HTML's table model): a cell takes the
    /// first column not covered by a cell from a row above that spans down into this one; a rowspan stops at
    /// the group's end (rowspan="0" reaches it). Content in a row that is not a cell goes in an anonymous cell.
    /// </summary>
    private List<TableRowBox> RowGroup(ComputedDeclarations css, IReadOnlyList<RowSource> rows, ComputedStyle? groupStyle = null)
    {
        var result = new List<TableRowBox>(rows.Count);
        var coveredUntil = new List<int>();
        for (var r = 0; r < rows.Count; r++)
        {
            var (row, rowStyle, nodes) = rows[r];
            var generatedRow = row is not null && generatedNodes.TryGetValue(row, out var generatedSource) ? generatedSource : (GeneratedNode?)null;
            if (row is not null && generatedRow is null)
            {
                ApplyCounters(css, row, rowStyle);
            }

            counters.EnterChildren();
            var cells = new List<TableCellBox>();
            var column = 0;
            void Place(int span, int rowSpan)
            {
                while (column < coveredUntil.Count && coveredUntil[column] > r)
                {
                    column++;
                }

                while (coveredUntil.Count < column + span)
                {
                    coveredUntil.Add(0);
                }

                for (var c = column; c < column + span; c++)
                {
                    coveredUntil[c] = r + rowSpan;
                }
            }

            var loose = new List<INode>();
            void FlushLoose()
            {
                if (loose.Any(node => !IsCollapsibleSpace(node)))
                {
                    var anonymousStyle = rowStyle.Anonymous(Display.TableCell);
                    Place(1, 1);
                    cells.Add(new TableCellBox(anonymousStyle, ContentBoxes(css, null, loose.ToArray(), anonymousStyle), 1, null, column, 1));
                    column++;
                }

                loose.Clear();
            }

            if (generatedRow is { } rowNode)
            {
                // A generated row (or the one row of a generated row group): its content in an anonymous cell.
                Place(1, 1);
                cells.Add(new TableCellBox(rowStyle.Anonymous(Display.TableCell), GeneratedContent(css, rowNode), 1, null, column, 1));
                column++;
            }

            foreach (var node in nodes)
            {
                if (node is IText)
                {
                    loose.Add(node);
                    continue;
                }

                if (node is not IElement cell)
                {
                    continue;
                }

                if (generatedNodes.TryGetValue(cell, out var generatedCell))
                {
                    if (generatedCell.Style.Display != Display.TableCell)
                    {
                        loose.Add(cell);
                        continue;
                    }

                    FlushLoose();
                    Place(1, 1);
                    cells.Add(new TableCellBox(generatedCell.Style, GeneratedContent(css, generatedCell), 1, null, column, 1));
                    column++;
                    continue;
                }

                var cellStyle = Style(css, cell, rowStyle);
                if (cellStyle.Display == Display.None)
                {
                    continue;
                }

                if (cellStyle.Display != Display.TableCell)
                {
                    loose.Add(cell);
                    continue;
                }

                FlushLoose();
                var span = SpanOf(cell.GetAttribute("colspan"));
                var rowSpan = int.TryParse(cell.GetAttribute("rowspan"), out var rs) && rs != 1
                    ? rs == 0 ? rows.Count - r : Math.Clamp(rs, 1, rows.Count - r)
                    : 1;
                Place(span, rowSpan);
                ApplyCounters(css, cell, cellStyle);
                cells.Add(new TableCellBox(cellStyle with { Display = Display.TableCell }, Children(css, cell, cellStyle), span, NullIfEmpty(cell.Id), column, rowSpan) { Semantics = ElementSemantics.OfBlock(cell) });
                column += span;
            }

            FlushLoose();
            counters.LeaveChildren();

            var element = generatedRow is null ? row : null;
            result.Add(new TableRowBox(rowStyle, cells, NullIfEmpty(element?.Id)) { GroupStyle = groupStyle, Semantics = element is null ? null : ElementSemantics.OfBlock(element) });
        }

        return result;
    }

    private static string? NullIfEmpty(string? id) => string.IsNullOrEmpty(id) ? null : id;

    private static string CollapsedText(string text) =>
        string.Join(' ', text.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
}
