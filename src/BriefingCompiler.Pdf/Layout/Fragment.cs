namespace BriefingCompiler.Pdf.Layout;

/// <summary>A laid-out piece of a box on one page. X and Y are relative to the parent fragment's top-left corner.</summary>
public abstract record Fragment(float X, float Y, float Width, float Height);
