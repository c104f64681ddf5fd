using Scriban;
using Scriban.Parsing;

namespace BriefingCompiler.Templating;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="RawHtml"/>.
/// Scriban has no auto-escaping of its own; template text outside <c>{{ }}</c> is written through other
/// overloads and passes unchanged, as it should (it is the template author's HTML).
/// </summary>
internal sealed class HtmlEscapingTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                Write(raw.Html);
                return this;
            default:
                Write(HtmlText.Escape(ObjectToString(textAsObject) ?? string.Empty));
                return this;
        }
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
