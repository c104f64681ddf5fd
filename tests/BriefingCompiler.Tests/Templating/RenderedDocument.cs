using AngleSharp;
using AngleSharp.Dom;
using BriefingCompiler.Model;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Tests.Templating;

/// <summary>Renders with a template and parses the result with AngleSharp, as a browser would.</summary>
internal static class RenderedDocument
{
    public static string Html(Briefing briefing, BriefingTemplate? template = null)
    {
        var result = (template ?? BriefingTemplate.BuiltIn()).Render(briefing);
        Assert.That(result.Diagnostics, Is.Empty, () => string.Join("\n", result.Diagnostics));
        return result.Html!;
    }

    public static IDocument Parse(string html) =>
        BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html)).GetAwaiter().GetResult();

    public static IDocument Render(Briefing briefing, BriefingTemplate? template = null) => Parse(Html(briefing, template));

    /// <summary>Text with runs of HTML white space collapsed, as it reads on the page (a no-break space stays).</summary>
    public static string Text(this IElement element) =>
        string.Join(' ', element.TextContent.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
