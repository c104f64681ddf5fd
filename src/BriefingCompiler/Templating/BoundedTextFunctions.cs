using System.Text.RegularExpressions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingCompiler.Templating;

/// <summary>
/// Scriban's builtins whose work or output one call does not bound by its inputs, replaced by versions that are
/// bounded, so the <see cref="TemplateBudget"/> holds inside a single call too:
/// <list type="bullet">
/// <item><c>regex.match</c>, <c>regex.matches</c>, <c>regex.replace</c>, <c>regex.split</c> run in linear time
/// (<see cref="RegexOptions.NonBacktracking"/>: no catastrophic backtracking, so no wall clock decides; backreferences
/// and lookarounds are refused with a message), and what they produce is charged as it is produced.</item>
/// <item><c>string.replace</c> and <c>regex.replace</c> can make output the square of their input (every <c>x</c> of a
/// megabyte replaced by a megabyte): the result is charged before it is built, or piece by piece.</item>
/// <item><c>html.strip</c> used a backtracking pattern that runs for ever on an unclosed tag full of <c>=</c>
/// (<c>&lt;=ab=ab…</c>): the same pattern, without backtracking.</item>
/// </list>
/// Same names, arguments and results as Scriban's own (options <c>i</c>, <c>m</c>, <c>s</c>, <c>x</c>).
/// </summary>
internal static class BoundedTextFunctions
{
    // Scriban's own pattern for html.strip (HtmlFunctions.RegexMatchHtml).
    private static readonly Regex HtmlTag = new(
        @"<script.*?</script>|<!--.*?-->|<style.*?</style>|<(?:[^>=]|='[^']*'|=""[^""]*""|=[^'""][^\s>]*)*>",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);

    /// <param name="builtins">The context's own builtins (Scriban gives every context a deep copy).</param>
    public static void Apply(ScriptObject builtins)
    {
        var regex = builtins["regex"] as ScriptObject ?? throw new InvalidOperationException("Scriban's regex object is missing");
        regex.SetValue("match", DelegateCustomFunction.CreateFunc<TemplateContext, string?, string?, string?, ScriptArray>(Match), readOnly: true);
        regex.SetValue("matches", DelegateCustomFunction.CreateFunc<TemplateContext, string?, string?, string?, ScriptArray>(Matches), readOnly: true);
        regex.SetValue("replace", DelegateCustomFunction.CreateFunc<TemplateContext, string?, string?, string?, string?, string>(RegexReplace), readOnly: true);
        regex.SetValue("split", DelegateCustomFunction.CreateFunc<TemplateContext, string?, string?, string?, ScriptArray>(Split), readOnly: true);

        var text = builtins["string"] as ScriptObject ?? throw new InvalidOperationException("Scriban's string object is missing");
        text.SetValue("replace", DelegateCustomFunction.CreateFunc<TemplateContext, string?, string?, string?, string>(Replace), readOnly: true);

        var html = builtins["html"] as ScriptObject ?? throw new InvalidOperationException("Scriban's html object is missing");
        html.SetValue("strip", DelegateCustomFunction.CreateFunc<string?, string?>(Strip), readOnly: true);
    }

    /// <summary><c>html.strip text</c> — the text without its HTML tags, comments, scripts and styles.</summary>
    public static string? Strip(string? text) => string.IsNullOrEmpty(text) ? text : HtmlTag.Replace(text, string.Empty);

    /// <summary><c>regex.match text pattern [options]</c> — the first match and its groups, or an empty list.</summary>
    public static ScriptArray Match(TemplateContext context, string? text, string? pattern, string? options = null)
    {
        var result = new ScriptArray();
        var match = LinearPattern(context, pattern, options).Match(text ?? string.Empty);
        if (match.Success)
            AddGroups(context, result, match);
        return result;
    }

    /// <summary><c>regex.matches text pattern [options]</c> — every match, each as the list of its groups.</summary>
    public static ScriptArray Matches(TemplateContext context, string? text, string? pattern, string? options = null)
    {
        var result = new ScriptArray();
        for (var match = LinearPattern(context, pattern, options).Match(text ?? string.Empty); match.Success; match = match.NextMatch())
        {
            var groups = new ScriptArray();
            AddGroups(context, groups, match);
            result.Add(groups);
        }

        return result;
    }

    /// <summary><c>regex.replace text pattern replacement [options]</c> — <c>$1</c>, <c>${name}</c> and <c>$0</c> as in .NET.</summary>
    public static string RegexReplace(TemplateContext context, string? text, string? pattern, string? replace, string? options = null)
    {
        var meter = Meter(context);
        var replacement = replace ?? string.Empty;
        return LinearPattern(context, pattern, options).Replace(text ?? string.Empty, match =>
        {
            var piece = match.Result(replacement);
            meter.Spend(context.CurrentSpan, piece.Length + 1);
            return piece;
        });
    }

    /// <summary><c>regex.split text pattern [options]</c> — the pieces between matches (and captured groups, as in .NET).</summary>
    public static ScriptArray Split(TemplateContext context, string? text, string? pattern, string? options = null)
    {
        var pieces = LinearPattern(context, pattern, options).Split(text ?? string.Empty);
        Meter(context).Spend(context.CurrentSpan, (long)pieces.Length * ItemCharge);
        return new ScriptArray(pieces);
    }

    /// <summary><c>string.replace text match replacement</c> — every occurrence (ordinal); the result is charged before it is made.</summary>
    public static string Replace(TemplateContext context, string? text, string? match, string? replace)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        match ??= string.Empty;
        replace ??= string.Empty;
        if (match.Length == 0)
            throw new ScriptRuntimeException(context.CurrentSpan, "string.replace: the text to replace is empty");
        long occurrences = 0;
        for (var at = text.IndexOf(match, StringComparison.Ordinal); at >= 0; at = text.IndexOf(match, at + match.Length, StringComparison.Ordinal))
            occurrences++;
        Meter(context).Spend(context.CurrentSpan, text.Length + (occurrences * Math.Max(0, replace.Length - match.Length)));
        return text.Replace(match, replace, StringComparison.Ordinal);
    }

    // A list item is an object and a slot, whatever its text: charged like this many characters, so a pattern with
    // many empty groups that matches everywhere cannot fill memory with lists of empty strings for free.
    private const int ItemCharge = 16;

    private static void AddGroups(TemplateContext context, ScriptArray list, System.Text.RegularExpressions.Match match)
    {
        var meter = Meter(context);
        foreach (Group group in match.Groups)
        {
            meter.Spend(context.CurrentSpan, group.Length + ItemCharge);
            list.Add(group.Value);
        }
    }

    private static Regex LinearPattern(TemplateContext context, string? pattern, string? options)
    {
        var flags = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
        foreach (var option in options ?? string.Empty)
        {
            flags |= option switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => RegexOptions.None,
            };
        }

        try
        {
            return new Regex(pattern ?? string.Empty, flags);
        }
        catch (NotSupportedException e)
        {
            throw new ScriptRuntimeException(context.CurrentSpan,
                $"briefc runs regular expressions in linear time, without backtracking, so backreferences, lookarounds and atomic groups are not available: {e.Message}");
        }
    }

    private static TemplateBudgetMeter Meter(TemplateContext context) =>
        (context as HtmlEscapingTemplateContext)?.Meter
        ?? throw new InvalidOperationException("briefc's template functions run only in a briefc template context");
}
