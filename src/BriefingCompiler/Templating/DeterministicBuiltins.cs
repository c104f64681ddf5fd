using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingCompiler.Templating;

/// <summary>
/// Makes Scriban's built-in functions give the same result on every run and every machine, so the same briefing
/// always renders to the same bytes (the build manifest trusts that). Scriban's builtins were surveyed for the
/// clock, randomness, the time zone, the environment and files:
/// <list type="bullet">
/// <item><c>date.now</c>, <c>date.utc_now</c> read the clock: pinned to the build's date (the briefing's current
/// version date, or SOURCE_DATE_EPOCH when set — the PDF's date), in UTC.</item>
/// <item><c>math.random</c>, <c>math.uuid</c> are random: refused with an error saying why.</item>
/// <item><c>date.parse</c>, <c>date.parse_to_string</c> and <c>date "text"</c> fill a missing year or date from the
/// clock and convert to the machine's time zone: refused.</item>
/// </list>
/// The rest is deterministic here: cultures are invariant (the tool runs with invariant globalization, so a culture
/// name argument is an error on every machine, not the machine's ICU data), every remaining date is UTC (so
/// <c>%Z</c> and <c>%s</c> do not read the time zone), <c>include</c> and <c>include_join</c> read only the template's
/// folder, and nothing reads the environment.
/// </summary>
internal static class DeterministicBuiltins
{
    private const string Why = "the same briefing must give the same bytes on every build and machine";

    /// <param name="builtins">The context's own builtins (Scriban gives every context a deep copy).</param>
    /// <param name="now">What <c>date.now</c> returns.</param>
    public static void Apply(ScriptObject builtins, DateTime now)
    {
        var pinned = DelegateCustomFunction.CreateFunc(() => now);
        builtins.SetValue("date", new PinnedDateFunctions(pinned), readOnly: true);

        var math = builtins["math"] as ScriptObject ?? throw new InvalidOperationException("Scriban's math object is missing");
        math.SetValue("random", new RefusedFunction("math.random", $"it is random, and {Why}"), readOnly: true);
        math.SetValue("uuid", new RefusedFunction("math.uuid", $"it is random, and {Why}; derive an id from the briefing (briefing.symbol)"), readOnly: true);
    }

    private static string ParseRefusal(string name) =>
        $"it fills a missing year or date from the clock and converts to the machine's time zone, and {Why}; " +
        "use the briefing's dates (current_version.date, briefing.meeting.start) with format_date";

    /// <summary>Scriban's <c>date</c> object with the clock pinned and the parsers refused.</summary>
    private sealed class PinnedDateFunctions : DateTimeFunctions
    {
        public PinnedDateFunctions(IScriptCustomFunction now)
        {
            SetValue("now", now, readOnly: true);
            SetValue("utc_now", now, readOnly: true);
            SetValue("parse", new RefusedFunction("date.parse", ParseRefusal("date.parse")), readOnly: true);
            SetValue("parse_to_string", new RefusedFunction("date.parse_to_string", ParseRefusal("date.parse_to_string")), readOnly: true);
        }

        // `date "2024-11-04"` parses its argument; `date` alone is the object itself.
        public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            arguments.Count == 0
                ? this
                : throw RefusedFunction.Error(context, callerContext, "date \"text\"", ParseRefusal("date \"text\""));
    }

    /// <summary>A builtin taken away: calling it is an error at the call that says why.</summary>
    private sealed class RefusedFunction(string name, string reason) : IScriptCustomFunction
    {
        public static ScriptRuntimeException Error(TemplateContext context, ScriptNode? callerContext, string name, string reason) =>
            new(callerContext?.Span ?? context.CurrentSpan, $"{name} is not available in briefc templates: {reason}");

        public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            throw Error(context, callerContext, name, reason);

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            throw Error(context, callerContext, name, reason);

        public int RequiredParameterCount => 0;

        public int ParameterCount => 0;

        // Direct: Scriban passes whatever arguments were written, so any call reaches Invoke and its message.
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

        public Type ReturnType => typeof(object);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");
    }
}
