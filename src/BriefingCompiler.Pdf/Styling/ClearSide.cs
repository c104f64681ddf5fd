namespace BriefingCompiler.Pdf.Styling;

/// <summary>CSS <c>clear</c>: the sides whose earlier floats a box is placed below.</summary>
[Flags]
public enum ClearSide
{
    None = 0,
    Left = 1,
    Right = 2,
    Both = Left | Right,
}
