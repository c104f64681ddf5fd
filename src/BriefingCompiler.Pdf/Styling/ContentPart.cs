namespace BriefingCompiler.Pdf.Styling;

/// <summary>One piece of a margin box's <c>content</c>: a literal string, <c>counter(page)</c> / <c>counter(pages)</c>, an
/// image (<c>url(…)</c>, its address as written), or a named string (<c>string(name, policy)</c>, CSS GCPM: <see cref="StringName"/>
/// and <see cref="StringPolicy"/> — <c>first</c>, <c>start</c>, <c>last</c> or <c>first-except</c>), or a running element
/// (<c>element(name, policy)</c>: <see cref="ElementName"/>).</summary>
public sealed record ContentPart(string? Literal, string? Counter, string? Image = null)
{
    public string? StringName { get; init; }

    public string StringPolicy { get; init; } = "first";

    /// <summary>The running element shown (<c>element(name, policy)</c>, CSS GCPM 3 §2.4), its policy in <see cref="StringPolicy"/>.</summary>
    public string? ElementName { get; init; }

    /// <param name="strings">The value of a named string on this page for a policy (name, policy); null: the page knows none.</param>
    public string Resolve(int page, int pages, Func<string, string, string>? strings = null) => Counter switch
    {
        "page" => page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "pages" => pages.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ when StringName is { } name => strings?.Invoke(name, StringPolicy) ?? "",
        _ => Literal ?? "",
    };
}
