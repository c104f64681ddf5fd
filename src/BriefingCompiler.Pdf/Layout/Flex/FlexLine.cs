namespace BriefingCompiler.Pdf.Layout.Flex;

/// <summary>The items of one flex line (a range of the container's items in order) and its cross size once known.</summary>
internal sealed class FlexLine(List<FlexItem> items)
{
    public List<FlexItem> Items { get; } = items;

    public float CrossSize { get; set; }

    public float CrossOffset { get; set; }
}
