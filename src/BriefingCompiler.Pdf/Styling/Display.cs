namespace BriefingCompiler.Pdf.Styling;

/// <summary>The CSS display values the engine lays out; anything else is reported and treated as Block or Inline.</summary>
public enum Display
{
    None,
    Block,
    Inline,
    ListItem,
    Table,
    TableHeaderGroup,
    TableRowGroup,
    TableFooterGroup,
    TableRow,
    TableCell,

    /// <summary>display: flex or inline-flex (laid out as a block-level flex container).</summary>
    Flex,

    /// <summary>display: grid or inline-grid (laid out as a block-level grid container).</summary>
    Grid,
}
