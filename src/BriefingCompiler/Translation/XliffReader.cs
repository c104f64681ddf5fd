using System.Globalization;
using System.Text;
using System.Xml;
using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Translation;

/// <summary>
/// Reads an XLIFF 2.x or 1.2 file as untrusted input: no DTD (so no external entity and no entity expansion: XXE
/// and "billion laughs" are refused at the DOCTYPE), no resolver, nothing fetched; limits on size, units, nesting
/// and codes per unit (<see cref="XliffLimits"/>) stop a hostile file early. Keeps what merge needs: languages, the
/// source's name, and each unit's target as text and inline codes with their places in the file. CAT tools' other
/// forms of codes are accepted (2.x <c>sc</c>/<c>ec</c>, 1.2 <c>bx</c>/<c>ex</c>/<c>bpt</c>/<c>ept</c>/<c>ph</c>),
/// annotations (<c>mrk</c>) are read through.
/// </summary>
public static class XliffReader
{
    public static (XliffDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Read(string path, byte[] bytes)
    {
        if (bytes.Length > XliffLimits.MaxFileBytes)
            return Refused(SourceSpan.StartOf(path), $"the file is {bytes.Length:N0} bytes; XLIFF files briefc reads are limited to {XliffLimits.MaxFileBytes / (1024 * 1024)} MiB");
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = XliffLimits.MaxFileBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            return (new Parse(reader, path).Document(), []);
        }
        catch (XmlException e)
        {
            var span = new SourceSpan(path, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition));
            var isDtd = e.Message.Contains("DTD", StringComparison.Ordinal);
            if (isDtd && DoctypeAt(bytes) is { } doctype)
                span = span with { Line = doctype.Line, Column = doctype.Column, EndLine = doctype.Line, EndColumn = doctype.Column };
            return Refused(span, isDtd
                ? "the file has a DOCTYPE (DTD); XLIFF needs none and briefc reads none (DTDs are how external-entity and entity-expansion attacks come in): remove it"
                : $"not well-formed XML: {e.Message}");
        }
        catch (XliffRefusedException e)
        {
            return Refused(e.Span, e.Message);
        }
    }

    /// <summary>Where the DOCTYPE is (the reader names the place it stopped, which can be the document's start).</summary>
    private static (int Line, int Column)? DoctypeAt(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (at < 0)
            return null;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return (text.AsSpan(0, at).Count('\n') + 1, at - (at == 0 ? 0 : lineStart) + 1);
    }

    private static (XliffDocument?, IReadOnlyList<Diagnostic>) Refused(SourceSpan span, string message) =>
        (null, [new Diagnostic(Severity.Error, DiagnosticCodes.XliffUnreadable, message, span)]);

    private sealed class XliffRefusedException(SourceSpan span, string message) : Exception(message)
    {
        public SourceSpan Span { get; } = span;
    }

    /// <summary>One pass over one file.</summary>
    private sealed class Parse(XmlReader reader, string path)
    {
        private XliffVersion version;
        private string ns = "";

        public XliffDocument Document()
        {
            reader.MoveToContent();
            var rootSpan = Here();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "xliff")
                throw new XliffRefusedException(rootSpan, $"the root element is <{reader.Name}>, not <xliff>: this is not an XLIFF file");
            ns = reader.NamespaceURI;
            if (ns == XliffWriter.Namespace20)
                version = XliffVersion.V21;
            else if (ns == XliffWriter.Namespace12)
                version = XliffVersion.V12;
            else
                throw new XliffRefusedException(rootSpan, $"<xliff> is in the namespace '{ns}'; briefc reads XLIFF 2.x ({XliffWriter.Namespace20}) and 1.2 ({XliffWriter.Namespace12})");
            var sourceLanguage = reader.GetAttribute("srcLang") ?? "";
            var targetLanguage = reader.GetAttribute("trgLang") ?? "";
            string? original = null;
            var fileSpan = rootSpan;
            var units = new List<XliffUnit>();
            var unitElement = version == XliffVersion.V21 ? "unit" : "trans-unit";

            string? unitId = null;
            var unitSpan = rootSpan;
            List<XliffTargetPart>? target = null;
            string? state = null;
            // XLIFF 2.x segments: the first one without a translation, the source of the last one (for the space after
            // it), and the ignorable being read.
            var untranslated = 0;
            var segmentCount = 0;
            var segmentTranslated = true;
            var lastSegmentSource = "";
            List<XliffTargetPart>? ignorableSource = null;
            var inIgnorable = false;
            var ignorableTranslated = false;
            while (reader.Read())
            {
                if (reader.Depth > XliffLimits.MaxDepth)
                    throw new XliffRefusedException(Here(), $"elements nest more than {XliffLimits.MaxDepth} deep; no XLIFF of a briefing does");
                if (reader.NodeType == XmlNodeType.EndElement && reader.NamespaceURI == ns && unitId is not null && version == XliffVersion.V21)
                {
                    if (reader.LocalName == "segment" && !segmentTranslated && untranslated == 0)
                        untranslated = segmentCount;
                    if (reader.LocalName == "ignorable")
                    {
                        inIgnorable = false;
                        if (!ignorableTranslated && ignorableSource is not null && KeepSpace(target, lastSegmentSource))
                            (target ??= []).AddRange(ignorableSource);
                    }
                }
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == unitElement && reader.NamespaceURI == ns && unitId is not null)
                {
                    units.Add(new XliffUnit(unitId, unitSpan, target, state) { UntranslatedSegment = untranslated });
                    unitId = null;
                    continue;
                }
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != ns)
                    continue;
                switch (reader.LocalName)
                {
                    case "file":
                        if (original is not null)
                            throw new XliffRefusedException(Here(), "a second <file>: briefc writes one <file> per XLIFF, for one briefing; merge one file at a time");
                        fileSpan = Here();
                        original = reader.GetAttribute("original") ?? throw new XliffRefusedException(fileSpan, "<file> has no `original` attribute naming the source briefing");
                        if (version == XliffVersion.V12)
                        {
                            sourceLanguage = reader.GetAttribute("source-language") ?? "";
                            targetLanguage = reader.GetAttribute("target-language") ?? "";
                        }
                        break;
                    case var name when name == unitElement:
                        if (units.Count >= XliffLimits.MaxUnits)
                            throw new XliffRefusedException(Here(), $"more than {XliffLimits.MaxUnits:N0} units; no briefing has that many paragraphs");
                        unitSpan = Here();
                        unitId = reader.GetAttribute("id") ?? throw new XliffRefusedException(unitSpan, $"<{unitElement}> has no `id`");
                        target = null;
                        state = null;
                        untranslated = segmentCount = 0;
                        if (reader.IsEmptyElement)
                        {
                            units.Add(new XliffUnit(unitId, unitSpan, null, null));
                            unitId = null;
                        }
                        break;
                    case "segment" when unitId is not null && version == XliffVersion.V21:
                        state ??= reader.GetAttribute("state");
                        segmentCount++;
                        segmentTranslated = false;
                        if (reader.IsEmptyElement && untranslated == 0)
                            untranslated = segmentCount;
                        break;
                    case "ignorable" when unitId is not null && version == XliffVersion.V21:
                        inIgnorable = !reader.IsEmptyElement;
                        ignorableSource = null;
                        ignorableTranslated = false;
                        break;
                    case "source" when unitId is not null && version == XliffVersion.V21:
                        var sourceParts = Content();
                        if (inIgnorable)
                            ignorableSource = sourceParts;
                        else
                            lastSegmentSource = string.Concat(sourceParts.Select(p => p.Part).OfType<InlineText>().Select(t => t.Text));
                        break;
                    case "target" when unitId is not null && inIgnorable:
                        ignorableTranslated = true;
                        (target, state) = ReadTarget(target, state);
                        break;
                    case "target" when unitId is not null && version == XliffVersion.V21:
                        var before = target?.Count ?? 0;
                        (target, state) = ReadTarget(target, state);
                        segmentTranslated = target.Skip(before).Any(p => p.Part is not InlineText { Text.Length: 0 });
                        break;
                    case "source" or "seg-source" or "notes" or "originalData" or "note" or "header" or "context-group" or "alt-trans":
                        SkipInside(reader.IsEmptyElement);
                        break;
                    case "target" when unitId is not null:
                        (target, state) = ReadTarget(target, state);
                        break;
                }
            }
            if (original is null)
                throw new XliffRefusedException(rootSpan, "no <file> element: the XLIFF holds nothing to merge");
            return new XliffDocument(version, sourceLanguage, targetLanguage, original, fileSpan, units);
        }

        /// <summary>
        /// Whether the space of an untranslated ignorable goes into the translation: not after a translation that ends
        /// with full-width punctuation (Chinese, Japanese: no space after 。！？) where the source's sentence did not.
        /// </summary>
        private static bool KeepSpace(List<XliffTargetPart>? target, string lastSegmentSource)
        {
            static bool FullWidthEnd(string text) => text.Length > 0 && text[^1] is >= '\u3000' and <= '\u303F' or >= '\uFF01' and <= '\uFF60';
            var translated = target is { Count: > 0 } && target[^1].Part is InlineText last ? last.Text : "";
            return !FullWidthEnd(translated) || FullWidthEnd(lastSegmentSource);
        }

        private (List<XliffTargetPart>, string?) ReadTarget(List<XliffTargetPart>? target, string? state)
        {
            if (version == XliffVersion.V12)
                state ??= reader.GetAttribute("state");
            var parts = target ?? [];
            parts.AddRange(Content());
            return (parts, state);
        }

        /// <summary>The content of the current <c>target</c> element, which it consumes up to its end tag.</summary>
        private List<XliffTargetPart> Content()
        {
            var parts = new List<XliffTargetPart>();
            if (reader.IsEmptyElement)
                return parts;
            var depth = reader.Depth;
            var open = new Stack<(string Name, int? Id)>();
            var codes = 0;
            var text = new StringBuilder();
            var textSpan = Here();
            void FlushText()
            {
                if (text.Length > 0)
                    parts.Add(new XliffTargetPart(new InlineText(text.ToString()), textSpan));
                text.Clear();
            }
            void Code(InlineCodeKind kind, int id, SourceSpan span)
            {
                if (++codes > XliffLimits.MaxCodesPerUnit)
                    throw new XliffRefusedException(span, $"more than {XliffLimits.MaxCodesPerUnit:N0} inline codes in one target");
                FlushText();
                parts.Add(new XliffTargetPart(new InlineCode(kind, id, "", ""), span));
            }
            while (reader.Read())
            {
                if (reader.Depth > XliffLimits.MaxDepth)
                    throw new XliffRefusedException(Here(), $"inline elements nest more than {XliffLimits.MaxDepth} deep");
                switch (reader.NodeType)
                {
                    case XmlNodeType.EndElement when reader.Depth == depth:
                        FlushText();
                        return parts;
                    case XmlNodeType.EndElement:
                        var (name, closing) = open.Pop();
                        if (closing is { } closeId)
                            Code(InlineCodeKind.Close, closeId, Here());
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        if (text.Length == 0)
                            textSpan = Here();
                        text.Append(reader.Value);
                        break;
                    case XmlNodeType.Element:
                        var span = Here();
                        var empty = reader.IsEmptyElement;
                        var inline = reader.NamespaceURI == ns ? reader.LocalName : "";
                        switch (inline)
                        {
                            case "pc" or "g":
                                var id = CodeId("id", span);
                                Code(InlineCodeKind.Open, id, span);
                                if (empty)
                                    Code(InlineCodeKind.Close, id, span);
                                else
                                    open.Push((inline, id));
                                break;
                            case "ph" or "x" or "it":
                                Code(InlineCodeKind.Standalone, CodeId("id", span), span);
                                SkipInside(empty);
                                break;
                            case "sc" or "bx" or "bpt":
                                Code(InlineCodeKind.Open, CodeId(version == XliffVersion.V12 && reader.GetAttribute("rid") is not null ? "rid" : "id", span), span);
                                SkipInside(empty);
                                break;
                            case "ec" or "ex" or "ept":
                                Code(InlineCodeKind.Close, CodeId(reader.GetAttribute("startRef") is not null ? "startRef" : reader.GetAttribute("rid") is not null ? "rid" : "id", span), span);
                                SkipInside(empty);
                                break;
                            case "cp" when reader.GetAttribute("hex") is { } hex
                                && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var codePoint) && codePoint is >= 0 and <= 0x10FFFF:
                                text.Append(char.ConvertFromUtf32(codePoint is >= 0xD800 and <= 0xDFFF ? 0xFFFD : codePoint));
                                SkipInside(empty);
                                break;
                            case "mrk" or "sm" or "em":
                                // Annotations: their content is the translation, the markers themselves carry nothing to keep.
                                if (!empty)
                                    open.Push((inline, null));
                                break;
                            default:
                                throw new XliffRefusedException(span, $"<{reader.Name}> is not an inline element of XLIFF {(version == XliffVersion.V21 ? "2" : "1.2")}; a target holds text and inline codes only");
                        }
                        break;
                }
            }
            throw new XliffRefusedException(Here(), "the file ends inside a <target>");
        }

        /// <summary>Passes over the current element's content, leaving the reader on its end tag (so the caller's next Read goes on after it).</summary>
        private void SkipInside(bool empty)
        {
            if (empty)
                return;
            var depth = reader.Depth;
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
            }
        }

        private int CodeId(string attribute, SourceSpan span)
        {
            var value = reader.GetAttribute(attribute);
            if (value is null || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id > 1_000_000)
                throw new XliffRefusedException(span, $"<{reader.Name}> has {(value is null ? $"no `{attribute}`" : $"the {attribute} '{value}'")}, which names none of the inline codes briefc wrote (their ids are numbers: 1, 2, …)");
            return id;
        }

        private SourceSpan Here() =>
            reader is IXmlLineInfo info && info.HasLineInfo() ? new SourceSpan(path, info.LineNumber, Math.Max(1, info.LinePosition - 1)) : SourceSpan.StartOf(path);
    }
}
