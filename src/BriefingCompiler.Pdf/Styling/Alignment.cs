namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// A value of the box-alignment properties (justify-content, align-items, align-self, align-content,
/// justify-items, justify-self). <see cref="FlexStart"/> and <see cref="FlexEnd"/> follow a flex container's
/// main axis (they swap with row-reverse); <see cref="Start"/> and <see cref="End"/> follow the writing direction.
/// </summary>
public enum Alignment
{
    Auto,
    Normal,
    Stretch,
    Start,
    End,
    FlexStart,
    FlexEnd,
    Center,
    Baseline,
    SpaceBetween,
    SpaceAround,
    SpaceEvenly,
    Left,
    Right,
}
