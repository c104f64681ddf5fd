namespace BriefingCompiler.Pdf.Layout;

/// <summary>The shapes of the <c>disc</c>, <c>circle</c> and <c>square</c> list markers.</summary>
public enum ListSymbol
{
    Disc,
    Circle,
    Square,
}
