using System.Globalization;
using System.Text.RegularExpressions;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;
using SourceSpan = BriefingCompiler.Diagnostics.SourceSpan;

namespace BriefingCompiler.Templating;

/// <summary>
/// A parsed Scriban template that turns a <see cref="Briefing"/> into one HTML document: every value it writes
/// is escaped unless it is <see cref="RawHtml"/>, unknown names are errors, includes come only from the
/// template's own folder, Scriban's loop and recursion limits stay on, a render that exhausts its
/// <see cref="TemplateBudget"/> stops at its place, and the builtins that read the clock or randomness are pinned or
/// refused (<see cref="DeterministicBuiltins"/>).
/// </summary>
public sealed class BriefingTemplate
{
    /// <summary>The name diagnostics use for the template embedded in the tool.</summary>
    public const string BuiltInName = "briefing.html.sbn (built-in)";

    internal const string BuiltInResource = "BriefingCompiler.Templates.briefing.html.sbn";

    // Generous bounds that stop a runaway template; a source is at most 5 MiB, so real output stays far below.
    private const int StringLimit = 16 * 1024 * 1024;
    private const int OutputLimit = 64 * 1024 * 1024;

    // Scriban's default of 1,000 iterations refused a briefing with 1,000 agenda items (as a template error). Every
    // list item takes at least two bytes of a source of at most 5 MiB, so no briefing reaches this; a runaway
    // template loop still stops.
    private const int LoopLimit = (int)(Loading.SourceLimits.MaxFileBytes / 2);

    private readonly Template _template;
    private readonly Func<ITemplateLoader> _loader;
    private readonly TemplateBudget _budget;

    private BriefingTemplate(string name, string text, Template template, Func<ITemplateLoader> loader, TemplateBudget budget, string? folder)
    {
        Folder = folder;
        Name = name;
        Text = text;
        _template = template;
        _loader = loader;
        _budget = budget;
    }

    /// <summary>The template's file path (or <see cref="BuiltInName"/>), as diagnostics show it.</summary>
    public string Name { get; }

    /// <summary>The folder of a template file: its images are read from there and below (null for the built-in template and parsed text).</summary>
    public string? Folder { get; }

    /// <summary>The template's own text (not its partials): engine warnings are placed in it.</summary>
    public string Text { get; }

    /// <summary>The default template, embedded in the tool so briefc works outside this repository.</summary>
    /// <param name="budget">How much one render may spend; null: <see cref="TemplateBudget.Default"/>.</param>
    public static BriefingTemplate BuiltIn(TemplateBudget? budget = null)
    {
        using var stream = typeof(BriefingTemplate).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"resource {BuiltInResource} is missing from the assembly");
        using var reader = new StreamReader(stream);
        var result = Parse(reader.ReadToEnd(), BuiltInName, () => new NoPartialsTemplateLoader(), budget);
        // The built-in template is tested; failing to parse it is a defect in briefc, not in the user's input.
        return result.Template ?? throw new InvalidOperationException(
            "the built-in template does not parse: " + string.Join("; ", result.Diagnostics));
    }

    /// <summary>Reads and parses a template file; partials may be included from its folder.</summary>
    /// <param name="path">The template file.</param>
    /// <param name="shownAs">The name diagnostics give the file (the path as the user wrote it); null: <paramref name="path"/>.</param>
    /// <param name="budget">How much one render may spend; null: <see cref="TemplateBudget.Default"/>.</param>
    public static TemplateLoadResult Load(string path, string? shownAs = null, TemplateBudget? budget = null)
    {
        var name = shownAs ?? path;
        string text;
        try
        {
            text = TemplateText.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new TemplateLoadResult(null,
                [new Diagnostic(Severity.Error, DiagnosticCodes.TemplateUnreadable, $"cannot read template: {e.Message}", SourceSpan.StartOf(name))]);
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return Parse(text, name, () => new FolderTemplateLoader(folder), budget, folder);
    }

    /// <summary>Parses template text; <paramref name="name"/> is the file name diagnostics show.</summary>
    /// <param name="folder">Where the template's images are read from (null: only <c>data:</c> images).</param>
    public static TemplateLoadResult Parse(string text, string name, Func<ITemplateLoader> loader, TemplateBudget? budget = null, string? folder = null)
    {
        var template = Template.Parse(text, name);
        if (!template.HasErrors)
            return new TemplateLoadResult(new BriefingTemplate(name, text, template, loader, budget ?? TemplateBudget.Default, folder), []);
        var diagnostics = template.Messages
            .Where(m => m.Type == ParserMessageType.Error)
            .Select(m => new Diagnostic(Severity.Error, DiagnosticCodes.TemplateSyntax, $"template syntax: {m.Message}", ToSourceSpan(m.Span, name)))
            .ToList();
        return new TemplateLoadResult(null, diagnostics);
    }

    /// <summary>Renders <paramref name="briefing"/>; on failure, Html is null and the diagnostics say where and why.</summary>
    /// <param name="buildDate">
    /// What <c>date.now</c> returns: SOURCE_DATE_EPOCH when the build pins one; null: the current version's date, as
    /// for the PDF's date. Never the clock.
    /// </param>
    /// <param name="sourceBytes">The size of the briefing's source: the budget grows with it (0: the base budget only).</param>
    /// <param name="emblem">briefc.yaml's emblem, which the template sees as <c>emblem</c> (null: none).</param>
    public TemplateRenderResult Render(Briefing briefing, DateTimeOffset? buildDate = null, long sourceBytes = 0, Projects.ProjectEmblem? emblem = null)
    {
        var meter = new TemplateBudgetMeter(_budget, sourceBytes);
        var context = new HtmlEscapingTemplateContext(meter)
        {
            StrictVariables = true,
            // A misspelt member (briefing.sesion) is an error at its own place, not a null that fails later.
            EnableRelaxedMemberAccess = false,
            TemplateLoader = _loader(),
            MemberFilter = TemplateModel.IsVisible,
            LimitToString = StringLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = OutputLimit,
            LoopLimit = LoopLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            // Every regular expression a template can reach runs without backtracking (BoundedTextFunctions); should a
            // builtin still use Scriban's own, it stops at the backstop too.
            RegexTimeOut = TimeSpan.FromSeconds(_budget.Seconds),
            NewLine = "\n",
        };
        DeterministicBuiltins.Apply(context.BuiltinObject, briefing.DocumentDate(buildDate).UtcDateTime);
        BoundedTextFunctions.Apply(context.BuiltinObject);
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(TemplateModel.Build(briefing, emblem));
        try
        {
            var html = _template.Render(context);
            return new TemplateRenderResult(html, []) { Steps = meter.Steps, Characters = meter.Characters };
        }
        catch (ScriptRuntimeException e)
        {
            var (code, message) = e switch
            {
                TemplateIncludeException => (DiagnosticCodes.TemplateIncludeRefused, e.OriginalMessage),
                TemplateBudgetExceededException => (DiagnosticCodes.TemplateBudgetExceeded, e.OriginalMessage),
                { InnerException: RegexMatchTimeoutException } => (DiagnosticCodes.TemplateBudgetExceeded,
                    $"a regular expression ran for more than {_budget.Seconds} seconds and was stopped; " +
                    $"if it really needs longer, raise {TemplateBudget.SettingName}.seconds in briefc.yaml"),
                _ => (DiagnosticCodes.TemplateRender, e.OriginalMessage),
            };
            return new TemplateRenderResult(null, [new Diagnostic(Severity.Error, code, $"template: {message}", ToSourceSpan(e.Span, Name))])
            {
                Steps = meter.Steps,
                Characters = meter.Characters,
            };
        }
    }

    /// <summary>Scriban positions are 0-based; ours are 1-based like an editor's.</summary>
    private static SourceSpan ToSourceSpan(ScribanSpan span, string fallbackFile)
    {
        var file = string.IsNullOrEmpty(span.FileName) ? fallbackFile : span.FileName;
        return new SourceSpan(file, span.Start.Line + 1, span.Start.Column + 1, span.End.Line + 1, span.End.Column + 1);
    }
}

/// <summary>A parsed template, or the diagnostics saying why there is none.</summary>
public sealed record TemplateLoadResult(BriefingTemplate? Template, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>The rendered HTML, or null with the diagnostics saying why.</summary>
public sealed record TemplateRenderResult(string? Html, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>What the render spent of its <see cref="TemplateBudget"/>: steps evaluated.</summary>
    public long Steps { get; init; }

    /// <summary>What the render spent of its <see cref="TemplateBudget"/>: characters handled.</summary>
    public long Characters { get; init; }
}
