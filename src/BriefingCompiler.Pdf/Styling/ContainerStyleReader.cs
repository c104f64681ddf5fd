using System.Globalization;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// Reads the flex, grid and multi-column properties of one element (as AngleSharp computes them: shorthands
/// split into longhands, lengths in px) into <see cref="FlexContainerStyle"/>, <see cref="GridContainerStyle"/>,
/// <see cref="MultiColumnStyle"/> and <see cref="ItemStyle"/>, and reports — once per kind — what the engine does not lay out.
/// </summary>
public sealed class ContainerStyleReader(MessageLog log)
{
    public FlexContainerStyle Flex(Func<string, string?> get, float fontSize)
    {
        var direction = get("flex-direction") ?? "row";
        var wrap = get("flex-wrap") ?? "nowrap";
        return new FlexContainerStyle(
            direction.StartsWith("column", StringComparison.Ordinal),
            direction.EndsWith("-reverse", StringComparison.Ordinal),
            wrap != "nowrap",
            wrap == "wrap-reverse",
            AlignmentOf(get("justify-content")) ?? Alignment.Normal,
            AlignmentOf(get("align-items")) ?? Alignment.Normal,
            AlignmentOf(get("align-content")) ?? Alignment.Normal,
            Gap(get("row-gap"), fontSize),
            Gap(get("column-gap"), fontSize));
    }

    public GridContainerStyle Grid(Func<string, string?> get, float fontSize, string elementName)
    {
        var flow = get("grid-auto-flow") ?? "row";
        if (flow.Contains("dense", StringComparison.Ordinal))
        {
            Unsupported("grid-auto-flow", flow, elementName, "placed in order (sparse)");
        }

        return new GridContainerStyle(
            Template(get("grid-template-columns"), fontSize, "grid-template-columns", elementName),
            Template(get("grid-template-rows"), fontSize, "grid-template-rows", elementName),
            Template(get("grid-auto-columns"), fontSize, "grid-auto-columns", elementName).Before,
            Template(get("grid-auto-rows"), fontSize, "grid-auto-rows", elementName).Before,
            Areas(get("grid-template-areas"), elementName),
            flow.StartsWith("column", StringComparison.Ordinal),
            AlignmentOf(get("justify-items")) ?? Alignment.Normal,
            AlignmentOf(get("align-items")) ?? Alignment.Normal,
            AlignmentOf(get("justify-content")) ?? Alignment.Normal,
            AlignmentOf(get("align-content")) ?? Alignment.Normal,
            Gap(get("row-gap") ?? get("grid-row-gap"), fontSize),
            Gap(get("column-gap") ?? get("grid-column-gap"), fontSize));
    }

    /// <summary>The multi-column style, or null when neither column-count nor column-width asks for columns.</summary>
    public MultiColumnStyle? MultiColumn(Func<string, string?> get, float fontSize, uint color, string elementName)
    {
        var count = get("column-count") is { } countText && countText != "auto" && CssValueReader.Number(countText) is { } n && n >= 1 ? (int)Math.Min(n, 1000) : (int?)null;
        var width = get("column-width") is { } widthText && widthText != "auto" && CssValueReader.Length(widthText, fontSize) is { } w && w > 0 ? w : (float?)null;
        if (count is null && width is null)
        {
            return null;
        }

        var gap = get("column-gap") is { } gapText && gapText != "normal" ? CssValueReader.Length(gapText, fontSize) ?? fontSize : fontSize;
        var ruleStyle = get("column-rule-style") ?? "none";
        var rule = ruleStyle is "none" or "hidden"
            ? BorderSide.None
            : new BorderSide(
                get("column-rule-width") switch
                {
                    null or "medium" => 2.25f,
                    "thin" => 0.75f,
                    "thick" => 3.75f,
                    var text => CssValueReader.Length(text, fontSize) ?? 2.25f,
                },
                ruleStyle,
                CssValueReader.Color(get("column-rule-color"), color) ?? color);
        return new MultiColumnStyle(count, width, Math.Max(0, gap), rule, get("column-fill") == "auto");
    }

    public ItemStyle Item(Func<string, string?> get, float fontSize)
    {
        var basis = get("flex-basis");
        var minWidth = get("min-width");
        return new ItemStyle
        {
            Order = get("order") is { } order && int.TryParse(order, NumberStyles.Integer, CultureInfo.InvariantCulture, out var o) ? o : 0,
            // A negative flex factor is invalid (Flexbox §7.3.1, §7.3.2): the declaration is ignored, the initial value stays.
            Grow = CssValueReader.Number(get("flex-grow")) is float grow and >= 0 ? grow : 0,
            Shrink = CssValueReader.Number(get("flex-shrink")) is float shrink and >= 0 ? shrink : 1,
            Basis = basis is null or "auto" or "content" ? null : CssValueReader.LengthOrPercent(basis, fontSize),
            BasisContent = basis == "content",
            AlignSelf = AlignmentOf(get("align-self")) ?? Alignment.Auto,
            JustifySelf = AlignmentOf(get("justify-self")) ?? Alignment.Auto,
            ColumnStart = Line(get("grid-column-start")),
            ColumnEnd = Line(get("grid-column-end")),
            RowStart = Line(get("grid-row-start")),
            RowEnd = Line(get("grid-row-end")),
            AutoMarginTop = get("margin-top") == "auto",
            AutoMarginRight = get("margin-right") == "auto",
            AutoMarginBottom = get("margin-bottom") == "auto",
            AutoMarginLeft = get("margin-left") == "auto",
            // Negative values are invalid CSS (AngleSharp passes them on): ignored, as browsers ignore them.
            MinWidth = minWidth is null or "auto" ? null : CssValueReader.LengthOrPercent(minWidth, fontSize) is { Value: >= 0 } least ? least : null,
            MaxHeight = get("max-height") is { } maxHeight && maxHeight != "none" && CssValueReader.Length(maxHeight, fontSize) is >= 0 and var most ? most : null,
        };
    }

    /// <summary>An alignment keyword; <c>safe</c>/<c>unsafe</c> and <c>first</c> are dropped, <c>last baseline</c> is taken as baseline.</summary>
    public static Alignment? AlignmentOf(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("safe" or "unsafe" or "first" or "last" or "legacy")).ToArray();
        return (words.Length > 0 ? words[^1] : value) switch
        {
            "auto" => Alignment.Auto,
            "normal" => Alignment.Normal,
            "stretch" => Alignment.Stretch,
            "start" or "self-start" => Alignment.Start,
            "end" or "self-end" => Alignment.End,
            "flex-start" => Alignment.FlexStart,
            "flex-end" => Alignment.FlexEnd,
            "center" => Alignment.Center,
            "baseline" => Alignment.Baseline,
            "space-between" => Alignment.SpaceBetween,
            "space-around" => Alignment.SpaceAround,
            "space-evenly" => Alignment.SpaceEvenly,
            "left" => Alignment.Left,
            "right" => Alignment.Right,
            _ => null,
        };
    }

    private static CssLength Gap(string? value, float fontSize) =>
        value is null or "normal" ? new CssLength(0, false) : CssValueReader.LengthOrPercent(value, fontSize) is { Value: >= 0 } gap ? gap : new CssLength(0, false);

    /// <summary>A grid line: <c>3</c>, <c>-1</c>, <c>span 2</c>, an area name, or auto. Named lines with a number are taken as their number.</summary>
    private static GridLine Line(string? value)
    {
        if (value is null or "auto")
        {
            return GridLine.Auto;
        }

        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var span = words.Contains("span");
        var number = words.Select(w => int.TryParse(w, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0).FirstOrDefault(n => n != 0);
        var name = words.FirstOrDefault(w => w != "span" && !int.TryParse(w, NumberStyles.Integer, CultureInfo.InvariantCulture, out _));
        if (span)
        {
            return new GridLine(Span: Math.Clamp(number == 0 ? 1 : Math.Abs(number), 1, 1000));
        }

        return number != 0 ? new GridLine(Math.Clamp(number, -1000, 1000)) : new GridLine(Name: name);
    }

    /// <summary>A track list: lengths, percentages, fr, auto, min-content, max-content, <c>minmax()</c>, <c>repeat()</c> (also auto-fill/auto-fit); line names are skipped.</summary>
    private GridTemplate Template(string? value, float fontSize, string property, string elementName)
    {
        if (value is null or "none" or "auto" && property.StartsWith("grid-template", StringComparison.Ordinal))
        {
            return GridTemplate.None;
        }

        if (value is null)
        {
            return new GridTemplate([GridTrackSize.Auto], null, []);
        }

        if (value.Contains("subgrid", StringComparison.Ordinal) || value.Contains("masonry", StringComparison.Ordinal))
        {
            Unsupported(property, value, elementName, "no explicit tracks");
            return GridTemplate.None;
        }

        var before = new List<GridTrackSize>();
        var after = new List<GridTrackSize>();
        List<GridTrackSize>? autoRepeat = null;
        foreach (var token in Tokens(value))
        {
            if (token.StartsWith('['))
            {
                Unsupported(property, value, elementName, "its line names are left out (items naming a line that is not an area's are placed automatically)");
                continue;
            }

            if (token.StartsWith("repeat(", StringComparison.Ordinal))
            {
                var inner = token[7..^1];
                var comma = inner.IndexOf(',');
                if (comma < 0)
                {
                    return Invalid(property, value, elementName);
                }

                var countText = inner[..comma].Trim();
                var tracks = new List<GridTrackSize>();
                foreach (var part in Tokens(inner[(comma + 1)..]))
                {
                    if (!part.StartsWith('['))
                    {
                        if (Track(part, fontSize) is not { } repeated)
                        {
                            return Invalid(property, value, elementName);
                        }

                        tracks.Add(repeated);
                    }
                }

                if (countText is "auto-fill" or "auto-fit")
                {
                    if (autoRepeat is not null || tracks.Count == 0)
                    {
                        return Invalid(property, value, elementName);
                    }

                    autoRepeat = tracks;
                    continue;
                }

                if (!int.TryParse(countText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) || count < 1)
                {
                    return Invalid(property, value, elementName);
                }

                for (var i = 0; i < Math.Min(count, 1000); i++)
                {
                    (autoRepeat is null ? before : after).AddRange(tracks);
                }

                continue;
            }

            if (Track(token, fontSize) is not { } track)
            {
                return Invalid(property, value, elementName);
            }

            (autoRepeat is null ? before : after).Add(track);
        }

        return new GridTemplate(before, autoRepeat, after);
    }

    private GridTemplate Invalid(string property, string value, string elementName)
    {
        Unsupported(property, value, elementName, "no explicit tracks");
        return GridTemplate.None;
    }

    private static GridTrackSize? Track(string token, float fontSize)
    {
        if (token.StartsWith("minmax(", StringComparison.Ordinal) && token.EndsWith(')'))
        {
            var parts = token[7..^1].Split(',');
            return parts.Length == 2 && Breadth(parts[0].Trim(), fontSize) is { } min && Breadth(parts[1].Trim(), fontSize) is { } max && min.Kind != GridBreadthKind.Fraction
                ? new GridTrackSize(min, max)
                : null;
        }

        if (token.StartsWith("fit-content(", StringComparison.Ordinal) && token.EndsWith(')'))
        {
            // fit-content(limit): as wide as the content, at most the limit — taken as minmax(auto, limit).
            return Breadth(token[12..^1].Trim(), fontSize) is { Kind: GridBreadthKind.Length or GridBreadthKind.Percent } limit
                ? new GridTrackSize(GridBreadth.Auto, limit)
                : null;
        }

        return Breadth(token, fontSize) is { } breadth
            ? breadth.Kind == GridBreadthKind.Fraction ? new GridTrackSize(GridBreadth.Auto, breadth) : new GridTrackSize(breadth, breadth)
            : null;
    }

    private static GridBreadth? Breadth(string text, float fontSize)
    {
        switch (text)
        {
            case "auto":
                return GridBreadth.Auto;
            case "min-content":
                return new GridBreadth(GridBreadthKind.MinContent);
            case "max-content":
                return new GridBreadth(GridBreadthKind.MaxContent);
        }

        if (text.EndsWith("fr", StringComparison.Ordinal) && CssValueReader.Number(text[..^2]) is { } fraction && fraction >= 0)
        {
            return new GridBreadth(GridBreadthKind.Fraction, fraction);
        }

        return CssValueReader.LengthOrPercent(text, fontSize) switch
        {
            { IsPercent: true, Value: >= 0 } percent => new GridBreadth(GridBreadthKind.Percent, percent.Value),
            { IsPercent: false, Value: >= 0 } length => new GridBreadth(GridBreadthKind.Length, length.Value),
            _ => null,
        };
    }

    /// <summary>Splits a value at spaces outside parentheses and brackets.</summary>
    private static List<string> Tokens(string value)
    {
        var tokens = new List<string>();
        var depth = 0;
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }

            if (char.IsWhiteSpace(c) && depth == 0)
            {
                if (start >= 0)
                {
                    tokens.Add(value[start..i]);
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }

    /// <summary>grid-template-areas: each named rectangle; a template whose names are not rectangles (or rows of unequal length) is invalid.</summary>
    private IReadOnlyDictionary<string, GridArea> Areas(string? value, string elementName)
    {
        var areas = new Dictionary<string, GridArea>(StringComparer.Ordinal);
        if (value is null or "none")
        {
            return areas;
        }

        var rows = new List<string[]>();
        var quote = value.IndexOfAny(['"', '\'']);
        while (quote >= 0)
        {
            var close = value.IndexOf(value[quote], quote + 1);
            if (close < 0)
            {
                break;
            }

            rows.Add(value[(quote + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            quote = value.IndexOfAny(['"', '\''], close + 1);
        }

        if (rows.Count == 0 || rows.Any(r => r.Length != rows[0].Length))
        {
            Unsupported("grid-template-areas", value, elementName, "no named areas");
            return areas;
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var name = rows[r][c];
                if (name.Trim('.').Length == 0)
                {
                    continue;
                }

                areas[name] = areas.TryGetValue(name, out var area)
                    ? new GridArea(Math.Min(area.RowStart, r + 1), Math.Min(area.ColumnStart, c + 1), Math.Max(area.RowEnd, r + 2), Math.Max(area.ColumnEnd, c + 2))
                    : new GridArea(r + 1, c + 1, r + 2, c + 2);
            }
        }

        foreach (var (name, area) in areas)
        {
            for (var r = area.RowStart; r < area.RowEnd; r++)
            {
                for (var c = area.ColumnStart; c < area.ColumnEnd; c++)
                {
                    if (rows[r - 1][c - 1] != name)
                    {
                        Unsupported("grid-template-areas", value, elementName, "no named areas (an area is not a rectangle)");
                        return new Dictionary<string, GridArea>(StringComparer.Ordinal);
                    }
                }
            }
        }

        return areas;
    }

    private void Unsupported(string property, string value, string elementName, string instead) =>
        log.WarnOnce("PDF101", property + ":" + value, $"CSS '{property}: {value}' (on <{elementName}>) is not supported by the PDF engine; {instead}.");
}
