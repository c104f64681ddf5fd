using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace BriefingCompiler.Pdf.Text;

/// <summary>HarfBuzz shaping of a slice of a paragraph (the whole paragraph is passed as context so that
/// joining and kerning at the slice edges see their neighbours). Kerning, ligatures and Arabic joining come
/// from the face's default features.</summary>
internal static class TextShaper
{
    public static ShapedGlyph[] Shape(string text, int start, int end, Fonts.FontFace face, TextStyle style, Script script, Direction direction)
    {
        var font = face.Shaper ?? throw new InvalidOperationException($"{face} has no shaping font.");
        using var buffer = new Buffer();
        buffer.AddUtf16(text, start, end - start);
        buffer.Direction = direction;
        if (script != Script.Common && script != Script.Inherited && script != Script.Unknown) buffer.Script = script;
        // The text's language selects the font's localized forms (OpenType locl: Serbian and Macedonian Cyrillic,
        // Romanian ş/ţ, Turkish i, regional CJK punctuation); without one, HarfBuzz's guess as before.
        if (!string.IsNullOrEmpty(style.Language)) buffer.Language = new Language(style.Language);
        buffer.GuessSegmentProperties();
        buffer.Direction = direction;
        // In cursive scripts a mark (shadda, tanwin, harakat) keeps a cluster of its own instead of joining its letter's,
        // so the PDF writer knows which glyph is the mark and can give it the mark's text (PdfContentBuilder).
        // Letter-spacing, counted per cluster, is zero in these scripts.
        if (IsCursive(script)) buffer.ClusterLevel = ClusterLevel.MonotoneCharacters;
        // CSS Text 3 §8.2: cursive scripts get no letter-spacing (space between letters would break their
        // joins); elsewhere, with letter-spacing, optional ligatures are off.
        var letterSpacing = IsCursive(script) ? 0 : style.LetterSpacing;
        if (letterSpacing != 0) font.Shape(buffer, NoOptionalLigatures());
        else font.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = style.FontSize / face.UnitsPerEm;
        var glyphs = new ShapedGlyph[infos.Length];
        for (var i = 0; i < infos.Length; i++)
        {
            var info = infos[i];
            var position = positions[i];
            var advance = position.XAdvance * scale;
            // CSS letter-spacing goes after every character: add it once per cluster, on its last glyph; a bidi control in
            // the text is no character that shows (a browser adds nothing after it either).
            if (letterSpacing != 0 && (i == infos.Length - 1 || infos[i + 1].Cluster != info.Cluster)
                && !BidiAlgorithm.IsDirectionalFormatting(BidiAlgorithm.CodePointAt(text, (int)info.Cluster)))
                advance += letterSpacing;
            glyphs[i] = new ShapedGlyph(
                (ushort)info.Codepoint,
                (int)info.Cluster,
                advance,
                position.XOffset * scale,
                -position.YOffset * scale,
                (info.GlyphFlags & GlyphFlags.UnsafeToBreak) != 0);
        }

        return glyphs;
    }

    /// <summary>Scripts whose letters join one another (the ones HarfBuzz's Arabic shaper serves, Hanifi Rohingya
    /// and Sogdian aside): Arabic, Syriac, N'Ko, Mongolian, Mandaic and Adlam.</summary>
    internal static bool IsCursive(Script script) =>
        script == Script.Arabic || script == Script.Syriac || script == Script.Nko || script == Script.Mongolian
        || script == Script.Mandaic || script == Script.Adlam;

    private static Feature[] NoOptionalLigatures() =>
        [Feature.Parse("liga=0"), Feature.Parse("clig=0"), Feature.Parse("dlig=0"), Feature.Parse("hlig=0")];
}
