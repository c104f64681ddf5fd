using System.Globalization;
using System.Numerics;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Images;

/// <summary>
/// Turns a parsed SVG tree into shapes: styles cascaded (presentation attributes, then <c>&lt;style&gt;</c> rules
/// by specificity, then the <c>style</c> attribute; inherited properties passed down), every transform applied to
/// the points, gradients resolved to view box coordinates. What it does not draw is named in the warnings.
/// </summary>
internal sealed class SvgShapeBuilder
{
    /// <summary>How deep <c>use</c> may refer to elements that use others (a loop stops here).</summary>
    private const int MaxUseNesting = 16;

    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "image", "foreignObject", "pattern", "mask", "filter", "marker", "switch", "a",
    };

    private readonly SvgElement root;
    private readonly SortedSet<string> warnings;
    private readonly Dictionary<string, SvgElement> byId = new(StringComparer.Ordinal);
    private readonly List<SvgStyleRule> rules;
    private readonly List<VectorShape> shapes = [];
    private readonly ViewBox viewBox;
    private readonly ISvgTextOutliner? text;
    private int segments;
    private int characters;
    private int visits;

    /// <param name="viewport">The viewport in CSS px when the image is drawn at a size of its own (an SVG without a
    /// viewBox is laid out in it: its percentages resolve against it, nothing is scaled); null: the size the root gives.</param>
    /// <param name="text">Sets <c>&lt;text&gt;</c> as outlines; null: text is left out with a warning.</param>
    public SvgShapeBuilder(SvgElement root, SortedSet<string> warnings, ISvgTextOutliner? text, (float Width, float Height)? viewport = null)
    {
        this.root = root;
        this.warnings = warnings;
        this.text = text;
        var all = new Stack<SvgElement>([root]);
        var styleText = new System.Text.StringBuilder();
        while (all.TryPop(out var element))
        {
            if (element["id"] is { Length: > 0 } id)
                byId.TryAdd(id, element);
            if (element.Name == "style")
                styleText.Append(element.Text).Append('\n');
            foreach (var child in element.Children)
                all.Push(child);
        }

        rules = SvgStyleRule.Parse(styleText.ToString(), warnings);
        viewBox = ParseViewBox(root["viewBox"]) is null && viewport is { Width: > 0, Height: > 0 } given
            ? new ViewBox(0, 0, given.Width, given.Height)
            : ViewBoxOf(root);
    }

    private float ViewportWidth => viewBox.Width > 0 ? viewBox.Width : 300;
    private float ViewportHeight => viewBox.Height > 0 ? viewBox.Height : 150;

    /// <summary>What a percentage of no one direction is of (SVG 1.1 §7.10: the viewport's diagonal over √2).</summary>
    private float Diagonal => (float)Math.Sqrt((ViewportWidth * ViewportWidth + ViewportHeight * ViewportHeight) / 2);

    public VectorImage? Build()
    {
        var width = Length(root["width"], 0, allowPercent: false);
        var height = Length(root["height"], 0, allowPercent: false);
        var hasViewBox = ParseViewBox(root["viewBox"]) is not null;
        float? ratio = width is > 0 && height is > 0 ? width / height
            : hasViewBox && viewBox.Height > 0 ? viewBox.Width / viewBox.Height
            : null;
        if (width is null && height is not null && ratio is { } r1)
            width = height * r1;
        if (height is null && width is not null && ratio is { } r2)
            height = width / r2;
        var intrinsic = new IntrinsicSize(width * 0.75f, height * 0.75f, ratio);
        var stretch = (root["preserveAspectRatio"] ?? "").Trim().StartsWith("none", StringComparison.Ordinal);
        if (root["viewBox"] is { } given && Numbers(given) is { Count: 4 } box && (box[2] <= 0 || box[3] <= 0))
        {
            // SVG: a view box without area disables rendering of the element.
            return new VectorImage(intrinsic with { Ratio = null }, viewBox, stretch, []);
        }

        if (!Walk(root, SvgPaintStyle.Initial, Matrix3x2.Identity, 1, 0))
            return null;
        return new VectorImage(intrinsic, viewBox, stretch, shapes) { Source = hasViewBox ? null : root, Text = text };
    }

    private ViewBox ViewBoxOf(SvgElement svg)
    {
        if (ParseViewBox(svg["viewBox"]) is { } box)
            return box;
        var width = Length(svg["width"], 300, allowPercent: false) ?? 300;
        var height = Length(svg["height"], 150, allowPercent: false) ?? 150;
        return new ViewBox(0, 0, width, height);
    }

    private static ViewBox? ParseViewBox(string? text)
    {
        if (text is null)
            return null;
        var parts = Numbers(text);
        return parts.Count == 4 && parts[2] > 0 && parts[3] > 0 ? new ViewBox(parts[0], parts[1], parts[2], parts[3]) : null;
    }

    /// <summary>Draws an element and its children; false when the image grew past <see cref="SvgReader.MaxSegments"/>.</summary>
    private bool Walk(SvgElement element, SvgPaintStyle inherited, Matrix3x2 transform, float opacity, int useNesting)
    {
        if (++visits > SvgReader.MaxElements * 4)
            return false;
        if (Unsupported.Contains(element.Name))
        {
            warnings.Add($"<{element.Name}> is not drawn");
            return true;
        }

        if (element.Name is "defs" or "style" or "title" or "desc" or "metadata" or "symbol" or "linearGradient" or "radialGradient" or "clipPath" or "stop")
            return true;
        var declared = Declarations(element);
        if (declared.GetValueOrDefault("display") == "none")
            return true;
        foreach (var property in new[] { "clip-path", "mask", "filter" })
        {
            if (declared.TryGetValue(property, out var value) && value != "none")
                warnings.Add($"{property} is not applied");
        }

        var style = inherited.With(declared, Diagonal);
        var local = Transform(element["transform"]);
        if (element.Name is "svg" && element != root)
            local = Matrix3x2.CreateTranslation(Length(element["x"], ViewportWidth) ?? 0, Length(element["y"], ViewportHeight) ?? 0) * local;
        var current = local * transform;
        var shapeOpacity = opacity * (Number(declared.GetValueOrDefault("opacity")) is { } own ? Math.Clamp(own, 0, 1) : 1);
        switch (element.Name)
        {
            case "svg" or "g":
                foreach (var child in element.Children)
                {
                    if (!Walk(child, style, current, shapeOpacity, useNesting))
                        return false;
                }

                return true;
            case "use":
                return Use(element, style, current, shapeOpacity, useNesting);
            case "text":
                return Text(element, style, current, shapeOpacity);
        }

        var path = ShapePath(element);
        if (path is null || path.Count == 0)
            return true;
        segments += path.Count;
        if (segments > SvgReader.MaxSegments)
            return false;
        if (!style.Visible)
            return true;
        var bounds = Bounds(path);
        var (fill, stroke) = Paints(style, bounds, current);
        if (fill is null && stroke is null)
            return true;
        var transformed = path.Select(segment => Apply(segment, current)).ToArray();
        shapes.Add(new VectorShape(new VectorPath(transformed), fill, stroke, style.EvenOdd, shapeOpacity));
        return true;
    }

    /// <summary>
    /// A <c>text</c> element set as outlines: its characters and <c>tspan</c>s in document order, white space handled as
    /// SVG's default <c>xml:space</c> does, cut into chunks at each absolute <c>x</c> or <c>y</c> (SVG 1.1 §10.5) and each
    /// chunk aligned by its <c>text-anchor</c>; every piece filled and stroked with its own paint.
    /// </summary>
    private bool Text(SvgElement element, SvgPaintStyle style, Matrix3x2 current, float opacity)
    {
        if (text is null)
        {
            warnings.Add("<text> is not drawn (no fonts are given to set it in; convert the text to outlines)");
            return true;
        }

        var items = new List<TextItem>();
        CollectText(element, style, items, 0);
        Collapse(items);
        var chunk = new List<TextPiece>();
        var pen = Vector2.Zero;
        foreach (var item in items)
        {
            if ((item.X is not null || item.Y is not null) && chunk.Count > 0 && !FinishChunk(chunk, current, opacity))
                return false;
            pen = new Vector2(item.X ?? pen.X, item.Y ?? pen.Y) + new Vector2(item.Dx, item.Dy);
            if (item.Text.Length == 0)
                continue;
            characters += item.Text.Length;
            if (characters > SvgReader.MaxTextCharacters)
            {
                warnings.Add($"text past the first {SvgReader.MaxTextCharacters:N0} characters is not drawn");
                break;
            }

            var font = new SvgTextFont(item.Style.FontFamilies, item.Style.FontSize, item.Style.FontWeight, item.Style.Italic, item.Style.RightToLeft);
            var outline = text.Outline(item.Text, font);
            // Right-to-left text runs leftwards from its start: the piece ends where the pen was.
            var left = item.Style.RightToLeft ? pen.X - outline.Advance : pen.X;
            chunk.Add(new TextPiece(outline, item.Style, new Vector2(left, pen.Y), item.Text, font));
            pen.X += item.Style.RightToLeft ? -outline.Advance : outline.Advance;
        }

        return chunk.Count == 0 || FinishChunk(chunk, current, opacity);
    }

    /// <summary>The characters of a <c>text</c> or <c>tspan</c> and its descendants, each with its style; an element's
    /// own <c>x</c>, <c>y</c>, <c>dx</c>, <c>dy</c> go with its first characters.</summary>
    private void CollectText(SvgElement element, SvgPaintStyle style, List<TextItem> items, int depth)
    {
        var x = Coordinates(element["x"], ViewportWidth);
        var y = Coordinates(element["y"], ViewportHeight);
        var dx = Coordinates(element["dx"], ViewportWidth);
        var dy = Coordinates(element["dy"], ViewportHeight);
        if (x.Count > 1 || y.Count > 1 || dx.Count > 1 || dy.Count > 1)
            warnings.Add("a list of x, y, dx or dy positions per character is read as its first value");
        if (element["writing-mode"] is { } mode && mode.Trim() is not ("lr" or "lr-tb" or "horizontal-tb"))
            warnings.Add($"writing-mode '{mode.Trim()}' is not applied (the text is set horizontally)");
        if (x.Count > 0 || y.Count > 0 || dx.Count > 0 || dy.Count > 0)
            items.Add(new TextItem("", style, x.FirstOrDefault(), y.FirstOrDefault(), dx.FirstOrDefault() ?? 0, dy.FirstOrDefault() ?? 0));
        foreach (var child in element.Children)
        {
            if (child.Name == SvgElement.CharactersName)
            {
                items.Add(new TextItem(child.Text, style, null, null, 0, 0));
                continue;
            }

            if (child.Name != "tspan" || depth >= MaxUseNesting)
            {
                if (child.Name is not ("title" or "desc" or "metadata"))
                    warnings.Add($"<{child.Name}> in <text> is not drawn");
                continue;
            }

            var declared = Declarations(child);
            if (declared.GetValueOrDefault("display") != "none")
                CollectText(child, style.With(declared, Diagonal), items, depth + 1);
        }
    }

    /// <summary>SVG's default white space handling (<c>xml:space="default"</c>): newlines removed, tabs made spaces, runs
    /// of spaces collapsed to one across pieces, and the spaces at the start and end of the element dropped.</summary>
    private static void Collapse(List<TextItem> items)
    {
        var afterSpace = true;
        for (var i = 0; i < items.Count; i++)
        {
            var collapsed = new System.Text.StringBuilder();
            foreach (var c in items[i].Text)
            {
                if (c is '\n' or '\r')
                    continue;
                var space = c is ' ' or '\t';
                if (space && afterSpace)
                    continue;
                collapsed.Append(space ? ' ' : c);
                afterSpace = space;
            }

            items[i] = items[i] with { Text = collapsed.ToString() };
        }

        var last = items.FindLastIndex(item => item.Text.Length > 0);
        if (last >= 0 && items[last].Text.EndsWith(' '))
            items[last] = items[last] with { Text = items[last].Text[..^1] };
    }

    /// <summary>Draws the pieces of a text chunk moved by its <c>text-anchor</c>, and empties the list; false when the
    /// image grew past <see cref="SvgReader.MaxSegments"/>.</summary>
    private bool FinishChunk(List<TextPiece> chunk, Matrix3x2 current, float opacity)
    {
        var first = chunk[0].Style;
        var start = chunk.Min(p => p.Origin.X);
        var end = chunk.Max(p => p.Origin.X + p.Outline.Advance);
        var width = end - start;
        // The anchor is where the chunk starts: its left end, or its right end in right-to-left text.
        var shift = (first.TextAnchor, first.RightToLeft) switch
        {
            ("middle", false) => -width / 2,
            ("end", false) => -width,
            ("middle", true) => width / 2,
            ("end", true) => width,
            _ => 0,
        };
        foreach (var piece in chunk)
        {
            var style = piece.Style;
            if (piece.Outline.Segments.Count == 0 || !style.Visible)
                continue;
            segments += piece.Outline.Segments.Count;
            if (segments > SvgReader.MaxSegments)
                return false;
            var place = Matrix3x2.CreateTranslation(piece.Origin.X + shift, piece.Origin.Y);
            var path = piece.Outline.Segments.Select(segment => Apply(segment, place)).ToList();
            var bounds = Bounds(path);
            var (fill, stroke) = Paints(style, bounds, current);
            if (fill is null && stroke is null)
                continue;
            // Glyph outlines wind by the font's own rule: nonzero (TrueType and CFF contours are drawn so). The characters
            // go with them, so that a painter with the document's fonts draws them as text.
            shapes.Add(new VectorShape(new VectorPath([.. path.Select(segment => Apply(segment, current))]), fill, stroke, false, opacity)
            {
                Text = new VectorText(piece.Text, piece.Font, place * current),
            });
        }

        chunk.Clear();
        return true;
    }

    /// <summary>A list of lengths (an <c>x</c>, <c>y</c>, <c>dx</c> or <c>dy</c> of text), percentages of <paramref name="percentOf"/>.</summary>
    private static List<float?> Coordinates(string? value, float percentOf) =>
        value is null ? [] : [.. value.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(v => Length(v, percentOf)).Where(v => v is not null)];

    /// <summary>Characters of a text element in one style, with the position its element gives them (absolute or relative).</summary>
    private sealed record TextItem(string Text, SvgPaintStyle Style, float? X, float? Y, float Dx, float Dy);

    /// <summary>A piece of text set as outlines, its pen's start (left end) on the baseline, before the chunk's anchor;
    /// with its characters and font.</summary>
    private sealed record TextPiece(SvgTextOutline Outline, SvgPaintStyle Style, Vector2 Origin, string Text, SvgTextFont Font);

    private bool Use(SvgElement element, SvgPaintStyle style, Matrix3x2 current, float opacity, int useNesting)
    {
        var href = element["href"]?.Trim() ?? "";
        if (!href.StartsWith('#'))
        {
            warnings.Add(href.Length == 0 ? "a <use> without a reference is ignored" : $"<use> of '{href}' is not followed (only references inside the file are)");
            return true;
        }

        if (!byId.TryGetValue(href[1..], out var target) || useNesting >= MaxUseNesting)
        {
            warnings.Add(useNesting >= MaxUseNesting ? "<use> references nested too deep (a loop?) are cut" : $"<use> of '{href}' finds no element with that id");
            return true;
        }

        var offset = Matrix3x2.CreateTranslation(Length(element["x"], ViewportWidth) ?? 0, Length(element["y"], ViewportHeight) ?? 0) * current;
        if (target.Name == "symbol")
        {
            foreach (var child in target.Children)
            {
                if (!Walk(child, style, offset, opacity, useNesting + 1))
                    return false;
            }

            return true;
        }

        return Walk(target, style, offset, opacity, useNesting + 1);
    }

    /// <summary>The element's own declarations, lowest priority first: presentation attributes, style sheet rules, the style attribute.</summary>
    private Dictionary<string, string> Declarations(SvgElement element)
    {
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in SvgPaintStyle.Properties)
        {
            if (element[name] is { } value)
                declared[name] = value.Trim();
        }

        foreach (var rule in rules.Where(r => r.Matches(element)).OrderBy(r => r.Specificity))
        {
            foreach (var (name, value) in rule.Declarations)
                declared[name] = value;
        }

        if (element["style"] is { } inline)
        {
            foreach (var (name, value) in SvgStyleRule.ParseDeclarations(inline))
                declared[name] = value;
        }

        return declared;
    }

    /// <summary>The outline of a basic shape or path, in the element's user units.</summary>
    private List<PathSegment>? ShapePath(SvgElement element)
    {
        float X(string name, float fallback = 0) => Length(element[name], ViewportWidth) ?? fallback;
        float Y(string name, float fallback = 0) => Length(element[name], ViewportHeight) ?? fallback;
        switch (element.Name)
        {
            case "path":
                return element["d"] is { } d ? SvgPathData.Parse(d, SvgReader.MaxSegments - segments + 1) : null;
            case "rect":
            {
                float x = X("x"), y = Y("y"), w = X("width"), h = Y("height");
                if (w <= 0 || h <= 0)
                    return null;
                var rx = Length(element["rx"], ViewportWidth);
                var ry = Length(element["ry"], ViewportHeight);
                rx ??= ry ?? 0;
                ry ??= rx;
                return RoundedRect(x, y, w, h, Math.Min(rx.Value, w / 2), Math.Min(ry.Value, h / 2));
            }

            case "circle":
            {
                var r = Length(element["r"], Diagonal) ?? 0;
                return r > 0 ? Ellipse(X("cx"), Y("cy"), r, r) : null;
            }

            case "ellipse":
            {
                float rx = X("rx"), ry = Y("ry");
                return rx > 0 && ry > 0 ? Ellipse(X("cx"), Y("cy"), rx, ry) : null;
            }

            case "line":
                return [new MoveTo(X("x1"), Y("y1")), new LineTo(X("x2"), Y("y2"))];
            case "polyline" or "polygon":
            {
                var points = Numbers(element["points"] ?? "");
                if (points.Count < 4)
                    return null;
                var path = new List<PathSegment> { new MoveTo(points[0], points[1]) };
                for (var i = 2; i + 1 < points.Count; i += 2)
                    path.Add(new LineTo(points[i], points[i + 1]));
                if (element.Name == "polygon")
                    path.Add(new ClosePath());
                return path;
            }

            default:
                warnings.Add($"<{element.Name}> is not drawn");
                return null;
        }
    }

    private const float Kappa = 0.5522847f;

    private static List<PathSegment> Ellipse(float cx, float cy, float rx, float ry)
    {
        float kx = rx * Kappa, ky = ry * Kappa;
        return
        [
            new MoveTo(cx + rx, cy),
            new CubicTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry),
            new CubicTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy),
            new CubicTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry),
            new CubicTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy),
            new ClosePath(),
        ];
    }

    private static List<PathSegment> RoundedRect(float x, float y, float w, float h, float rx, float ry)
    {
        if (rx <= 0 || ry <= 0)
            return [new MoveTo(x, y), new LineTo(x + w, y), new LineTo(x + w, y + h), new LineTo(x, y + h), new ClosePath()];
        float kx = rx * (1 - Kappa), ky = ry * (1 - Kappa);
        return
        [
            new MoveTo(x + rx, y),
            new LineTo(x + w - rx, y),
            new CubicTo(x + w - kx, y, x + w, y + ky, x + w, y + ry),
            new LineTo(x + w, y + h - ry),
            new CubicTo(x + w, y + h - ky, x + w - kx, y + h, x + w - rx, y + h),
            new LineTo(x + rx, y + h),
            new CubicTo(x + kx, y + h, x, y + h - ky, x, y + h - ry),
            new LineTo(x, y + ry),
            new CubicTo(x, y + ky, x + kx, y, x + rx, y),
            new ClosePath(),
        ];
    }

    private static (float X, float Y, float Width, float Height) Bounds(List<PathSegment> path)
    {
        float minX = float.MaxValue, minY = float.MaxValue, maxX = float.MinValue, maxY = float.MinValue;
        void Add(float x, float y)
        {
            minX = Math.Min(minX, x);
            minY = Math.Min(minY, y);
            maxX = Math.Max(maxX, x);
            maxY = Math.Max(maxY, y);
        }

        foreach (var segment in path)
        {
            switch (segment)
            {
                case MoveTo m:
                    Add(m.X, m.Y);
                    break;
                case LineTo l:
                    Add(l.X, l.Y);
                    break;
                case CubicTo c:
                    // The control points bound the curve: close enough for a gradient's bounding box.
                    Add(c.X1, c.Y1);
                    Add(c.X2, c.Y2);
                    Add(c.X, c.Y);
                    break;
            }
        }

        return minX > maxX ? (0, 0, 0, 0) : (minX, minY, maxX - minX, maxY - minY);
    }

    private static PathSegment Apply(PathSegment segment, Matrix3x2 m) => segment switch
    {
        MoveTo move => Point(move.X, move.Y, m) is var p ? new MoveTo(p.X, p.Y) : segment,
        LineTo line => Point(line.X, line.Y, m) is var p ? new LineTo(p.X, p.Y) : segment,
        CubicTo cubic => (Point(cubic.X1, cubic.Y1, m), Point(cubic.X2, cubic.Y2, m), Point(cubic.X, cubic.Y, m)) is var (a, b, c)
            ? new CubicTo(a.X, a.Y, b.X, b.Y, c.X, c.Y)
            : segment,
        _ => segment,
    };

    private static Vector2 Point(float x, float y, Matrix3x2 m) => Vector2.Transform(new Vector2(x, y), m);

    /// <summary>How much the transform scales lengths (strokes, radii): the square root of its area factor.</summary>
    private static float Scale(Matrix3x2 m) => (float)Math.Sqrt(Math.Abs(m.GetDeterminant()));

    /// <summary>The fill and the stroke a shape or a glyph outline is painted with (either may be none).</summary>
    private (VectorPaint? Fill, VectorStroke? Stroke) Paints(SvgPaintStyle style, (float X, float Y, float Width, float Height) bounds, Matrix3x2 current)
    {
        var fill = Paint(style.Fill, style.FillOpacity, style, bounds, current);
        var stroke = Paint(style.Stroke, style.StrokeOpacity, style, bounds, current) is { } strokePaint
            ? new VectorStroke(strokePaint, style.StrokeWidth * Scale(current), style.LineJoin, style.LineCap, style.MiterLimit)
            {
                Dashes = [.. style.Dashes.Select(d => d * Scale(current))],
            }
            : null;
        return (fill, stroke);
    }

    private VectorPaint? Paint(string value, float opacity, SvgPaintStyle style, (float X, float Y, float Width, float Height) bounds, Matrix3x2 current)
    {
        value = value.Trim();
        if (value is "none" or "transparent" || opacity <= 0)
            return null;
        if (value.StartsWith("url(", StringComparison.Ordinal))
        {
            var close = value.IndexOf(')');
            var reference = close > 4 ? value[4..close].Trim().Trim('"', '\'') : "";
            var fallback = close > 0 ? value[(close + 1)..].Trim() : "";
            if (reference.StartsWith('#') && byId.TryGetValue(reference[1..], out var gradient) && Gradient(gradient, opacity, bounds, current) is { } paint)
                return paint;
            if (!reference.StartsWith('#'))
                warnings.Add($"the paint '{reference}' is not followed (only references inside the file are)");
            else if (!byId.TryGetValue(reference[1..], out var found) || found.Name is not ("linearGradient" or "radialGradient"))
                warnings.Add($"the paint '{reference}' is not a gradient in the file (patterns are not drawn)");
            return fallback.Length > 0 ? Paint(fallback, opacity, style, bounds, current) : null;
        }

        var color = value == "currentColor" ? style.Color : CssValueReader.Color(value, style.Color);
        if (color is null)
        {
            warnings.Add($"the colour '{value}' is not understood (black is used)");
            color = 0xFF000000;
        }

        return new SolidPaint(VectorPaint.WithOpacity(color.Value, opacity));
    }

    /// <summary>A gradient with its attributes and stops, following <c>href</c> to the gradients it inherits from.</summary>
    private VectorPaint? Gradient(SvgElement gradient, float opacity, (float X, float Y, float Width, float Height) bounds, Matrix3x2 current)
    {
        var chain = new List<SvgElement>();
        for (var at = gradient; at is not null && chain.Count < 16 && !chain.Contains(at);)
        {
            chain.Add(at);
            at = at["href"] is { } href && href.StartsWith('#') && byId.TryGetValue(href[1..], out var next) && next.Name is "linearGradient" or "radialGradient" ? next : null;
        }

        string? Attribute(string name) => chain.Select(g => g[name]).FirstOrDefault(v => v is not null);
        var stopsOwner = chain.FirstOrDefault(g => g.Children.Any(c => c.Name == "stop"));
        var stops = new List<GradientStop>();
        foreach (var stop in stopsOwner?.Children.Where(c => c.Name == "stop") ?? [])
        {
            var declared = Declarations(stop);
            var offsetText = stop["offset"]?.Trim() ?? "0";
            var offset = offsetText.EndsWith('%') ? (Number(offsetText[..^1]) ?? 0) / 100 : Number(offsetText) ?? 0;
            offset = Math.Clamp(offset, stops.Count > 0 ? stops[^1].Offset : 0, 1);
            var color = CssValueReader.Color(declared.GetValueOrDefault("stop-color") ?? stop["stop-color"] ?? "black", 0xFF000000) ?? 0xFF000000;
            var stopOpacity = Number(declared.GetValueOrDefault("stop-opacity") ?? stop["stop-opacity"]) ?? 1;
            stops.Add(new GradientStop(offset, VectorPaint.WithOpacity(color, stopOpacity * opacity)));
        }

        if (stops.Count == 0)
            return null;
        if (stops.Count == 1)
            return new SolidPaint(stops[0].Color);
        var boundingBox = Attribute("gradientUnits") != "userSpaceOnUse";
        var gradientTransform = Transform(Attribute("gradientTransform"));
        var toUser = boundingBox
            ? gradientTransform * new Matrix3x2(Math.Max(bounds.Width, 1e-6f), 0, 0, Math.Max(bounds.Height, 1e-6f), bounds.X, bounds.Y)
            : gradientTransform;
        var whole = toUser * current;
        float Coordinate(string name, string fallback, float along)
        {
            var text = Attribute(name) ?? fallback;
            if (boundingBox)
                return text.Trim().EndsWith('%') ? (Number(text.Trim()[..^1]) ?? 0) / 100 : Number(text) ?? 0;
            return Length(text, along) ?? 0;
        }

        if (gradient.Name == "linearGradient")
        {
            var start = Point(Coordinate("x1", "0%", ViewportWidth), Coordinate("y1", "0%", ViewportHeight), whole);
            var end = Point(Coordinate("x2", "100%", ViewportWidth), Coordinate("y2", "0%", ViewportHeight), whole);
            return new LinearGradientPaint(start.X, start.Y, end.X, end.Y, stops);
        }

        var centre = Point(Coordinate("cx", "50%", ViewportWidth), Coordinate("cy", "50%", ViewportHeight), whole);
        var radius = Coordinate("r", "50%", Diagonal) * Scale(whole);
        if (Attribute("fx") is not null || Attribute("fy") is not null)
            warnings.Add("a radial gradient's focus (fx, fy) is not applied");
        return new RadialGradientPaint(centre.X, centre.Y, radius, stops);
    }

    /// <summary>An SVG transform list (matrix, translate, scale, rotate, skewX, skewY), applied right to left as SVG says.</summary>
    internal static Matrix3x2 Transform(string? text)
    {
        var result = Matrix3x2.Identity;
        if (string.IsNullOrWhiteSpace(text))
            return result;
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('(', at);
            var close = open < 0 ? -1 : text.IndexOf(')', open);
            if (open < 0 || close < 0)
                break;
            var name = text[at..open].Trim().TrimStart(',').Trim();
            var values = Numbers(text[(open + 1)..close]);
            float V(int i, float fallback = 0) => i < values.Count ? values[i] : fallback;
            var item = name switch
            {
                "matrix" when values.Count == 6 => new Matrix3x2(values[0], values[1], values[2], values[3], values[4], values[5]),
                "translate" => Matrix3x2.CreateTranslation(V(0), V(1)),
                "scale" => Matrix3x2.CreateScale(V(0, 1), V(1, V(0, 1))),
                "rotate" => Matrix3x2.CreateRotation(V(0) * MathF.PI / 180, new Vector2(V(1), V(2))),
                "skewX" => Matrix3x2.CreateSkew(MathF.Tan(V(0) * MathF.PI / 180), 0),
                "skewY" => Matrix3x2.CreateSkew(0, MathF.Tan(V(0) * MathF.PI / 180)),
                _ => Matrix3x2.Identity,
            };
            result = item * result;
            at = close + 1;
        }

        return result;
    }

    internal static List<float> Numbers(string text)
    {
        var numbers = new List<float>();
        var reader = new SvgPathData.NumberReader(text);
        while (reader.TryNumber(out var value))
            numbers.Add(value);
        return numbers;
    }

    internal static float? Number(string? text) =>
        text is not null && float.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && float.IsFinite(value) ? value : null;

    /// <summary>A length in user units (px): plain numbers, CSS units, percentages of <paramref name="percentOf"/>.</summary>
    internal static float? Length(string? text, float percentOf, bool allowPercent = true)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        text = text.Trim();
        if (text.EndsWith('%'))
            return allowPercent && Number(text[..^1]) is { } percent ? percent / 100 * percentOf : null;
        if (Number(text) is { } plain)
            return plain;
        return CssValueReader.Length(text, 12) is { } points ? points / 0.75f : null;
    }
}
