using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingCompiler.Word;

/// <summary>
/// The list numbering of one Word document: two list definitions (bullets, decimals; nine levels each) and one
/// numbering instance per list, so every ordered list starts again at its own first number.
/// </summary>
internal sealed class WordNumbering
{
    private const int BulletDefinition = 0, DecimalDefinition = 1;
    private static readonly string[] Bullets = ["•", "◦", "▪"];

    private readonly List<(int Definition, int Start)> _instances = [];

    /// <summary>A new numbering instance for a list; returns its id (w:numId).</summary>
    public int NewList(bool ordered, int start = 1)
    {
        _instances.Add((ordered ? DecimalDefinition : BulletDefinition, start));
        return _instances.Count;
    }

    public bool IsEmpty => _instances.Count == 0;

    public Numbering Build()
    {
        var numbering = new Numbering(Definition(BulletDefinition, ordered: false), Definition(DecimalDefinition, ordered: true));
        for (var i = 0; i < _instances.Count; i++)
        {
            var (definition, start) = _instances[i];
            var instance = new NumberingInstance(new AbstractNumId { Val = definition }) { NumberID = i + 1 };
            if (definition == DecimalDefinition && start != 1)
                instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
            numbering.Append(instance);
        }
        return numbering;
    }

    private static AbstractNum Definition(int id, bool ordered)
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < 9; level++)
        {
            var indent = (360 * (level + 1)).ToString(CultureInfo.InvariantCulture);
            definition.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = ordered ? NumberFormatValues.Decimal : NumberFormatValues.Bullet },
                new LevelText { Val = ordered ? $"%{level + 1}." : Bullets[level % Bullets.Length] },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = indent, Hanging = "360" }))
            { LevelIndex = level });
        }
        return definition;
    }
}
