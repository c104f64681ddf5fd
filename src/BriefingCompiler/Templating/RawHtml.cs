namespace BriefingCompiler.Templating;

/// <summary>
/// HTML that a template may write without escaping: produced by our Markdown renderer, by a function such as
/// <c>css_string</c>, or marked raw on purpose by the template author with <c>raw</c>. Anything else a
/// template writes is escaped (see <see cref="HtmlEscapingTemplateContext"/>).
/// </summary>
public sealed record RawHtml(string Html)
{
    // Scriban turns values into strings with ToString when a template transforms them (e.g. `| string.upcase`);
    // the result is then a plain string again and gets escaped, which is the safe direction.
    public override string ToString() => Html;
}
