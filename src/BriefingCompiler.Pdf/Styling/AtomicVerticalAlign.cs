namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// vertical-align of an atomic inline (an inline-block, inline-table, inline-flex or inline-grid box, an image in a
/// line) as CSS 2.1 §10.8.1 places its margin box in the line box. <see cref="Baseline"/> also stands for sub, super,
/// lengths and percentages: those move the box's baseline by <see cref="ComputedStyle.AtomicShift"/>.
/// </summary>
public enum AtomicVerticalAlign
{
    /// <summary>The box's baseline on the parent's baseline (raised by the shift).</summary>
    Baseline,

    /// <summary>The box's vertical midpoint half the parent's x-height above the parent's baseline.</summary>
    Middle,

    /// <summary>The box's top with the parent's content area's top.</summary>
    TextTop,

    /// <summary>The box's bottom with the parent's content area's bottom.</summary>
    TextBottom,

    /// <summary>The box's top with the line box's top.</summary>
    Top,

    /// <summary>The box's bottom with the line box's bottom.</summary>
    Bottom,
}
