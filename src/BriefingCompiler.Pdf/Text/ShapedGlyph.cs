namespace BriefingCompiler.Pdf.Text;

/// <summary>One shaped glyph. <see cref="Cluster"/> is the UTF-16 offset of its first character in the
/// paragraph; lengths are points, <see cref="OffsetY"/> downwards (Skia's y axis).</summary>
internal readonly record struct ShapedGlyph(ushort Glyph, int Cluster, float Advance, float OffsetX, float OffsetY, bool UnsafeToBreak);
