using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingCompiler.Word;

/// <summary>The document-control table: one row per field, the label in the first column (28 % wide, as in the template).</summary>
internal sealed class WordControlTable(WordContext context)
{
    public Table Build(IReadOnlyList<(string Label, string[] Values)> rows)
    {
        var labelWidth = WordMarkdown.TextWidth * 28 / 100;
        var valueWidth = WordMarkdown.TextWidth - labelWidth;
        var properties = new TableProperties(
            new TableStyle { Val = WordStyles.Table },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct });
        if (context.Script.IsRightToLeft)
            properties.BiDiVisual = new BiDiVisual();
        properties.TableLook = new TableLook { Val = "0680" };
        var table = new Table(properties, new TableGrid(Column(labelWidth), Column(valueWidth)));
        foreach (var (label, values) in rows)
        {
            table.Append(new TableRow(
                Cell(labelWidth, [context.Paragraph(WordStyles.Normal, context.Run(label))]),
                Cell(valueWidth, [.. values.Select(value => context.Paragraph(WordStyles.Normal, context.Run(value)))])));
        }
        return table;
    }

    private static GridColumn Column(int width) => new() { Width = width.ToString(CultureInfo.InvariantCulture) };

    private static TableCell Cell(int width, IEnumerable<OpenXmlElement> paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs);
        return cell;
    }
}
