using System.Globalization;
using System.Text;
using System.Xml;

namespace BriefingCompiler.Translation;

/// <summary>
/// Writes the units as an XLIFF file with <see cref="XmlWriter"/>: one <c>file</c> whose <c>original</c> names the
/// source briefing (relative to the XLIFF file's folder, where merge looks for it), one unit per
/// <see cref="TranslationUnit"/>. Inline codes are XLIFF inline codes — 2.1 <c>&lt;pc&gt;</c>/<c>&lt;ph/&gt;</c>
/// with the Markdown they stand for in <c>originalData</c>, 1.2 <c>&lt;g&gt;</c>/<c>&lt;x/&gt;</c> — so a CAT tool
/// shows them as tags the translator moves but cannot break. Layout whitespace is written by hand, never inside
/// <c>source</c> or <c>target</c>; the same units give the same bytes.
/// </summary>
public static class XliffWriter
{
    public const string Namespace20 = "urn:oasis:names:tc:xliff:document:2.0";
    public const string Namespace12 = "urn:oasis:names:tc:xliff:document:1.2";

    public static byte[] Write(IReadOnlyList<PlannedUnit> units, XliffVersion version, string sourceLanguage, string targetLanguage, string original)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = false,
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            if (version == XliffVersion.V21)
                Write21(writer, units, sourceLanguage, targetLanguage, original);
            else
                Write12(writer, units, sourceLanguage, targetLanguage, original);
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Write21(XmlWriter writer, IReadOnlyList<PlannedUnit> units, string sourceLanguage, string targetLanguage, string original)
    {
        Break(writer, 0);
        writer.WriteStartElement("xliff", Namespace20);
        writer.WriteAttributeString("version", "2.1");
        writer.WriteAttributeString("srcLang", sourceLanguage);
        writer.WriteAttributeString("trgLang", targetLanguage);
        Break(writer, 1);
        writer.WriteStartElement("file", Namespace20);
        writer.WriteAttributeString("id", "f1");
        writer.WriteAttributeString("original", original);
        foreach (var planned in units)
        {
            var unit = planned.Unit;
            Break(writer, 2);
            writer.WriteStartElement("unit", Namespace20);
            writer.WriteAttributeString("id", unit.Id);
            writer.WriteAttributeString("name", Location(unit));
            Break(writer, 3);
            writer.WriteStartElement("notes", Namespace20);
            Note21(writer, "location", Location(unit));
            foreach (var comment in unit.Comments)
                Note21(writer, "comment", comment);
            Break(writer, 3);
            writer.WriteEndElement();
            var codes = unit.Codes.ToList();
            if (codes.Count > 0)
            {
                Break(writer, 3);
                writer.WriteStartElement("originalData", Namespace20);
                foreach (var code in codes)
                {
                    Break(writer, 4);
                    writer.WriteStartElement("data", Namespace20);
                    writer.WriteAttributeString("id", DataId(code));
                    writer.WriteString(code.Markup);
                    writer.WriteEndElement();
                }
                Break(writer, 3);
                writer.WriteEndElement();
            }
            var state = planned.State switch
            {
                UnitState.Final => "final",
                UnitState.Translated => "translated",
                _ => "initial",
            };
            var segments = SentenceSegmenter.Align(unit.Source, planned.Target);
            for (var i = 0; i < segments.Count; i++)
            {
                var (source, target) = segments[i];
                Break(writer, 3);
                writer.WriteStartElement("segment", Namespace20);
                if (segments.Count > 1)
                    writer.WriteAttributeString("id", "s" + (i + 1).ToString(CultureInfo.InvariantCulture));
                writer.WriteAttributeString("state", state);
                Text21(writer, "source", source.Content);
                if (target is not null)
                    Text21(writer, "target", target.Content);
                Break(writer, 3);
                writer.WriteEndElement();
                if (source.Space.Length > 0 || (target is not null && target.Space.Length > 0))
                {
                    // The space between sentences is layout, not text to translate; the translation's own where it has other.
                    Break(writer, 3);
                    writer.WriteStartElement("ignorable", Namespace20);
                    Text21(writer, "source", [new InlineText(source.Space)]);
                    if (target is not null && target.Space != source.Space)
                        Text21(writer, "target", [new InlineText(target.Space)]);
                    Break(writer, 3);
                    writer.WriteEndElement();
                }
            }
            Break(writer, 2);
            writer.WriteEndElement();
        }
        Break(writer, 1);
        writer.WriteEndElement();
        Break(writer, 0);
        writer.WriteEndElement();
    }

    private static void Text21(XmlWriter writer, string element, IReadOnlyList<InlinePart> content)
    {
        Break(writer, 4);
        writer.WriteStartElement(element, Namespace20);
        writer.WriteAttributeString("xml", "space", null, "preserve");
        Content21(writer, content);
        writer.WriteEndElement();
    }

    private static void Note21(XmlWriter writer, string category, string text)
    {
        Break(writer, 4);
        writer.WriteStartElement("note", Namespace20);
        writer.WriteAttributeString("category", category);
        writer.WriteString(text);
        writer.WriteEndElement();
    }

    private static void Content21(XmlWriter writer, IReadOnlyList<InlinePart> parts)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case InlineText text:
                    writer.WriteString(text.Text);
                    break;
                case InlineCode { Kind: InlineCodeKind.Open } open:
                    writer.WriteStartElement("pc", Namespace20);
                    writer.WriteAttributeString("id", Id(open));
                    writer.WriteAttributeString("dataRefStart", DataId(open));
                    writer.WriteAttributeString("dataRefEnd", DataId(open with { Kind = InlineCodeKind.Close }));
                    writer.WriteAttributeString("type", Type21(open.Type));
                    writer.WriteAttributeString("canDelete", "no");
                    break;
                case InlineCode { Kind: InlineCodeKind.Close }:
                    writer.WriteEndElement();
                    break;
                case InlineCode standalone:
                    writer.WriteStartElement("ph", Namespace20);
                    writer.WriteAttributeString("id", Id(standalone));
                    writer.WriteAttributeString("dataRef", DataId(standalone));
                    writer.WriteAttributeString("type", Type21(standalone.Type));
                    writer.WriteAttributeString("canDelete", "no");
                    writer.WriteEndElement();
                    break;
            }
        }
    }

    private static void Write12(XmlWriter writer, IReadOnlyList<PlannedUnit> units, string sourceLanguage, string targetLanguage, string original)
    {
        Break(writer, 0);
        writer.WriteStartElement("xliff", Namespace12);
        writer.WriteAttributeString("version", "1.2");
        Break(writer, 1);
        writer.WriteStartElement("file", Namespace12);
        writer.WriteAttributeString("original", original);
        writer.WriteAttributeString("source-language", sourceLanguage);
        writer.WriteAttributeString("target-language", targetLanguage);
        writer.WriteAttributeString("datatype", "x-briefc-markdown");
        Break(writer, 2);
        writer.WriteStartElement("body", Namespace12);
        foreach (var planned in units)
        {
            var unit = planned.Unit;
            Break(writer, 3);
            writer.WriteStartElement("trans-unit", Namespace12);
            writer.WriteAttributeString("id", unit.Id);
            writer.WriteAttributeString("resname", Location(unit));
            // 1.2 says "final" with approved: CAT tools (and translate-toolkit) count only approved units as done.
            if (planned.State == UnitState.Final)
                writer.WriteAttributeString("approved", "yes");
            writer.WriteAttributeString("xml", "space", null, "preserve");
            Break(writer, 4);
            writer.WriteStartElement("source", Namespace12);
            Content12(writer, unit.Source);
            writer.WriteEndElement();
            var segments = SentenceSegmenter.Align(unit.Source, planned.Target);
            if (segments.Count > 1)
            {
                // The sentences as 1.2 marks them: <mrk mtype="seg"> in seg-source and target, the space between outside.
                Break(writer, 4);
                writer.WriteStartElement("seg-source", Namespace12);
                Segments12(writer, segments.Select(s => s.Source).ToList());
                writer.WriteEndElement();
            }
            if (planned.Target is { } target)
            {
                Break(writer, 4);
                writer.WriteStartElement("target", Namespace12);
                writer.WriteAttributeString("state", planned.State == UnitState.Final ? "final" : "translated");
                if (segments.Count > 1)
                    Segments12(writer, segments.Select(s => s.Target!).ToList());
                else
                    Content12(writer, target);
                writer.WriteEndElement();
            }
            else
            {
                // 1.2 keeps the state on the target; an empty one says "to translate" and leaves the text to the translator.
                Break(writer, 4);
                writer.WriteStartElement("target", Namespace12);
                writer.WriteAttributeString("state", "needs-translation");
                writer.WriteEndElement();
            }
            foreach (var comment in unit.Comments)
            {
                Break(writer, 4);
                writer.WriteStartElement("note", Namespace12);
                writer.WriteAttributeString("from", "author");
                writer.WriteString(comment);
                writer.WriteEndElement();
            }
            Break(writer, 3);
            writer.WriteEndElement();
        }
        Break(writer, 2);
        writer.WriteEndElement();
        Break(writer, 1);
        writer.WriteEndElement();
        Break(writer, 0);
        writer.WriteEndElement();
    }

    private static void Segments12(XmlWriter writer, IReadOnlyList<Segment> segments)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            writer.WriteStartElement("mrk", Namespace12);
            writer.WriteAttributeString("mtype", "seg");
            writer.WriteAttributeString("mid", (i + 1).ToString(CultureInfo.InvariantCulture));
            Content12(writer, segments[i].Content);
            writer.WriteEndElement();
            if (segments[i].Space.Length > 0)
                writer.WriteString(segments[i].Space);
        }
    }

    private static void Content12(XmlWriter writer, IReadOnlyList<InlinePart> parts)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case InlineText text:
                    writer.WriteString(text.Text);
                    break;
                case InlineCode { Kind: InlineCodeKind.Open } open:
                    writer.WriteStartElement("g", Namespace12);
                    writer.WriteAttributeString("id", Id(open));
                    writer.WriteAttributeString("ctype", open.Type switch { "bold" => "bold", "italic" => "italic", "link" => "link", _ => "x-" + open.Type });
                    break;
                case InlineCode { Kind: InlineCodeKind.Close }:
                    writer.WriteEndElement();
                    break;
                case InlineCode standalone:
                    writer.WriteStartElement("x", Namespace12);
                    writer.WriteAttributeString("id", Id(standalone));
                    writer.WriteAttributeString("ctype", standalone.Type == "image" ? "image" : "x-" + standalone.Type);
                    writer.WriteEndElement();
                    break;
            }
        }
    }

    /// <summary>Where the unit is in the briefing, for the translator: the field's path, and the block's number in a field of several.</summary>
    public static string Location(TranslationUnit unit) =>
        unit.Ordinal == 0
            ? unit.FieldPath
            : $"{unit.FieldPath} #{(unit.Ordinal + 1).ToString(CultureInfo.InvariantCulture)}";

    private static string Id(InlineCode code) => code.Id.ToString(CultureInfo.InvariantCulture);

    private static string DataId(InlineCode code) =>
        "d" + code.Id.ToString(CultureInfo.InvariantCulture) + (code.Kind == InlineCodeKind.Close ? "e" : "");

    private static string Type21(string type) => type switch
    {
        "bold" or "italic" => "fmt",
        "link" => "link",
        "image" => "image",
        _ => "other",
    };

    private static void Break(XmlWriter writer, int depth) => writer.WriteWhitespace("\n" + new string(' ', 2 * depth));
}
