using BriefingCompiler.Pdf.Boxes;

namespace BriefingCompiler.Pdf.Layout.Flex;

/// <summary>
/// The working state of one flex item during one layout of its container (CSS Flexbox §9): sizes along the main
/// axis are border-box sizes, <see cref="MarginMain"/> the item's main-axis margins (auto ones count as 0).
/// </summary>
internal sealed class FlexItem(Box box, int index)
{
    public Box Box { get; } = box;

    /// <summary>Position in order-modified document order.</summary>
    public int Index { get; } = index;

    public float BaseSize { get; set; }
    public float Hypothetical { get; set; }
    public float Min { get; set; }
    public float Max { get; set; } = float.PositiveInfinity;
    public float Target { get; set; }
    public bool Frozen { get; set; }
    public float MarginMain { get; set; }

    /// <summary>For a visibility: collapse item, the width it is laid out at for its cross size; null for others.</summary>
    public float? StrutWidth { get; set; }

    public float OuterHypothetical => Hypothetical + MarginMain;
    public float OuterTarget => Target + MarginMain;
}
