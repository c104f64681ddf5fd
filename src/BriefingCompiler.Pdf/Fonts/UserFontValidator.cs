using System.Globalization;
using System.Security.Cryptography;
using BriefingCompiler.Pdf.Resources;
using HarfBuzzSharp;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Fonts;

/// <summary>
/// Decides whether a font file from a <c>--fonts</c> folder may be used, before any document relies on it: at most
/// <see cref="MaxBytes"/> long, a sound TrueType structure (<see cref="TrueTypeStructure"/>), a cmap that maps
/// characters only to glyphs that exist and visible characters only to glyphs that draw something, and a trial in
/// the engines that will read it — Skia reads the face, HarfBuzz shapes its characters, hb-subset subsets them and
/// Skia reads the subset. A font that fails is rejected with the reason, and the catalog goes on as if it were absent.
/// The bundled fonts are not checked at run time (tests check them once).
/// </summary>
internal static class UserFontValidator
{
    /// <summary>64 MiB: six times the largest bundled face (Noto Sans SC, 10.1 MiB) and more than any single-face
    /// TrueType font for a living script; a file beyond it is damage or a mistake, and is refused by its length
    /// before it is read.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>How many of the font's characters the trial shapes and subsets at most (spread evenly over its cmap):
    /// enough to reach every OpenType layout table, bounded so a CJK font's check stays in milliseconds.</summary>
    private const int TrialCharacters = 512;

    /// <summary>The CSS matching keys of a font that passed, and the SHA-256 of the bytes that passed (the file is read
    /// again when a document first needs it, and must be the same).</summary>
    public sealed record Accepted(string Family, int Weight, bool Italic, byte[] Sha256);

    /// <summary>Reads and checks the font at <paramref name="path"/> (a regular file inside its folder); null with the
    /// reason when it cannot be used.</summary>
    public static Accepted? Check(string path, out string problem)
    {
        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAllBytes(path, MaxBytes);
        }
        catch (FileTooLargeException e)
        {
            problem = $"it is {e.Length:N0} bytes, more than the {MaxBytes / (1024 * 1024)} MiB a font file may have";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"it cannot be read: {e.Message}";
            return null;
        }

        return Check(bytes, out problem);
    }

    /// <summary>Checks font bytes; null with the reason when they cannot be used.</summary>
    public static Accepted? Check(byte[] bytes, out string problem)
    {
        if (TrueTypeStructure.Check(bytes, out var glyphLengths) is { } structural)
        {
            problem = structural;
            return null;
        }

        using var data = SKData.CreateCopy(bytes);
        using var typeface = SKTypeface.FromData(data);
        if (typeface is null)
        {
            problem = "Skia cannot read it";
            return null;
        }

        using var blob = NativeBlob.CopyOf(bytes);
        blob.MakeImmutable();
        using var face = new Face(blob, 0);
        if (face.GlyphCount != glyphLengths.Length)
        {
            problem = "HarfBuzz cannot read its glyph count";
            return null;
        }

        var mapping = NominalGlyphMapping.Of(face);
        if (CmapProblem(mapping, glyphLengths) is { } cmap)
        {
            problem = cmap;
            return null;
        }

        if (TrialProblem(face, Sample(mapping)) is { } trial)
        {
            problem = trial;
            return null;
        }

        problem = "";
        return new Accepted(typeface.FamilyName, typeface.FontStyle.Weight, typeface.FontStyle.Slant != SKFontStyleSlant.Upright,
            SHA256.HashData(bytes));
    }

    /// <summary>The blob of a font that passed <see cref="Check(string, out string)"/>, read again when a document first
    /// needs it; the bytes must be those that passed.</summary>
    public static Blob Reopen(string path, byte[] sha256)
    {
        var bytes = RegularFile.ReadAllBytes(path, MaxBytes);
        if (!SHA256.HashData(bytes).AsSpan().SequenceEqual(sha256))
            throw new IOException($"{Path.GetFileName(path)} changed while briefc was running, after it was checked");
        return NativeBlob.CopyOf(bytes);
    }

    /// <summary>A cmap that (as HarfBuzz reads it, after its sanitizer) maps nothing, or maps a visible character to an
    /// empty glyph, would set every character in another font or print text as nothing without a word. (Glyph ids
    /// past the last glyph are caught by <see cref="TrueTypeStructure"/>: HarfBuzz leaves them out of this mapping.)</summary>
    private static string? CmapProblem(IReadOnlyList<(int CodePoint, int Glyph)> mapping, int[] glyphLengths)
    {
        if (mapping.Count == 0)
            return "its 'cmap' table maps no Unicode characters (damaged, or a symbol font)";
        var blank = mapping.Where(m => glyphLengths[m.Glyph] == 0 && IsVisible(m.CodePoint)).Select(m => m.CodePoint).ToList();
        if (blank.Count > 0)
            return $"it maps {blank.Count} visible character{(blank.Count == 1 ? "" : "s")} to empty glyphs ("
                   + string.Join(", ", blank.Take(5).Select(c => $"U+{c:X4}")) + (blank.Count > 5 ? ", …" : "") + "): they would print as nothing";
        return null;
    }

    /// <summary>Letters, digits, punctuation and symbols: characters that must leave ink (spaces, marks, format and
    /// control characters may be empty glyphs) — apart from the few that are blank by design: the blank Braille
    /// pattern U+2800, the object replacement character U+FFFC (DejaVu draws both as nothing) and the Hangul fillers.</summary>
    private static bool IsVisible(int codePoint) =>
        codePoint is not (0x2800 or 0xFFFC or 0x115F or 0x1160 or 0x3164 or 0xFFA0) && CharUnicodeInfo.GetUnicodeCategory(codePoint) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
            or UnicodeCategory.OtherSymbol or UnicodeCategory.OtherPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.DashPunctuation;

    /// <summary>Up to <see cref="TrialCharacters"/> of the font's characters, evenly spread over its cmap (all of them
    /// in a small font).</summary>
    private static List<int> Sample(IReadOnlyList<(int CodePoint, int Glyph)> mapping)
    {
        var step = Math.Max(1, (mapping.Count + TrialCharacters - 1) / TrialCharacters);
        return [.. mapping.Where((_, i) => i % step == 0).Select(m => m.CodePoint)];
    }

    /// <summary>Shapes and subsets <paramref name="codePoints"/> as a document would; the problem when an engine fails.</summary>
    private static string? TrialProblem(Face face, List<int> codePoints)
    {
        using (var font = new HarfBuzzSharp.Font(face))
        using (var buffer = new HarfBuzzSharp.Buffer())
        {
            font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
            buffer.ContentType = ContentType.Unicode;
            foreach (var codePoint in codePoints) buffer.Add((uint)codePoint, 0);
            buffer.GuessSegmentProperties();
            font.Shape(buffer);
            if (buffer.GlyphInfos.Any(g => g.Codepoint >= face.GlyphCount))
                return "HarfBuzz shapes its characters to glyphs it does not have (a damaged GSUB table)";
        }

        byte[] subset;
        try
        {
            subset = FontSubsetter.Subset(face, codePoints);
        }
        catch (InvalidOperationException)
        {
            return "hb-subset cannot subset it (a damaged table, often GSUB, GPOS or GDEF)";
        }

        using var subsetData = SKData.CreateCopy(subset);
        using var typeface = SKTypeface.FromData(subsetData);
        return typeface is null ? "Skia cannot read the subset hb-subset makes of it" : null;
    }
}
