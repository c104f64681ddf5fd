using System.Collections;
using System.Diagnostics;
using System.Globalization;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingCompiler.Templating;

/// <summary>
/// Counts what one render spends of its <see cref="TemplateBudget"/> and ends the render, at the node being evaluated,
/// when a part runs out. Each render has its own meter.
/// </summary>
internal sealed class TemplateBudgetMeter
{
    // Reading the clock every step would cost more than the step; every 4,096 steps is a few milliseconds apart at most.
    private const long ClockInterval = 4096;

    private readonly TemplateBudget _budget;
    private readonly long _sourceBytes;
    private readonly long _stepLimit;
    private readonly long _characterLimit;
    private readonly long _started = Stopwatch.GetTimestamp();

    // Once spent, every later step fails too: nothing a template calls may catch the error and carry on.
    private string? _spent;

    /// <param name="budget">The budget.</param>
    /// <param name="sourceBytes">The size of the briefing's source, which the budget grows with (0: unknown, the base only).</param>
    public TemplateBudgetMeter(TemplateBudget budget, long sourceBytes)
    {
        _budget = budget;
        _sourceBytes = Math.Max(0, sourceBytes);
        _stepLimit = budget.StepsFor(_sourceBytes);
        _characterLimit = budget.CharactersFor(_sourceBytes);
    }

    public long Steps { get; private set; }

    public long Characters { get; private set; }

    /// <summary>Characters still to spend: what a function that makes text in one call may make at most.</summary>
    public long RemainingCharacters => Math.Max(0, _characterLimit - Characters);

    /// <summary>Called before <paramref name="node"/> is evaluated.</summary>
    public void Step(ScriptNode node)
    {
        Steps++;
        if (_spent is not null)
            throw new TemplateBudgetExceededException(node.Span, _spent);
        if (Steps > _stepLimit)
            throw Exceeded(node.Span, Allowance("steps", _budget.Steps, TemplateBudget.StepsPerSourceByte, _stepLimit), "steps");
        if (node is ScriptRawStatement raw)
            Spend(node.Span, raw.Text.Length);
        if (Steps % ClockInterval == 0 && Stopwatch.GetElapsedTime(_started).TotalSeconds > _budget.Seconds)
            throw Exceeded(node.Span, $"more than {Number(_budget.Seconds)} second{(_budget.Seconds == 1 ? "" : "s")}", "seconds");
    }

    /// <summary>Called with the value <paramref name="node"/> evaluated to.</summary>
    public void Count(ScriptNode node, object? value)
    {
        var size = value switch
        {
            // Text counts wherever it flows, reads included: what functions work on is text they are given.
            string text => text.Length,
            RawHtml html => html.Html.Length,
            // A range is lazy: it costs nothing until iterated, and iterating it counts steps.
            ScriptRange => 0,
            // A list counts where it is made, not where it is only named (items[i] in a loop would count the whole list
            // again at each turn, for work that does not grow with it). The count only: never enumerated to size it.
            ICollection when node is ScriptVariable or ScriptMemberExpression or ScriptIndexerExpression => 0,
            ICollection collection => collection.Count,
            _ => 0,
        };
        if (size > 0)
            Spend(node.Span, size);
    }

    /// <summary>Charges <paramref name="characters"/> to the render; <paramref name="span"/> is where the work is done.</summary>
    public void Spend(SourceSpan span, long characters)
    {
        Characters = Characters > long.MaxValue - characters ? long.MaxValue : Characters + characters;
        if (Characters > _characterLimit)
            throw Exceeded(span, Allowance("characters of text", _budget.Characters, TemplateBudget.CharactersPerSourceByte, _characterLimit), "characters");
    }

    private string Allowance(string what, long baseAmount, long perByte, long limit) =>
        _sourceBytes == 0
            ? $"more than {Number(limit)} {what}"
            : $"more than {Number(limit)} {what} ({Number(baseAmount)} + {perByte} per byte of the {Number(_sourceBytes)}-byte briefing)";

    private TemplateBudgetExceededException Exceeded(SourceSpan span, string what, string setting)
    {
        _spent = $"budget used up: {what}; stopped here. A runaway loop or recursion? " +
                 $"If the template really needs more, raise {TemplateBudget.SettingName}.{setting} in briefc.yaml";
        return new TemplateBudgetExceededException(span, _spent);
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
