namespace BriefingCompiler.Pdf.Fonts;

/// <summary>One face of <see cref="BundledFonts.Faces"/>: its CSS matching keys, file name and the scripts (ISO 15924)
/// it is bundled for.</summary>
internal sealed record BundledFace(string Family, int Weight, bool Italic, string File, string Scripts);
