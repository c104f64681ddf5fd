using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefingCompiler.Templating;

/// <summary>The loader of the built-in template, which lives inside the tool and has no folder to include from.</summary>
internal sealed class NoPartialsTemplateLoader : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        throw new TemplateIncludeException(callerSpan, $"include '{templateName}': the built-in template has no partials");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new TemplateIncludeException(callerSpan, "the built-in template has no partials");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
