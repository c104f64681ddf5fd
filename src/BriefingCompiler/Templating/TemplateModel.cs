using System.Reflection;
using BriefingCompiler.Localization;
using BriefingCompiler.Model;
using Scriban.Runtime;

namespace BriefingCompiler.Templating;

/// <summary>
/// What a template sees (names are snake_case, as Scriban writes .NET members):
/// <list type="bullet">
/// <item><c>briefing</c> — the typed <see cref="Briefing"/> (<c>briefing.session.title</c>, <c>briefing.agenda</c>…;
/// source spans and the source path are hidden so no machine path can reach the output).</item>
/// <item><c>current_version</c> — the last version entry; <c>labels</c> — the labels for the document's language
/// with its <c>labels</c> overrides applied; <c>briefc_version</c> — the tool's version.</item>
/// <item><c>document</c> — <c>lang</c> (the tag as written), <c>dir</c> (<c>ltr</c>/<c>rtl</c>), <c>language</c> (base
/// subtag) and <c>translation_notice</c> (the localized notice, or null when the document is not a translation).</item>
/// <item>functions — <c>format_date</c>, <c>format_date_range</c>, <c>markdown</c>, <c>format_label</c>, <c>labelled</c>,
/// <c>parenthesized</c>, <c>include</c> (partials from the template folder), <c>is_safe_url</c>, <c>raw</c>, <c>css_string</c>, <c>css_page_content</c>.</item>
/// </list>
/// </summary>
internal static class TemplateModel
{
    public static ScriptObject Build(Briefing briefing)
    {
        var language = briefing.Language;
        var conventions = LanguageConventions.For(language);
        var labels = BuiltInLabels.Resolve(language, briefing.Labels);

        var labelObject = new ScriptObject();
        foreach (var (key, value) in labels.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            labelObject[key] = value;

        var document = new ScriptObject
        {
            ["lang"] = language,
            ["dir"] = conventions.Direction,
            ["language"] = LabelKeys.BaseLanguage(language),
            ["translation_notice"] = TranslationNotice(briefing, labels["translation_notice"]),
        };

        var globals = new ScriptObject
        {
            ["briefing"] = briefing,
            ["current_version"] = briefing.CurrentVersion,
            ["labels"] = labelObject,
            ["document"] = document,
            ["briefc_version"] = typeof(TemplateModel).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
        };

        var functions = new TemplateFunctions(language);
        globals.Import("format_date", new Func<DateOnly, string>(functions.FormatDate));
        globals.Import("format_date_range", new Func<DateOnly, DateOnly, string>(functions.FormatDateRange));
        globals.Import("markdown", new Func<object?, int, RawHtml>(functions.Markdown));
        globals.Import("format_label", new Func<string, object?, object?, string>(functions.FormatLabel));
        globals.Import("labelled", new Func<string, object?, string>(functions.Labelled));
        globals.Import("parenthesized", new Func<object?, string>(functions.Parenthesized));
        globals.Import("include", new Func<Scriban.TemplateContext, string, RawHtml>(TemplateFunctions.Include));
        globals.Import("is_safe_url", new Func<object?, bool>(functions.IsSafeUrl));
        globals.Import("raw", new Func<object?, RawHtml>(functions.Raw));
        globals.Import("css_string", new Func<object?, RawHtml>(functions.CssString));
        globals.Import("css_page_content", new Func<string, object?, RawHtml>(functions.CssPageContent));
        return globals;
    }

    /// <summary>Hides members that would leak machine paths or are of no use to a template.</summary>
    public static bool IsVisible(MemberInfo member) =>
        member.Name is not (nameof(Briefing.Span) or nameof(Briefing.SourcePath) or "EqualityContract");

    private static string? TranslationNotice(Briefing briefing, string pattern)
    {
        var original = briefing.DocumentControl.OriginalLanguage;
        if (original is null || LabelKeys.BaseLanguage(original) == LabelKeys.BaseLanguage(briefing.Language))
            return null;
        return pattern.Replace("{0}", LanguageConventions.LanguageName(original, briefing.Language), StringComparison.Ordinal);
    }
}
