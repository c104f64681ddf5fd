using System.Text;
using System.Text.RegularExpressions;

namespace BriefingCompiler.Conformance;

/// <summary>
/// A copy of a suite page with a style sheet put first in its head, for a peer that takes no user style sheet
/// (Chromium), and a <c>&lt;base&gt;</c> so that the copy, written elsewhere, still finds its style sheets, images and
/// references where the page is. First, so that the base applies to every address of the page, and the page's own
/// rules come after the style (only an important declaration of the page's could win over it). The text is read and written as Latin-1 (UTF-16 when it has that byte
/// order mark) so that every byte of the page, whatever its encoding, stays as it was around the inserted ASCII.
/// </summary>
public static partial class PageStyleInjection
{
    /// <summary>The page with <paramref name="style"/> and a base of <paramref name="baseFolder"/> (an absolute folder)
    /// inserted after the head's start tag, else after the root's, else after the doctype (never before it: that would
    /// switch an HTML page to quirks mode; the HTML parser puts a style that comes before everything into the head).</summary>
    public static string Into(string page, string baseFolder, string style)
    {
        var baseUri = new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(baseFolder)) + Path.DirectorySeparatorChar).AbsoluteUri;
        // Hidden even from a page that shows its head's elements (some box-display tests give head and style a display).
        const string Hidden = "style=\"display: none !important\"";
        var inserted = $"<base href=\"{baseUri.Replace("\"", "%22", StringComparison.Ordinal)}\" {Hidden}/><style type=\"text/css\" {Hidden}>{style}</style>";
        var at = new[] { HeadStart(), RootStart(), Doctype(), XmlDeclaration() }
            .Select(r => r.Match(page)).FirstOrDefault(m => m.Success) is { } match ? match.Index + match.Length : 0;
        return page.Insert(at, inserted);
    }

    /// <summary><see cref="Into(string, string, string)"/> on a file, written to <paramref name="copy"/>.</summary>
    public static void Copy(string page, string copy, string style)
    {
        var bytes = File.ReadAllBytes(page);
        // A UTF-16 page (its byte order mark says so) is read as such; any other as bytes.
        var encoding = bytes is [0xFF, 0xFE, ..] ? Encoding.Unicode : bytes is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode : Encoding.Latin1;
        File.WriteAllBytes(copy, encoding.GetBytes(Into(encoding.GetString(bytes), Path.GetDirectoryName(Path.GetFullPath(page))!, style)));
    }

    [GeneratedRegex(@"<head(\s[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex HeadStart();

    [GeneratedRegex(@"<html(\s[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex RootStart();

    [GeneratedRegex(@"<!DOCTYPE[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Doctype();

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();
}
