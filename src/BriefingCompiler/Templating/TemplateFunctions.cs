using System.Globalization;
using BriefingCompiler.Localization;
using BriefingCompiler.Model;
using Scriban;
using Scriban.Runtime;

namespace BriefingCompiler.Templating;

/// <summary>
/// The functions a template calls, bound to the document's language. Each method is imported into Scriban
/// under its snake_case name; optional parameters stay optional in templates.
/// </summary>
/// <param name="numberedParagraphs">Whether <see cref="NumberedMarkdown"/> numbers paragraphs (the briefing's <c>numbered_paragraphs</c>).</param>
/// <param name="figures">The briefing's images and the document's figure numbers; null: Markdown images stay links.</param>
internal sealed class TemplateFunctions(string language, bool numberedParagraphs = false, DocumentFigures? figures = null)
{
    private readonly LanguageConventions _conventions = LanguageConventions.For(language);
    private readonly DocumentFootnotes _footnotes = new();
    private readonly QuotationMarks _quotes = QuotationMarks.For(language);
    private readonly ParagraphNumbering _paragraphs = new();

    /// <summary><c>format_date d</c> — "4 November 2024", "2024 年 11 月 4 日"…</summary>
    public string FormatDate(DateOnly date) => DateFormatter.Format(date, language);

    /// <summary><c>format_date_range start end</c> — "9–14 November 2024".</summary>
    public string FormatDateRange(DateOnly start, DateOnly end) => DateFormatter.FormatRange(start, end, language);

    /// <summary>
    /// <c>markdown text [level]</c> — Markdown (a MarkdownText or a string) as safe HTML; a <c>#</c> heading in it
    /// becomes <c>h{level}</c> (default 3, below the document's h2 section headings); straight quotes become the
    /// language's quotation marks.
    /// </summary>
    public RawHtml Markdown(object? text, int level = 3) => new(MarkdownRenderer.ToHtml(MarkdownSource(text), level, _footnotes, _quotes, figures: figures));

    /// <summary>
    /// <c>numbered_markdown text [level]</c> — as <c>markdown</c>, and when the briefing asks for numbered paragraphs
    /// (<c>numbered_paragraphs</c>) the field's own paragraphs carry the document's next numbers (1., 2., … continuing
    /// through every field rendered with this function), each a link target <c>#para-N</c>.
    /// </summary>
    public RawHtml NumberedMarkdown(object? text, int level = 3) =>
        new(MarkdownRenderer.ToHtml(MarkdownSource(text), level, _footnotes, _quotes, numberedParagraphs ? _paragraphs : null, (text as MarkdownText)?.RestrictedLines, figures));

    /// <summary>
    /// <c>footnotes</c> — the notes of the Markdown footnotes rendered so far (numbered through the document), as a list
    /// with links back to their calls; "" when there are none. A template calls it once, after the last Markdown field.
    /// </summary>
    public RawHtml Footnotes() => new(_footnotes.ListHtml());

    /// <summary><c>format_label pattern a [b]</c> — fills <c>{0}</c> and <c>{1}</c>: <c>format_label labels.version "2"</c> → "Version 2".</summary>
    public string FormatLabel(string pattern, object? first, object? second = null) =>
        pattern.Replace("{0}", Text(first), StringComparison.Ordinal).Replace("{1}", Text(second), StringComparison.Ordinal);

    /// <summary><c>labelled label value</c> — "Distribution: GAC Members", "发布对象：GAC 成员".</summary>
    public string Labelled(string label, object? value) => _conventions.Labelled(label, Text(value));

    /// <summary><c>parenthesized text</c> — " (tentative)", "（待定）".</summary>
    public string Parenthesized(object? text) => _conventions.Parenthesized(Text(text));

    /// <summary><c>is_safe_url url</c> — whether a link to <paramref name="url"/> may be written (see <see cref="LinkPolicy"/>).</summary>
    public bool IsSafeUrl(object? url) => LinkPolicy.IsAllowed(Text(url));

    /// <summary><c>raw html</c> — marks HTML written by the template author as trusted: it is not escaped.</summary>
    public RawHtml Raw(object? html) => new(Text(html));

    /// <summary><c>css_string text</c> — a quoted, escaped CSS string, for use inside &lt;style&gt;.</summary>
    public RawHtml CssString(object? text) => new(CssText.QuotedString(Text(text)));

    /// <summary>
    /// <c>css_page_content pattern [prefix]</c> — a CSS <c>content</c> value for a "Page {0} of {1}" pattern, with
    /// <c>counter(page)</c>/<c>counter(pages)</c> in place of the placeholders.
    /// </summary>
    public RawHtml CssPageContent(string pattern, object? prefix = null) => new(CssText.PageCounterContent(pattern, Text(prefix)));

    /// <summary>
    /// <c>include name</c> — Scriban's include, whose result is marked trusted. Without this the partial's output,
    /// already escaped value by value while it rendered, would be escaped a second time as a plain string.
    /// </summary>
    public static RawHtml Include(TemplateContext context, string name)
    {
        var builtin = context.BuiltinObject["include"] as IScriptCustomFunction
            ?? throw new InvalidOperationException("Scriban's include function is missing");
        var result = builtin.Invoke(context, context.CurrentNode, [name], null);
        return new RawHtml(result as string ?? string.Empty);
    }

    private static string MarkdownSource(object? text) => text switch
    {
        MarkdownText markdown => markdown.Source,
        _ => Text(text),
    };

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        RawHtml raw => raw.Html,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
