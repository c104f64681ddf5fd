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
}
