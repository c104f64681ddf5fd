using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BriefingCompiler.Pdf.Fonts;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// PDF/A-1b (<c>--pdf-standard a-1b</c>) read back without a validator: the conditions of ISO 19005-1 that need no
/// Java — a PDF 1.4 file with a classic cross-reference table whose offsets point at their objects, no object or
/// cross-reference streams, a trailer <c>/ID</c>, XMP with <c>pdfaid:part 1</c>, the sRGB output intent, a CIDSet per
/// embedded CID font naming exactly the CIDs the font maps (each to a glyph of the embedded program), printable
/// annotations, and no transparency: translucent paint flattened over white with a warning naming the element.
/// PDFBox Preflight itself runs in <c>conformance/pdfa/preflight.sh</c>.
/// </summary>
public class PdfA1Tests
{
    private const string TransparentPng =
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAD0lEQVR4nGP4z8DwH4gZABD4Av6s6Ub4AAAAAElFTkSuQmCC";

    private static readonly PdfStandard PdfA1b = PdfStandard.TryParse("ua-1,a-1b", out _)!;

    private static FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    private static PdfRenderOptions Options(PdfStandard standard) =>
        new() { Date = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), Standard = standard };

    private static PdfRenderResult Render(string body, PdfStandard? standard = null, string style = "") =>
        new PdfRenderer(catalog).RenderPdf($$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Archived briefing</title>
            <style>@page { size: A5; margin: 15mm } body { font-family: "Noto Sans", "Noto Sans SC", "Noto Naskh Arabic", sans-serif } {{style}}</style></head>
            <body>
            {{body}}
            </body></html>
            """, Options(standard ?? PdfA1b));

    private const string Text = """
        <h1>Meeting of the committee</h1>
        <p>The committee met on <a href="https://example.org/">Tuesday</a>; see <a href="#agenda">the agenda</a>.</p>
        <p>委员会在会议上讨论了议程。</p>
        <p lang="ar" dir="rtl">اجتماع اللجنة الاستشارية</p>
        <h2 id="agenda">Agenda</h2><ol><li>Opening</li><li>Closing</li></ol>
        """;

    [Test]
    public void A_pdf_a_1b_file_is_pdf_1_4_with_a_classic_cross_reference_table_and_no_object_or_cross_reference_streams()
    {
        var bytes = Render(Text).Pdf;
        var text = Encoding.Latin1.GetString(bytes);

        Assert.That(text, Does.StartWith("%PDF-1.4\n%"));
        Assert.That(bytes[10..14].All(b => b > 127), Is.True, "the binary comment");
        Assert.That(text, Does.Not.Contain("/ObjStm"));
        Assert.That(text, Does.Not.Contain("/Type/XRef"));
        var startXref = long.Parse(Regex.Match(text, @"startxref\n(\d+)\n%%EOF\n$").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.That(text[(int)startXref..], Does.StartWith("xref\n0 "));
        var table = Regex.Match(text[(int)startXref..], @"^xref\n0 (\d+)\n((?:\d{10} \d{5} [fn]\r\n)+)trailer\n<<(.*?)>>\n");
        Assert.That(table.Success, Is.True, "a cross-reference table of 20-byte entries, then the trailer");
        var entries = Regex.Matches(table.Groups[2].Value, @"(\d{10}) (\d{5}) ([fn])\r\n");
        Assert.That(entries, Has.Count.EqualTo(int.Parse(table.Groups[1].Value, CultureInfo.InvariantCulture)));
        for (var number = 1; number < entries.Count; number++)
        {
            var offset = int.Parse(entries[number].Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.That(text[offset..], Does.StartWith($"{number} 0 obj\n"), $"object {number}'s offset");
        }

        Assert.That(table.Groups[3].Value, Does.Match(@"/ID\[<[0-9A-F]{32}><[0-9A-F]{32}>\]"));
        using var pdf = PdfDocument.Open(bytes);
        Assert.That(pdf.NumberOfPages, Is.EqualTo(1));
        Assert.That(pdf.GetPage(1).Text, Does.Contain("Meeting of the committee"));
    }

    [Test]
    public void Pdf_a_1b_identifies_itself_as_part_1_level_b_with_the_srgb_output_intent_and_printable_annotations()
    {
        var bytes = Render(Text).Pdf;
        using var pdf = PdfDocument.Open(bytes);

        Assert.That(pdf.TryGetXmpMetadata(out var xmp), Is.True);
        var document = XDocument.Parse(Encoding.UTF8.GetString(xmp!.GetXmlBytes().ToArray()).TrimStart('\uFEFF'));
        XNamespace pdfaid = "http://www.aiim.org/pdfa/ns/id/", pdfuaid = "http://www.aiim.org/pdfua/ns/id/";
        Assert.That(document.Descendants(pdfaid + "part").Single().Value, Is.EqualTo("1"));
        Assert.That(document.Descendants(pdfaid + "conformance").Single().Value, Is.EqualTo("B"));
        Assert.That(document.Descendants(pdfuaid + "part").Single().Value, Is.EqualTo("1"));
        var metadata = Resolve<StreamToken>(pdf, pdf.Structure.Catalog.CatalogDictionary.Data["Metadata"]);
        Assert.That(metadata.StreamDictionary.ContainsKey(NameToken.Create("Filter")), Is.False, "PDF/A keeps the XMP packet unfiltered");
        Assert.That(Encoding.UTF8.GetString(metadata.Data.Span), Does.Contain("<pdfaid:part>1</pdfaid:part>"));
        var intent = (DictionaryToken)((ArrayToken)pdf.Structure.Catalog.CatalogDictionary.Data["OutputIntents"])[0];
        Assert.That(((NameToken)intent.Data["S"]).Data, Is.EqualTo("GTS_PDFA1"));

        var annotations = pdf.GetPage(1).ExperimentalAccess.GetAnnotations().ToList();
        Assert.That(annotations, Has.Count.EqualTo(2));
        Assert.That(annotations.Select(a => ((NumericToken)a.AnnotationDictionary.Data["F"]).Int & 4), Is.All.EqualTo(4), "the print flag");
        var syntax = PdfObjectText.Of(bytes);
        Assert.That(syntax, Does.Not.Contain("/JavaScript").And.Not.Contain("/LZWDecode").And.Not.Contain("/Encrypt"));
    }

    [Test]
    public void Every_embedded_cid_font_has_a_cid_set_of_exactly_its_cids_each_mapped_to_a_glyph_of_the_embedded_program()
    {
        var bytes = Render(Text).Pdf;
        using var pdf = PdfDocument.Open(bytes);
        var usedCids = UsedCids(pdf);
        var descriptors = 0;
        foreach (var font in Objects(pdf).OfType<DictionaryToken>().Where(d => d.Data.TryGetValue("Subtype", out var s) && s is NameToken { Data: "CIDFontType2" }))
        {
            var descriptor = Resolve<DictionaryToken>(pdf, font.Data["FontDescriptor"]);
            var name = ((NameToken)descriptor.Data["FontName"]).Data;
            Assert.That(descriptor.Data.ContainsKey("CIDSet"), Is.True, $"{name}: a CIDSet");
            var cidSet = Inflate(Resolve<StreamToken>(pdf, descriptor.Data["CIDSet"]));
            var map = Inflate(Resolve<StreamToken>(pdf, font.Data["CIDToGIDMap"]));
            var glyphCount = GlyphCount(Inflate(Resolve<StreamToken>(pdf, descriptor.Data["FontFile2"])));
            var cidCount = map.Length / 2;
            Assert.That(cidSet, Has.Length.EqualTo((cidCount + 7) / 8), name);
            for (var cid = 0; cid < cidSet.Length * 8; cid++)
            {
                var inSet = (cidSet[cid / 8] & (0x80 >> (cid % 8))) != 0;
                Assert.That(inSet, Is.EqualTo(cid < cidCount), $"{name}: CID {cid} in the CIDSet");
                if (cid < cidCount) Assert.That(BinaryPrimitives.ReadUInt16BigEndian(map.AsSpan(cid * 2)), Is.LessThan(glyphCount), $"{name}: CID {cid}'s glyph is in the program");
            }

            var fontName = ((NameToken)font.Data["BaseFont"]).Data;
            Assert.That(usedCids.GetValueOrDefault(fontName, []), Is.Not.Empty.And.All.LessThan(cidCount), $"{name}: every CID drawn is in the CIDSet");
            descriptors++;
        }

        Assert.That(descriptors, Is.GreaterThanOrEqualTo(3), "Latin, Chinese and Arabic faces");
    }

    [Test]
    public void Embedded_font_programs_keep_the_tables_readers_use_and_leave_out_the_cmap_vertical_metrics_and_shaping_tables(
        [Values("ua-1,a-1b", "ua-1")] string standard)
    {
        var bytes = Render(Text, PdfStandard.TryParse(standard, out _)).Pdf;
        using var pdf = PdfDocument.Open(bytes);
        var programs = 0;
        foreach (var descriptor in Objects(pdf).OfType<DictionaryToken>().Where(d => d.Data.ContainsKey("FontFile2")))
        {
            var name = ((NameToken)descriptor.Data["FontName"]).Data;
            var tables = TableTags(Inflate(Resolve<StreamToken>(pdf, descriptor.Data["FontFile2"])));
            // ISO 32000-1 §9.9: what a TrueType program in a PDF needs (cvt, fpgm and prep only with hints, which are left out).
            Assert.That(tables, Is.SupersetOf(new[] { "head", "hhea", "maxp", "hmtx", "loca", "glyf" }), name);
            // A CIDFontType2 reaches its glyphs through /CIDToGIDMap, text is written horizontally, and it is shaped already.
            Assert.That(tables, Has.None.AnyOf("cmap", "vhea", "vmtx", "VORG", "GSUB", "GPOS", "GDEF"), name);
            programs++;
        }

        Assert.That(programs, Is.GreaterThanOrEqualTo(3), "Latin, Chinese and Arabic faces");
        Assert.That(pdf.GetPage(1).Text, Does.Contain("Meeting of the committee").And.Contain("委员会在会议上讨论了议程"), "the text still reads");
    }

    [Test]
    public void Each_embedded_program_has_outlines_only_for_the_glyphs_its_cids_map_to_and_their_components()
    {
        // The programs are made from the glyphs of the pages' text runs before the pages are drawn (PdfResources
        // .ForeseeFontPrograms); glyphs drawn as outlines instead (the Arabic dots and marks whose text their base carries)
        // have no CID, and a program that held them would carry outlines no CID reaches.
        var bytes = Render(Text, PdfStandard.TryParse("ua-1", out _)).Pdf;
        using var pdf = PdfDocument.Open(bytes);
        var fonts = 0;
        foreach (var font in Objects(pdf).OfType<DictionaryToken>().Where(d => d.Data.TryGetValue("Subtype", out var s) && s is NameToken { Data: "CIDFontType2" }))
        {
            var descriptor = Resolve<DictionaryToken>(pdf, font.Data["FontDescriptor"]);
            var name = ((NameToken)descriptor.Data["FontName"]).Data;
            var map = Inflate(Resolve<StreamToken>(pdf, font.Data["CIDToGIDMap"]));
            var mapped = Enumerable.Range(0, map.Length / 2).Select(cid => (int)BinaryPrimitives.ReadUInt16BigEndian(map.AsSpan(cid * 2))).ToHashSet();
            var program = Inflate(Resolve<StreamToken>(pdf, descriptor.Data["FontFile2"]));
            var outlines = GlyphsWithOutlines(program);
            var reached = new HashSet<int>();
            foreach (var glyph in mapped) AddWithComponents(program, glyph, reached);
            Assert.That(outlines, Is.SubsetOf(reached), $"{name}: every outline in the program is a mapped glyph or a component of one");
            Assert.That(outlines, Is.Not.Empty, name);
            fonts++;
        }

        Assert.That(fonts, Is.GreaterThanOrEqualTo(3), "Latin, Chinese and Arabic faces");
    }

    [Test]
    public void Translucent_paint_is_flattened_over_white_with_a_warning_naming_the_first_translucent_element()
    {
        const string body = """
            <p>Opaque text first.</p>
            <div style="background: rgba(0, 0, 255, 0.5); padding: 4pt"><p>On a translucent blue.</p></div>
            <div style="opacity: 0.5"><p style="background: #f00">Half opacity</p></div>
            <p><img src="PNG" alt="Two pixels, one transparent" width="20" height="10"></p>
            """;
        var html = body.Replace("PNG", TransparentPng);
        var archived = Render(html);
        var syntax = PdfObjectText.Of(archived.Pdf);

        Assert.That(syntax, Does.Not.Contain("/SMask").And.Not.Contain("/Transparency").And.Not.Contain("/ca ").And.Not.Contain("/CA "));
        Assert.That(syntax, Does.Contain("0.498 0.498 1 rg"), "rgba(0, 0, 255, 0.5) over white (the alpha is kept as 127/255)");
        Assert.That(syntax, Does.Contain("1 0.502 0.502 rg"), "red inside opacity 0.5, over white");
        var warning = archived.Messages.Single(m => m.Code == "PDF312");
        Assert.That(warning.Source?.Line, Is.EqualTo(5), "the div with the translucent background");

        var kept = Render(html, PdfStandard.TryParse("ua-1,a-2b", out _)!);
        Assert.That(PdfObjectText.Of(kept.Pdf), Does.Contain("/SMask").And.Contain("/ca "), "PDF/A-2 keeps transparency");
        Assert.That(kept.Messages.Select(m => m.Code), Has.None.EqualTo("PDF312"));
        Assert.That(Render("<p>Opaque only.</p>").Messages.Select(m => m.Code), Has.None.EqualTo("PDF312"));
    }

    [Test]
    public void An_image_with_transparency_is_composited_onto_white_under_pdf_a_1b()
    {
        var bytes = Render($"<p><img src=\"{TransparentPng}\" alt=\"Two pixels\" width=\"20\" height=\"10\"></p>").Pdf;
        using var pdf = PdfDocument.Open(bytes);
        var image = Objects(pdf).OfType<StreamToken>().Single(s => s.StreamDictionary.Data.TryGetValue("Subtype", out var t) && t is NameToken { Data: "Image" });

        Assert.That(image.StreamDictionary.ContainsKey(NameToken.Create("SMask")), Is.False);
        var pixels = Inflate(image);
        // The PNG: an opaque red pixel, then a red one of alpha 0 (white once composited).
        Assert.That(pixels, Is.EqualTo(new byte[] { 255, 0, 0, 255, 255, 255 }));
    }

    [Test]
    public void Pdf_a_1b_gives_the_same_bytes_twice()
    {
        Assert.That(Render(Text).Pdf, Is.EqualTo(Render(Text).Pdf));
    }

    [Test]
    public void An_empty_layer_is_still_a_complete_flate_stream()
    {
        // An element with opacity and nothing painted in it makes an empty form; zlib data of no bytes is still 8 bytes long.
        var bytes = Render("<p>Text</p><div style=\"opacity: 0.5; height: 10pt\"></div><div style=\"opacity: 0.5\"><p>x</p></div>", PdfStandard.TryParse("a-2b", out _)!).Pdf;
        using var pdf = PdfDocument.Open(bytes);
        foreach (var stream in Objects(pdf).OfType<StreamToken>().Where(s => s.StreamDictionary.Data.TryGetValue("Filter", out var f) && f is NameToken { Data: "FlateDecode" }))
        {
            using var zlib = new ZLibStream(new MemoryStream(stream.Data.ToArray()), CompressionMode.Decompress);
            Assert.That(() => zlib.CopyTo(Stream.Null), Throws.Nothing);
            Assert.That(stream.Data.Length, Is.GreaterThanOrEqualTo(8));
        }
    }

    private static IEnumerable<IToken> Objects(PdfDocument pdf)
    {
        for (var number = 1; number < 100_000; number++)
        {
            IToken? token;
            try
            {
                token = pdf.Structure.GetObject(new UglyToad.PdfPig.Core.IndirectReference(number, 0))?.Data;
            }
            catch (Exception)
            {
                yield break;
            }

            if (token is null) yield break;
            yield return token;
        }
    }

    private static T Resolve<T>(PdfDocument pdf, IToken token) where T : IToken =>
        token is IndirectReferenceToken reference ? (T)pdf.Structure.GetObject(reference.Data).Data : (T)token;

    private static byte[] Inflate(StreamToken stream)
    {
        var data = stream.Data.ToArray();
        if (!stream.StreamDictionary.Data.TryGetValue("Filter", out var filter) || filter is not NameToken { Data: "FlateDecode" }) return data;
        using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>The tags of a TrueType program's tables, from its table directory.</summary>
    private static List<string> TableTags(byte[] program) =>
        Enumerable.Range(0, BinaryPrimitives.ReadUInt16BigEndian(program.AsSpan(4))).Select(i => Encoding.ASCII.GetString(program, 12 + 16 * i, 4)).ToList();

    /// <summary>A TrueType program's table: its offset and length, from the table directory.</summary>
    private static (int Offset, int Length) Table(byte[] program, string tag)
    {
        int tables = BinaryPrimitives.ReadUInt16BigEndian(program.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var record = program.AsSpan(12 + 16 * i);
            if (Encoding.ASCII.GetString(record[..4]) == tag)
                return ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        throw new AssertionException($"no {tag} table");
    }

    /// <summary>Where glyph <paramref name="glyph"/>'s data lies in the program (an empty range: no outline), from loca.</summary>
    private static (int Start, int End) GlyphData(byte[] program, int glyph)
    {
        var (head, _) = Table(program, "head");
        var (loca, _) = Table(program, "loca");
        var (glyf, _) = Table(program, "glyf");
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(program.AsSpan(head + 50)) == 1;
        int Offset(int index) => longOffsets
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(program.AsSpan(loca + 4 * index))
            : 2 * BinaryPrimitives.ReadUInt16BigEndian(program.AsSpan(loca + 2 * index));
        return (glyf + Offset(glyph), glyf + Offset(glyph + 1));
    }

    /// <summary>The glyphs of a TrueType program that have outline data.</summary>
    private static HashSet<int> GlyphsWithOutlines(byte[] program) =>
        Enumerable.Range(0, GlyphCount(program)).Where(g => GlyphData(program, g) is var (start, end) && end > start).ToHashSet();

    /// <summary><paramref name="glyph"/> and, if it is a composite, the glyphs it is made of (OpenType glyf, composite glyph description).</summary>
    private static void AddWithComponents(byte[] program, int glyph, HashSet<int> glyphs)
    {
        if (!glyphs.Add(glyph)) return;
        var (start, end) = GlyphData(program, glyph);
        if (end <= start || BinaryPrimitives.ReadInt16BigEndian(program.AsSpan(start)) >= 0) return;
        var at = start + 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(program.AsSpan(at));
            AddWithComponents(program, BinaryPrimitives.ReadUInt16BigEndian(program.AsSpan(at + 2)), glyphs);
            at += 4 + ((flags & 0x1) != 0 ? 4 : 2) + ((flags & 0x8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
        }
        while ((flags & 0x20) != 0);
    }

    /// <summary>numGlyphs from a TrueType program's maxp table.</summary>
    private static int GlyphCount(byte[] program)
    {
        int tables = BinaryPrimitives.ReadUInt16BigEndian(program.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var record = program.AsSpan(12 + 16 * i);
            if (Encoding.ASCII.GetString(record[..4]) == "maxp") return BinaryPrimitives.ReadUInt16BigEndian(program.AsSpan((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]) + 4));
        }

        throw new AssertionException("no maxp table");
    }

    /// <summary>The CIDs each font (by BaseFont) draws: the two-byte codes of the hex strings shown while it is selected.</summary>
    private static Dictionary<string, HashSet<int>> UsedCids(PdfDocument pdf)
    {
        var used = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var resourceFonts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var dictionary in Objects(pdf).OfType<DictionaryToken>().Where(d => d.Data.ContainsKey("ProcSet")))
        {
            if (!dictionary.Data.TryGetValue("Font", out var fontsToken)) continue;
            foreach (var (key, value) in Resolve<DictionaryToken>(pdf, fontsToken).Data)
            {
                resourceFonts[key] = ((NameToken)Resolve<DictionaryToken>(pdf, value).Data["BaseFont"]).Data;
            }
        }

        foreach (var page in Objects(pdf).OfType<DictionaryToken>().Where(d => d.Data.TryGetValue("Type", out var t) && t is NameToken { Data: "Page" }))
        {
            var content = Encoding.Latin1.GetString(Inflate(Resolve<StreamToken>(pdf, page.Data["Contents"])));
            string? current = null;
            // A font selected, or a TJ array (whose strings, literal or hex, hold two-byte codes; a literal string's
            // bytes may be anything, "]" included, with ( ) \ CR LF escaped).
            foreach (Match token in Regex.Matches(content, @"/(F\d+) [\d.]+ Tf|\[((?:\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f]*>|[-\d. ])*)\] ?TJ"))
            {
                if (token.Groups[1].Success)
                {
                    current = resourceFonts[token.Groups[1].Value];
                    continue;
                }

                if (current is null) continue;
                var set = used.TryGetValue(current, out var s) ? s : used[current] = [];
                foreach (Match text in Regex.Matches(token.Groups[2].Value, @"\(((?:\\[\s\S]|[^\\)])*)\)|<([0-9A-Fa-f]*)>"))
                {
                    var codes = text.Groups[1].Success ? Unescape(text.Groups[1].Value) : Convert.FromHexString(text.Groups[2].Value);
                    for (var at = 0; at + 2 <= codes.Length; at += 2) set.Add(BinaryPrimitives.ReadUInt16BigEndian(codes.AsSpan(at)));
                }
            }
        }

        return used;

        // A literal string's bytes (ISO 32000-1 §7.3.4.2): \r, \n and \ before any other byte, as the writer escapes them.
        static byte[] Unescape(string literal)
        {
            var bytes = new List<byte>();
            for (var i = 0; i < literal.Length; i++)
            {
                if (literal[i] != '\\') bytes.Add((byte)literal[i]);
                else bytes.Add(literal[++i] switch { 'r' => (byte)'\r', 'n' => (byte)'\n', var c => (byte)c });
            }

            return [.. bytes];
        }
    }
}
