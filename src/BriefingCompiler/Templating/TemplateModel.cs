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
/// <item><c>emblem</c> — briefc.yaml's emblem, or null: <c>src</c> (the image as a <c>data:</c> URI), <c>organisation</c>
/// (the name in the document's language, or null), <c>every_page</c>.</item>
/// <item>functions — <c>format_date</c>, <c>format_date_range</c>, <c>markdown</c>, <c>footnotes</c>, <c>format_label</c>, <c>labelled</c>,
/// <c>parenthesized</c>, <c>include</c> (partials from the template folder), <c>is_safe_url</c>, <c>raw</c>, <c>css_string</c>, <c>css_page_content</c>.</item>
/// </list>
/// </summary>
internal static class TemplateModel
{
    public static ScriptObject Build(Briefing briefing, Projects.ProjectEmblem? emblem = null)
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
            ["has_figures"] = briefing.Figures is { Count: > 0 },
        };

        var globals = new ScriptObject
        {
            ["briefing"] = briefing,
            ["current_version"] = briefing.CurrentVersion,
            ["labels"] = labelObject,
            ["document"] = document,
            ["emblem"] = emblem is null ? null : new ScriptObject
            {
                ["src"] = emblem.Image.Address,
                ["organisation"] = emblem.NameFor(language),
                ["every_page"] = emblem.EveryPage,
            },
            ["briefc_version"] = typeof(TemplateModel).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
        };

        var functions = new TemplateFunctions(language, briefing.NumberedParagraphs == true,
            briefing.Figures is { } figures ? new DocumentFigures(figures, labels["figure"], conventions.Labelled) : null);
        Define(globals, "format_date", DelegateCustomFunction.CreateFunc<DateOnly, string>(functions.FormatDate));
        Define(globals, "format_date_range", DelegateCustomFunction.CreateFunc<DateOnly, DateOnly, string>(functions.FormatDateRange));
        Define(globals, "markdown", DelegateCustomFunction.CreateFunc<object?, int, RawHtml>(functions.Markdown));
        Define(globals, "numbered_markdown", DelegateCustomFunction.CreateFunc<object?, int, RawHtml>(functions.NumberedMarkdown));
        Define(globals, "footnotes", DelegateCustomFunction.CreateFunc<RawHtml>(functions.Footnotes));
        Define(globals, "format_label", DelegateCustomFunction.CreateFunc<string, object?, object?, string>(functions.FormatLabel));
        Define(globals, "labelled", DelegateCustomFunction.CreateFunc<string, object?, string>(functions.Labelled));
        Define(globals, "parenthesized", DelegateCustomFunction.CreateFunc<object?, string>(functions.Parenthesized));
        Define(globals, "include", DelegateCustomFunction.CreateFunc<Scriban.TemplateContext, string, RawHtml>(TemplateFunctions.Include));
        Define(globals, "is_safe_url", DelegateCustomFunction.CreateFunc<object?, bool>(functions.IsSafeUrl));
        Define(globals, "raw", DelegateCustomFunction.CreateFunc<object?, RawHtml>(functions.Raw));
        Define(globals, "css_string", DelegateCustomFunction.CreateFunc<object?, RawHtml>(functions.CssString));
        Define(globals, "css_page_content", DelegateCustomFunction.CreateFunc<string, object?, RawHtml>(functions.CssPageContent));
        return globals;
    }

    // Typed wrappers rather than ScriptObject.Import(name, Delegate): Import inspects the delegate by reflection,
    // which the native (AOT) build cannot promise to keep. Read-only, as Import makes them.
    private static void Define(ScriptObject globals, string name, IScriptCustomFunction function) =>
        globals.SetValue(name, function, readOnly: true);

    /// <summary>Hides members that would leak machine paths or are of no use to a template.</summary>
    public static bool IsVisible(MemberInfo member) =>
        member.Name is not (nameof(Briefing.Span) or nameof(Briefing.SourcePath) or "EqualityContract");

    /// <summary>The localized translation notice, or null when the document is not a translation (also written into Word documents).</summary>
    internal static string? TranslationNotice(Briefing briefing, string pattern)
    {
        var original = briefing.DocumentControl.OriginalLanguage;
        if (original is null || LabelKeys.BaseLanguage(original) == LabelKeys.BaseLanguage(briefing.Language))
            return null;
        return pattern.Replace("{0}", LanguageConventions.LanguageName(original, briefing.Language), StringComparison.Ordinal);
    }
}
