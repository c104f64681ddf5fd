namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// The marker of a <c>disc</c>, <c>circle</c> or <c>square</c> list item, drawn as a shape as browsers draw
/// it: the text bullet "•" of Noto Sans is a quarter of an em across, and Noto Sans has no "◦" or "▪" (the
/// Chinese face's are a full em wide). X and Y are the shape's top-left corner; it is Size across.
/// </summary>
public sealed record ListSymbolFragment(ListSymbol Symbol, float X, float Y, float Size, uint Color)
    : Fragment(X, Y, Size, Size);
