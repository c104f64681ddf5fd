using System.Xml.Linq;

namespace BriefingCompiler.Conformance;

/// <summary>
/// The fontconfig file a peer runs with (through <c>FONTCONFIG_FILE</c>): the repository's bundled fonts and the suite's
/// Ahem and nothing of the system's, so a peer sets text in the very faces our engine uses, and the generic families
/// resolved as our engine resolves them (<c>FontCatalog.NormalizeFamily</c>: serif is Tinos, sans-serif Noto Sans,
/// monospace Noto Sans Mono). A family that matches nothing falls back to serif, as our engine's does to its default.
/// </summary>
public static class PeerFontConfig
{
    /// <summary>Family → the bundled family our engine answers it with (generic families and the metric-compatible Times names).</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["serif"] = "Tinos",
        ["ui-serif"] = "Tinos",
        ["fangsong"] = "Tinos",
        ["Times"] = "Tinos",
        ["Times New Roman"] = "Tinos",
        ["Liberation Serif"] = "Tinos",
        ["sans-serif"] = "Noto Sans",
        ["system-ui"] = "Noto Sans",
        ["ui-sans-serif"] = "Noto Sans",
        ["cursive"] = "Noto Sans",
        ["fantasy"] = "Noto Sans",
        ["ui-rounded"] = "Noto Sans",
        ["monospace"] = "Noto Sans Mono",
        ["ui-monospace"] = "Noto Sans Mono",
        ["emoji"] = "Noto Emoji",
        ["math"] = "Noto Sans Math",
    };

    /// <summary>The file's text: <paramref name="fontFolders"/> as its only font folders, its cache in <paramref name="cacheFolder"/>.</summary>
    public static string Text(IEnumerable<string> fontFolders, string cacheFolder)
    {
        var root = new XElement("fontconfig",
            fontFolders.Select(f => new XElement("dir", Path.GetFullPath(f))),
            new XElement("cachedir", Path.GetFullPath(cacheFolder)),
            // Every pattern ends in serif, so a family no font has gives way to the default font (fontconfig alone
            // would answer with whichever face sorts first).
            new XElement("match", new XAttribute("target", "pattern"),
                new XElement("edit", new XAttribute("name", "family"), new XAttribute("mode", "append_last"), new XElement("string", "serif"))),
            Aliases.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a =>
                new XElement("match", new XAttribute("target", "pattern"),
                    new XElement("test", new XAttribute("name", "family"), new XElement("string", a.Key)),
                    new XElement("edit", new XAttribute("name", "family"), new XAttribute("mode", "assign"), new XAttribute("binding", "strong"),
                        new XElement("string", a.Value)))));
        var document = new XDocument(new XDocumentType("fontconfig", null, "urn:fontconfig:fonts.dtd", null), root);
        return "<?xml version=\"1.0\"?>\n" + document.ToString() + "\n";
    }
}
