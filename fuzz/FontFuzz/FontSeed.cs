using BriefingCompiler.Pdf.Fonts;
using HarfBuzzSharp;

/// <summary>Small seeds for AFL++ (which works best on inputs of a few KB): a real font subset to a few characters.</summary>
internal static class FontSeed
{
    public static byte[] Subset(byte[] font, string text)
    {
        using var blob = NativeBlob.CopyOf(font);
        using var face = new Face(blob, 0);
        return FontSubsetter.Subset(face, text.EnumerateRunes().Select(r => r.Value));
    }
}
