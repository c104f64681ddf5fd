using System.Globalization;
using System.Text;
using BriefingCompiler.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingCompiler.Loading;

/// <summary>
/// Builds the <see cref="SourceNode"/> tree from YamlDotNet's parser events, so every node keeps its place.
/// Enforces the nesting and alias-expansion limits while reading: an alias is never copied, it shares the
/// anchored node, and its expanded size is counted as it is met, so an alias bomb is refused after at most
/// <see cref="SourceLimits.MaxAliasExpansionNodes"/> counted nodes without ever being built.
/// </summary>
internal sealed class YamlTreeReader
{
    private const string StringTag = "tag:yaml.org,2002:str";

    private readonly SourceText source;
    private readonly IParser parser;
    private readonly List<Diagnostic> diagnostics = [];
    private readonly Dictionary<string, ReadResult> anchors = new(StringComparer.Ordinal);
    private readonly HashSet<SourceNode> reportedNodes = new(ReferenceEqualityComparer.Instance);
    private long aliasExpansion;

    private YamlTreeReader(SourceText source)
    {
        this.source = source;
        parser = new Parser(new StringReader(source.Text));
    }

    /// <summary>A node with what the limits need to know: its size once aliases are expanded, and its height.</summary>
    private sealed record ReadResult(SourceNode Node, long ExpandedSize, int Height);

    /// <summary>Thrown only inside the reader to stop at a problem after which nothing more can be read.</summary>
    private sealed class StopReadingException : Exception;

    public static SourceLoadResult Read(SourceText source)
    {
        var reader = new YamlTreeReader(source);
        var root = reader.ReadStream();
        return new SourceLoadResult(source.Path, root, reader.diagnostics, reader.reportedNodes);
    }

    private MappingNode? ReadStream()
    {
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                Report(DiagnosticCodes.EmptyFile, "the file is empty; a briefing starts with `briefc: 1`", 0);
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(depth: 1).Node;
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                Report(DiagnosticCodes.MultipleDocuments,
                    "a briefing file holds one YAML document; this `---` starts a second one", (int)second.Start.Index);
            }

            if (root is MappingNode mapping)
            {
                return mapping;
            }

            // An empty document has no place of its own; the file is what is wrong.
            var place = root is ScalarNode { Value: "", IsPlain: true } ? SourceSpan.StartOf(source.Path) : root.Span;
            Report(DiagnosticCodes.RootNotMapping,
                $"a briefing is a mapping of fields (`briefc: 1`, `language: …`), not {Describe(root)}", place);
            return null;
        }
        catch (StopReadingException)
        {
            return null;
        }
        catch (YamlException exception)
        {
            ReportSyntaxError(exception.Message, (int)exception.Start.Index);
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 18.1.0 throws these, without a position, on some malformed input: an unclosed flow
            // collection followed by more lines (InvalidOperationException), a tag that is not a valid URI
            // (ArgumentException). The end of the last event it produced is the best place known.
            var index = parser.Current is { } last ? (int)last.End.Index : 0;
            var message = exception is ArgumentException
                ? $"{exception.Message.Replace(" (Parameter 'value')", "", StringComparison.Ordinal)} (after this point)"
                : "the YAML parser could not read past this point; look for an unclosed bracket, brace or quote";
            ReportSyntaxError(message, index);
            return null;
        }
    }

    private ReadResult ReadNode(int depth)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return ReadAlias(alias, depth);
        }

        // Levels are mappings and lists; a scalar inside the 64th level is fine.
        if (depth > SourceLimits.MaxNestingDepth && parser.Current is MappingStart or SequenceStart)
        {
            Report(DiagnosticCodes.NestingTooDeep,
                $"nesting is deeper than {SourceLimits.MaxNestingDepth} levels", (int)parser.Current!.Start.Index);
            throw new StopReadingException();
        }

        return parser.Current switch
        {
            Scalar scalar => ReadScalar(scalar),
            SequenceStart start => ReadSequence(start, depth),
            MappingStart start => ReadMapping(start, depth),
            var other => throw new YamlException(other!.Start, other.End, $"unexpected {other.GetType().Name}"),
        };
    }

    private ReadResult ReadAlias(AnchorAlias alias, int depth)
    {
        var span = SpanOf(alias);
        if (!anchors.TryGetValue(alias.Value.Value, out var target))
        {
            Report(DiagnosticCodes.UndefinedAlias, $"alias `*{alias.Value.Value}` refers to no anchor `&{alias.Value.Value}` defined before it", span);
            var placeholder = new ScalarNode("", IsPlain: true, span);
            reportedNodes.Add(placeholder);
            return new ReadResult(placeholder, 1, 0);
        }

        aliasExpansion += target.ExpandedSize;
        if (aliasExpansion > SourceLimits.MaxAliasExpansionNodes)
        {
            Report(DiagnosticCodes.AliasExpansionTooLarge,
                $"aliases expand to more than {SourceLimits.MaxAliasExpansionNodes.ToString("N0", CultureInfo.InvariantCulture)} nodes; refusing to expand `*{alias.Value.Value}` (an alias bomb?)", span);
            throw new StopReadingException();
        }

        if (depth + target.Height - 1 > SourceLimits.MaxNestingDepth)
        {
            Report(DiagnosticCodes.NestingTooDeep,
                $"nesting is deeper than {SourceLimits.MaxNestingDepth} levels once alias `*{alias.Value.Value}` is expanded", span);
            throw new StopReadingException();
        }

        return target;
    }

    private ReadResult ReadScalar(Scalar scalar)
    {
        parser.MoveNext();
        var span = SpanOf(scalar);
        if (Encoding.UTF8.GetByteCount(scalar.Value) > SourceLimits.MaxScalarBytes)
        {
            Report(DiagnosticCodes.ScalarTooLarge,
                $"this value is larger than {SourceLimits.MaxScalarBytes / (1024 * 1024)} MiB; split it up", span);
        }

        ReportEscapedControl(scalar.Value, span);
        var isPlain = scalar.Style == ScalarStyle.Plain;
        if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific)
        {
            if (scalar.Tag.Value == StringTag)
            {
                isPlain = false;
            }
            else
            {
                ReportUnsupportedTag(scalar.Tag, span);
            }
        }
        else if (scalar.Tag.IsNonSpecific && scalar.Tag.Value == "!")
        {
            isPlain = false;
        }

        return Remember(scalar.Anchor, new ReadResult(new ScalarNode(scalar.Value, isPlain, span) { IsLiteral = scalar.Style == ScalarStyle.Literal }, 1, 0));
    }

    /// <summary>
    /// The decoder refuses control characters in the file's bytes, but a double-quoted value can still make them
    /// with escapes (<c>"\e[31m"</c>, <c>"\0"</c>, <c>"\uD800"</c>); they would reach the outputs as terminal
    /// escapes or characters no document can hold, so they are refused at the value as well.
    /// </summary>
    private void ReportEscapedControl(string value, SourceSpan span)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var isLoneSurrogate = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]));
            if (char.IsHighSurrogate(c) && !isLoneSurrogate)
            {
                i++;
                continue;
            }

            if (isLoneSurrogate || SourceDecoder.IsForbiddenControl(c))
            {
                Report(DiagnosticCodes.ControlCharacter,
                    $"this value holds U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)} (written as an escape), which a briefing cannot contain; remove it", span);
                return;
            }

            // Written as an escape ("\u202E") the override is not in the file's bytes, where the decoder looks.
            if (SourceDecoder.IsBidiOverride(c) && !ContainsRaw(span, c))
            {
                diagnostics.Add(SourceDecoder.BidiOverrideWarning(c, span));
                return;
            }
        }
    }

    /// <summary>Whether the lines of <paramref name="span"/> hold <paramref name="c"/> itself (the decoder warned about it there).</summary>
    private bool ContainsRaw(SourceSpan span, char c)
    {
        for (var line = span.Line; line <= Math.Min(span.EndLine, source.LineCount); line++)
        {
            if (source.LineText(line).Contains(c, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    private ReadResult ReadSequence(SequenceStart start, int depth)
    {
        parser.MoveNext();
        CheckCollectionTag(start.Tag, start);
        var items = new List<SourceNode>();
        long size = 1;
        var height = 0;
        while (parser.Current is not SequenceEnd)
        {
            var item = ReadNode(depth + 1);
            items.Add(item.Node);
            size += item.ExpandedSize;
            height = Math.Max(height, item.Height);
        }

        var end = parser.Consume<SequenceEnd>();
        var span = CollectionSpan(start, end, items.Count > 0 ? items[^1] : null);
        return Remember(start.Anchor, new ReadResult(new SequenceNode(items, span), size, height + 1));
    }

    private ReadResult ReadMapping(MappingStart start, int depth)
    {
        parser.MoveNext();
        CheckCollectionTag(start.Tag, start);
        var entries = new List<MappingEntry>();
        var firstKeys = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        long size = 1;
        var height = 0;
        SourceNode? last = null;
        while (parser.Current is not MappingEnd)
        {
            var keyEvent = parser.Current;
            var key = ReadNode(depth + 1);
            var value = ReadNode(depth + 1);
            size += key.ExpandedSize + value.ExpandedSize;
            height = Math.Max(height, Math.Max(key.Height, value.Height));
            last = value.Node;
            if (key.Node is not ScalarNode keyScalar)
            {
                // An alias shares its anchor's node: report the alias used as a key, not the anchor's place.
                Report(DiagnosticCodes.ComplexKey, "a key must be plain text, not a list or a mapping",
                    keyEvent is AnchorAlias ? SpanOf(keyEvent) : key.Node.Span);
                continue;
            }

            if (firstKeys.TryGetValue(keyScalar.Value, out var first))
            {
                Report(DiagnosticCodes.DuplicateKey,
                    $"duplicate key `{keyScalar.Value}` (first defined at line {first.Span.Line}); the first one is kept", keyScalar.Span);
                continue;
            }

            firstKeys.Add(keyScalar.Value, keyScalar);
            entries.Add(new MappingEntry(keyScalar, value.Node));
        }

        var end = parser.Consume<MappingEnd>();
        var span = CollectionSpan(start, end, last);
        return Remember(start.Anchor, new ReadResult(new MappingNode(entries, span), size, height + 1));
    }

    private ReadResult Remember(AnchorName anchor, ReadResult node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        return node;
    }

    private void CheckCollectionTag(TagName tag, ParsingEvent start)
    {
        if (!tag.IsEmpty && !tag.IsNonSpecific)
        {
            ReportUnsupportedTag(tag, SpanOf(start));
        }
    }

    private void ReportUnsupportedTag(TagName tag, SourceSpan span) =>
        Report(DiagnosticCodes.UnsupportedTag, $"YAML tag `{tag.Value}` is not supported; remove it (use quotes to make a value text)", span);

    /// <summary>
    /// Block collections end where their last item ends (YamlDotNet puts the end event at the next line); flow
    /// collections end at their closing bracket.
    /// </summary>
    private SourceSpan CollectionSpan(ParsingEvent start, ParsingEvent end, SourceNode? last)
    {
        var startSpan = source.SpanAt((int)start.Start.Index);
        // The end span is exclusive, like a scalar's: one past the closing bracket (YamlDotNet puts End on it).
        var endIndex = (int)end.Start.Index + 1;
        var isBlock = start is MappingStart { Style: MappingStyle.Block } or SequenceStart { Style: SequenceStyle.Block };
        if (isBlock && last is not null)
        {
            return startSpan with { EndLine = last.Span.EndLine, EndColumn = last.Span.EndColumn };
        }

        var endSpan = source.SpanAt(endIndex);
        return startSpan with { EndLine = endSpan.Line, EndColumn = endSpan.Column };
    }

    private void ReportSyntaxError(string parserMessage, int index)
    {
        var tab = FindTabIndentation(source.PositionOf(index).Line);
        if (tab is { } place)
        {
            Report(DiagnosticCodes.TabIndentation, "a tab is used for indentation; YAML indents with spaces only", place);
            return;
        }

        var message = parserMessage.Trim();
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && cut > 0)
        {
            message = message[(cut + 3)..];
        }

        Report(DiagnosticCodes.YamlSyntax, $"YAML syntax error: {message}", index);
    }

    /// <summary>
    /// YamlDotNet reports a tab used as indentation at 1:1 or at the end of the line before it, so look for the
    /// tab itself: on the error's line or the next (anywhere, when the error is on line 1), the first line whose
    /// leading whitespace holds one (a blank line of tabs counts: YamlDotNet rejects it as well). Lines further
    /// away are not searched: a tab inside a block scalar's text is valid there.
    /// </summary>
    private SourceSpan? FindTabIndentation(int errorLine)
    {
        var (firstLine, lastLine) = errorLine <= 1 ? (1, source.LineCount) : (errorLine, Math.Min(errorLine + 1, source.LineCount));
        for (var line = firstLine; line <= lastLine; line++)
        {
            var text = source.LineText(line);
            for (var i = 0; i < text.Length && (text[i] == ' ' || text[i] == '\t'); i++)
            {
                if (text[i] == '\t')
                {
                    return source.SpanAt(source.LineStart(line) + i);
                }
            }
        }

        return null;
    }

    private SourceSpan SpanOf(ParsingEvent parsingEvent) =>
        source.SpanOf((int)parsingEvent.Start.Index, (int)parsingEvent.End.Index);

    private void Report(string code, string message, int index) => Report(code, message, source.SpanAt(index));

    private void Report(string code, string message, SourceSpan span) =>
        diagnostics.Add(new Diagnostic(Severity.Error, code, message, span));

    private static string Describe(SourceNode node) => node switch
    {
        SequenceNode => "a list",
        ScalarNode { Value: "", IsPlain: true } => "an empty document",
        ScalarNode => "a single value",
        _ => "this",
    };
}
