using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Xml.Parser;
using BriefingCompiler.Pdf.Resources;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// Reads a standalone HTML or XHTML file (not a briefing) into the one HTML string the engine takes.
/// <list type="bullet">
/// <item>An XHTML file (<c>.xht</c>, <c>.xhtml</c>) is parsed as XML (AngleSharp.Xml) — <c>&lt;div/&gt;</c> is an
/// empty div, not an open one — and written back as HTML with <c>&lt;!DOCTYPE html&gt;</c> (an XML document
/// is never in quirks mode): elements, attributes and text as the XML parse has them, void elements without end
/// tags, style and script text unescaped. The engine then parses that HTML; as with any HTML parse, a table's rows
/// gain their implied tbody.</item>
/// <item>Style sheets linked with <c>&lt;link rel="stylesheet" href="…"&gt;</c> are inlined as <c>&lt;style&gt;</c> in
/// their place (keeping <c>media</c>), so the cascade order is the document's. Only a relative path to a file inside
/// the input's own folder or a folder below it is read (after following symbolic links); a URL with a scheme, a
/// rooted path, a path leading out of that folder, or a missing file is left out with a warning (PDF141). Nothing
/// is ever fetched from the network. An HTML file without such links is handed over exactly as written.</item>
/// </list>
/// </summary>
public static class HtmlFileLoader
{
    /// <summary>A linked style sheet larger than this is not read (no real one is near it).</summary>
    public const long MaximumStyleSheetBytes = 4 * 1024 * 1024;

    public const string NotWellFormedCode = "PDF140";
    public const string StyleSheetNotLoadedCode = "PDF141";

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Elements whose text the HTML parser takes literally: it must be written without escapes.</summary>
    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "style", "script", "xmp", "iframe", "noembed", "noframes",
    };

    public static bool IsXhtml(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".xht" or ".xhtml";

    public static LoadedHtml Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath)!;
        var problems = new List<InputProblem>();
        if (IsXhtml(fullPath))
        {
            IDocument document;
            try
            {
                document = new XmlParser(new XmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(WithHtmlEntitiesAsNumbers(File.ReadAllText(fullPath)));
            }
            catch (XmlParseException exception)
            {
                return new LoadedHtml(null, [new InputProblem(PdfMessageSeverity.Error, NotWellFormedCode,
                    $"The XHTML file is not well-formed XML here (an unclosed or misnested element, a bare & or <, an unknown entity); XHTML is parsed as XML. Fix the markup, or name the file .html to parse it as HTML.",
                    Math.Max(1, exception.Position.Line), Math.Max(1, exception.Position.Column))]);
            }

            if (document.DocumentElement is null)
                return new LoadedHtml(null, [new InputProblem(PdfMessageSeverity.Error, NotWellFormedCode, "The XHTML file has no root element.", 1, 1)]);
            var html = new StringBuilder("<!DOCTYPE html>\n");
            new Writer(html, folder, problems).Element(document.DocumentElement);
            return new LoadedHtml(html.ToString(), problems);
        }

        var text = File.ReadAllText(fullPath);
        var parsed = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(text);
        if (!parsed.QuerySelectorAll("link").Any(IsStyleSheetLink))
            return new LoadedHtml(text, problems);
        var written = new StringBuilder();
        if (parsed.Doctype is { } doctype)
            written.Append(DoctypeText(doctype)).Append('\n');
        new Writer(written, folder, problems).Element(parsed.DocumentElement);
        return new LoadedHtml(written.ToString(), problems);
    }

    /// <summary>
    /// XML knows five named references (<c>&amp;amp;</c>, <c>&amp;lt;</c>, <c>&amp;gt;</c>, <c>&amp;quot;</c>, <c>&amp;apos;</c>);
    /// browsers read XHTML with HTML's named references too (<c>&amp;nbsp;</c>, <c>&amp;eacute;</c>), from the XHTML DTD
    /// they know. The others are written as numeric references before the XML parse; one HTML does not know either
    /// is left for the parser to report. CDATA sections and comments are left as they are.
    /// </summary>
    public static string WithHtmlEntitiesAsNumbers(string xml)
    {
        var result = new StringBuilder(xml.Length);
        var i = 0;
        while (i < xml.Length)
        {
            if (xml.AsSpan(i).StartsWith("<![CDATA[") || xml.AsSpan(i).StartsWith("<!--"))
            {
                var close = xml.AsSpan(i).StartsWith("<!--") ? "-->" : "]]>";
                var end = xml.IndexOf(close, i, StringComparison.Ordinal);
                end = end < 0 ? xml.Length : end + close.Length;
                result.Append(xml, i, end - i);
                i = end;
                continue;
            }

            if (xml[i] == '&' && NamedReferenceEnd(xml, i) is { } semicolon)
            {
                var name = xml[(i + 1)..semicolon];
                var symbol = name is "amp" or "lt" or "gt" or "quot" or "apos" ? null : AngleSharp.Html.HtmlEntityProvider.Resolver.GetSymbol(name + ";");
                if (!string.IsNullOrEmpty(symbol))
                {
                    foreach (var rune in symbol.EnumerateRunes())
                        result.Append("&#x").Append(rune.Value.ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(';');
                    i = semicolon + 1;
                    continue;
                }
            }

            result.Append(xml[i]);
            i++;
        }

        return result.ToString();
    }

    /// <summary>Where the <c>;</c> of a named reference (<c>&amp;name;</c>) starting at <paramref name="ampersand"/> is, if it is one.</summary>
    private static int? NamedReferenceEnd(string text, int ampersand)
    {
        var i = ampersand + 1;
        if (i >= text.Length || !char.IsAsciiLetter(text[i]))
            return null;
        while (i < text.Length && i - ampersand <= 40 && char.IsAsciiLetterOrDigit(text[i]))
            i++;
        return i < text.Length && text[i] == ';' ? i : null;
    }

    /// <summary>
    /// The file a stylesheet link may read, or null with the reason it may not: a relative path (percent-decoded,
    /// query and fragment dropped) that stays inside <paramref name="folder"/> once resolved, symbolic links followed.
    /// </summary>
    public static string? StyleSheetPath(string folder, string href, out string reason)
    {
        reason = "";
        var reference = href.Trim();
        var end = reference.IndexOfAny(['?', '#']);
        if (end >= 0)
            reference = reference[..end];
        if (reference.StartsWith("//", StringComparison.Ordinal) || HasScheme(reference))
        {
            reason = "it is not a relative path (briefc reads style sheets only from the input's folder, never from the network)";
            return null;
        }

        string relative;
        try
        {
            relative = Uri.UnescapeDataString(reference);
        }
        catch (UriFormatException)
        {
            relative = reference;
        }

        if (relative.Length == 0 || Path.IsPathRooted(relative) || relative.StartsWith('/') || relative.StartsWith('\\'))
        {
            reason = "it is not a relative path to a file";
            return null;
        }

        // Every link on the way followed, in any component (ConfinedFolder): a linked folder is no way out either.
        var confined = new ConfinedFolder(folder);
        if (!Path.GetFullPath(Path.Combine(confined.Folder, relative)).StartsWith(confined.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            reason = "it leads out of the input's folder (style sheets are read only from that folder and below)";
            return null;
        }

        if (confined.ResolveFull(Path.Combine(confined.Folder, relative), out var problem) is not { } target)
        {
            reason = problem == "no such file" ? problem : problem + " (style sheets are read only from the input's folder and below)";
            return null;
        }

        if (new FileInfo(target).Length > MaximumStyleSheetBytes)
        {
            reason = $"it is larger than {MaximumStyleSheetBytes / (1024 * 1024)} MiB";
            return null;
        }

        return target;
    }

    /// <summary>Whether a URL starts with a scheme (<c>http:</c>, <c>file:</c>, <c>data:</c>…; a drive letter counts too).</summary>
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && char.IsAsciiLetter(url[0]) && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }

    private static bool IsStyleSheetLink(IElement element) =>
        string.Equals(element.LocalName, "link", StringComparison.OrdinalIgnoreCase)
        && (element.GetAttribute("rel") ?? "").Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries) is var rel
        && rel.Contains("stylesheet", StringComparer.OrdinalIgnoreCase)
        && !rel.Contains("alternate", StringComparer.OrdinalIgnoreCase);

    private static string DoctypeText(IDocumentType doctype)
    {
        var text = new StringBuilder("<!DOCTYPE ").Append(doctype.Name);
        if (!string.IsNullOrEmpty(doctype.PublicIdentifier))
            text.Append(" PUBLIC \"").Append(doctype.PublicIdentifier).Append('"');
        if (!string.IsNullOrEmpty(doctype.SystemIdentifier))
            text.Append(string.IsNullOrEmpty(doctype.PublicIdentifier) ? " SYSTEM \"" : " \"").Append(doctype.SystemIdentifier).Append('"');
        return text.Append('>').ToString();
    }

    /// <summary>Writes a DOM as HTML the HTML parser reads back into the same elements, inlining stylesheet links.</summary>
    private sealed class Writer(StringBuilder html, string folder, List<InputProblem> problems)
    {
        public void Element(IElement element)
        {
            var name = element.LocalName;
            if (IsStyleSheetLink(element))
            {
                StyleSheet(element);
                return;
            }

            html.Append('<').Append(name);
            foreach (var attribute in element.Attributes)
            {
                html.Append(' ').Append(attribute.Name).Append("=\"").Append(Escape(attribute.Value, inAttribute: true)).Append('"');
            }

            html.Append('>');
            if (VoidElements.Contains(name))
                return;
            if (RawTextElements.Contains(name))
            {
                html.Append(element.TextContent);
            }
            else
            {
                // The HTML parser drops a newline right after <pre>/<textarea>/<listing>: write one more to keep the text's own.
                if (name is "pre" or "textarea" or "listing" && element.FirstChild is IText { Data: ['\n', ..] })
                    html.Append('\n');
                foreach (var child in element.ChildNodes)
                {
                    Node(child);
                }
            }

            html.Append("</").Append(name).Append('>');
        }

        private void Node(INode node)
        {
            switch (node)
            {
                case IElement child:
                    Element(child);
                    break;
                case IComment:
                case IProcessingInstruction:
                    break;
                case ICharacterData text:
                    html.Append(Escape(text.Data, inAttribute: false));
                    break;
            }
        }

        private void StyleSheet(IElement link)
        {
            var href = link.GetAttribute("href") ?? "";
            var path = StyleSheetPath(folder, href, out var reason);
            if (path is null)
            {
                var position = link.SourceReference?.Position;
                problems.Add(new InputProblem(PdfMessageSeverity.Warning, StyleSheetNotLoadedCode,
                    $"The style sheet '{href}' is not used: {reason}.", Math.Max(1, position?.Line ?? 1), Math.Max(1, position?.Column ?? 1)));
                return;
            }

            html.Append("<style");
            if (link.GetAttribute("media") is { } media)
                html.Append(" media=\"").Append(Escape(media, inAttribute: true)).Append('"');
            // A style element ends at the first "</style": a sheet cannot close it early (in CSS "\/" is "/").
            html.Append('>').Append(StyleSheetText(path).Replace("</style", "<\\/style", StringComparison.OrdinalIgnoreCase)).Append("</style>");
        }

        /// <summary>A style sheet's text: UTF-8, or UTF-16/32 when a byte order mark says so (as browsers read them).</summary>
        private static string StyleSheetText(string path)
        {
            using var reader = new StreamReader(new MemoryStream(RegularFile.ReadAllBytes(path, MaximumStyleSheetBytes)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        private static string Escape(string text, bool inAttribute)
        {
            var escaped = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                escaped.Append(c switch
                {
                    '&' => "&amp;",
                    '<' when !inAttribute => "&lt;",
                    '>' when !inAttribute => "&gt;",
                    '"' when inAttribute => "&quot;",
                    '\u00A0' => "&nbsp;",
                    _ => c.ToString(),
                });
            }

            return escaped.ToString();
        }
    }
}
