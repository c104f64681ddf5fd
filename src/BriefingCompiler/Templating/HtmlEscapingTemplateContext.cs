using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace BriefingCompiler.Templating;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="RawHtml"/>.
/// Scriban has no auto-escaping of its own; template text outside <c>{{ }}</c> is written through other
/// overloads and passes unchanged, as it should (it is the template author's HTML). Every node the template
/// evaluates is charged to the render's <see cref="TemplateBudgetMeter"/>.
/// </summary>
internal sealed class HtmlEscapingTemplateContext(TemplateBudgetMeter meter) : TemplateContext
{
    /// <summary>What this render has spent of its budget; functions that do much in one call charge it themselves.</summary>
    public TemplateBudgetMeter Meter => meter;

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

    // Every statement, expression and function body goes through here, whatever the template does: the one place
    // where counting cannot be bypassed.
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is null)
            return null;
        meter.Step(scriptNode);
        var value = base.Evaluate(scriptNode, aliasReturnedFunction);
        meter.Count(scriptNode, value);
        return value;
    }
}
