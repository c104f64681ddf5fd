using System.Security.Cryptography;
using BriefingCompiler.Pdf.Compression;
using BriefingCompiler.Pdf.Fonts;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// A face's embedded program as the PDF holds it (<c>/FontFile2</c>): the subset of <see cref="Glyphs"/> (ids kept,
/// <see cref="FontSubsetter.SubsetForEmbedding"/>), its length (<c>/Length1</c>) and subset tag, and its compression, under
/// way on the thread pool (<see cref="StreamCompression"/>). It depends on the glyph set alone, not on the CIDs, so it can
/// be made before the pages are drawn: <see cref="PdfResources.ForeseeFontPrograms"/> makes it from the glyphs of the
/// pages' text runs. A CJK program is most of a PDF's bytes and the longest of its compressions (the founding briefing's:
/// 93 KB of its 165 KB of streams, ~2 ms of Deflate), which then runs while the pages are drawn instead of after.
/// </summary>
internal sealed record FontProgram(ushort[] Glyphs, string Tag, int Length, StreamCompression Compression)
{
    /// <summary>The program of <paramref name="glyphs"/> (sorted, distinct) of <paramref name="face"/>, its compression started.</summary>
    public static FontProgram Of(FontFace face, ushort[] glyphs, ZlibEncoderPool encoders)
    {
        if (face.Program is null) throw new InvalidOperationException($"{face} has no font program to embed.");
        var subset = face.WithHarfBuzzFace(hbFace => FontSubsetter.SubsetForEmbedding(hbFace, glyphs));
        return new FontProgram(glyphs, SubsetTag(subset), subset.Length, new StreamCompression(subset, PdfObjectWriter.FontProgramSearch, encoders));
    }

    /// <summary>Whether the program is of exactly <paramref name="glyphs"/> (sorted, distinct).</summary>
    public bool IsOf(ReadOnlySpan<ushort> glyphs) => glyphs.SequenceEqual(Glyphs);

    /// <summary>Six capital letters naming this subset (§9.6.4), from its bytes, so they change only with the subset.</summary>
    private static string SubsetTag(byte[] program)
    {
        var hash = SHA256.HashData(program);
        return new string(hash.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
    }
}
