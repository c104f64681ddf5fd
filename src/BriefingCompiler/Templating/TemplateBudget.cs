namespace BriefingCompiler.Templating;

/// <summary>
/// How much work one render of a template may do, so that a runaway template (exponential recursion, a loop that
/// pads megabyte strings, thousands of huge strings kept in a list) ends with an error at its place instead of
/// running for hours or filling the machine's memory. Scriban's own limits are per loop, per call depth and per
/// string; these are per render, over everything the template does. A bigger briefing makes a template do more, so
/// each count grows with the size of the briefing's source: a render may spend the base plus so much per byte.
/// </summary>
/// <param name="Steps">
/// Expressions and statements evaluated (each call of a function's body counting its own), before the per-byte
/// allowance. Deterministic: the same template and briefing give the same count on a fast machine and a slow one.
/// </param>
/// <param name="Characters">
/// Characters of text the template's expressions handle in all, before the per-byte allowance: every string (and
/// every list item) an expression reads or produces counts its length each time, and so does the template's own text
/// each time it is written. This bounds both the memory a render can hold (nothing is kept that was not produced)
/// and its work on strings (a function reads only what it is given). Deterministic too.
/// </param>
/// <param name="Seconds">
/// A wall-clock backstop for one render, not the budget: set above what the largest budget takes on a slow machine,
/// it never decides the verdict for a template the two counts let through; it is there should some builtin do
/// unbounded work inside one call that no count sees.
/// </param>
public sealed record TemplateBudget(long Steps, long Characters, int Seconds)
{
    /// <summary>
    /// The defaults, measured with the built-in template (templates/README.md, "Budget"): the largest sample briefing
    /// renders in 383 steps and 19,287 characters, the benchmark corpus in at most 515 and 21,117; a briefing at the
    /// 5 MiB source limit made of the smallest agenda items YAML can write (<c>[a,a,…]</c>), the worst case found,
    /// takes 5.9 steps and 11 characters per source byte.
    /// </summary>
    public static TemplateBudget Default { get; } = new(1_000_000, 50_000_000, 300);

    /// <summary>Steps a render may spend for each byte of the briefing's source, on top of <see cref="Steps"/>.</summary>
    public const long StepsPerSourceByte = 20;

    /// <summary>Characters a render may spend for each byte of the briefing's source, on top of <see cref="Characters"/>.</summary>
    public const long CharactersPerSourceByte = 100;

    /// <summary>Where briefc.yaml sets the budget, for messages that say how to raise it.</summary>
    public const string SettingName = "template_budget";

    /// <summary>The steps a render of a briefing whose source has <paramref name="sourceBytes"/> bytes may take.</summary>
    public long StepsFor(long sourceBytes) => Saturating(Steps, StepsPerSourceByte, sourceBytes);

    /// <summary>The characters a render of a briefing whose source has <paramref name="sourceBytes"/> bytes may handle.</summary>
    public long CharactersFor(long sourceBytes) => Saturating(Characters, CharactersPerSourceByte, sourceBytes);

    private static long Saturating(long baseAmount, long perByte, long bytes)
    {
        var extra = bytes <= 0 ? 0 : bytes > long.MaxValue / perByte ? long.MaxValue : bytes * perByte;
        return baseAmount > long.MaxValue - extra ? long.MaxValue : baseAmount + extra;
    }
}
