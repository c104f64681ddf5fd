using System.Numerics;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Images;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// Sets SVG text as glyph outlines in the build's fonts: each character's face chosen by the same
/// <see cref="CharacterFontResolver"/> rules as HTML text (the listed families, then the bundled fallback of its
/// script, so a Chinese label falls back to Noto Sans SC), each run of one face shaped by HarfBuzz (kerning,
/// ligatures, Arabic joining; its direction from its script), then drawn through HarfBuzz's draw API. Runs follow
/// one another in the text's order, reversed for <c>direction: rtl</c> (no full bidi reordering of mixed text).
/// One per renderer; safe for its parallel documents (the resolver, which caches, is used under a lock).
/// </summary>
public sealed class SvgTextOutliner(FontCatalog catalog) : ISvgTextOutliner
{
    private readonly Lock gate = new();
    private readonly HashSet<FontSource> excluded = [];
    private CharacterFontResolver resolver = new(catalog);

    public SvgTextOutline Outline(string text, SvgTextFont font)
    {
        if (text.Length == 0 || font.Size <= 0)
            return new SvgTextOutline([], 0);
        var style = new TextStyle(font.Families, font.Size, font.Weight, font.Italic);
        var runs = Runs(text, style);
        if (font.RightToLeft)
            runs.Reverse();
        var segments = new List<PathSegment>();
        var pen = 0f;
        foreach (var (start, end, face) in runs)
            pen = Draw(text, start, end, face, font.Size, pen, segments);
        return new SvgTextOutline(segments, pen);
    }

    /// <summary>The text cut where its face changes (index ranges, in the text's order).</summary>
    private List<(int Start, int End, FontSource Face)> Runs(string text, TextStyle style)
    {
        FontSource[] faces;
        lock (gate)
        {
            while (true)
            {
                try
                {
                    faces = resolver.Resolve(text, style).Faces;
                    break;
                }
                catch (FontUnusableException e) when (excluded.Add(e.Face))
                {
                    // A user font that cannot be read is set aside, as the HTML text sets it aside.
                    resolver = new CharacterFontResolver(catalog, excluded);
                }
            }
        }

        var runs = new List<(int, int, FontSource)>();
        var runStart = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || faces[i] != faces[runStart])
            {
                runs.Add((runStart, i, faces[runStart]));
                runStart = i;
            }
        }

        return runs;
    }

    /// <summary>Shapes one run in its face and appends its glyph outlines, the pen starting at <paramref name="pen"/>;
    /// returns where the pen ends.</summary>
    private static float Draw(string text, int start, int end, FontSource face, float size, float pen, List<PathSegment> segments)
    {
        var font = face.Shaper;
        using var buffer = new Buffer();
        buffer.AddUtf16(text, start, end - start);
        buffer.GuessSegmentProperties();
        font.Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = size / face.UnitsPerEm;
        for (var i = 0; i < infos.Length; i++)
        {
            var origin = new Vector2(pen + positions[i].XOffset * scale, -positions[i].YOffset * scale);
            GlyphOutlineReader.Append(font, infos[i].Codepoint, origin, scale, segments);
            pen += positions[i].XAdvance * scale;
        }

        return pen;
    }
}
