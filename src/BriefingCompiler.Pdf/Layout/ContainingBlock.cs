namespace BriefingCompiler.Pdf.Layout;

/// <summary>A containing block for absolutely positioned boxes: a padding box (or the page area) in page-body coordinates.</summary>
public readonly record struct ContainingBlock(float X, float Y, float Width, float Height);
