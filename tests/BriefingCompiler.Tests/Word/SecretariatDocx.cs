using System.Globalization;
using BriefingCompiler.Localization;
using BriefingCompiler.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingCompiler.Tests.Word;

/// <summary>
/// A Word briefing typed the way secretariats type them, made from a briefing with the SDK: no styles or numbering
/// at all — headings are bold paragraphs ending in a colon, lists are typed ("1. ", "• "), the positions' topics
/// are bold numbered paragraphs, the closing just follows the last position (or a typed heading), the document control is "label TAB value"
/// lines, no bookmarks.
/// </summary>
internal static class SecretariatDocx
{
    /// <param name="closingHeading">A bold heading typed above the closing ("Conclusion:"), or none: the closing then just follows the last position.</param>
    public static byte[] Write(Briefing briefing, string? closingHeading = null)
    {
        var labels = BuiltInLabels.Resolve(briefing.Language, briefing.Labels);
        var body = new Body();
        void Add(params OpenXmlElement[] runs) => body.Append(new Paragraph(runs));
        Run Plain(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        Run Bold(string text) => new(new RunProperties(new Bold()), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

        if (briefing.Symbol is { } symbol)
            Add(Plain(symbol));
        Add(Plain(briefing.Meeting.Name));
        Add(Bold(briefing.Session.Title));
        if (briefing.Session.Number is { } number)
            Add(Plain(labels["session"].Replace("{0}", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        if (briefing.DocumentControl.OriginalLanguage is { } original && original != briefing.Language)
            Add(Plain(labels["translation_notice"].Replace("{0}", LanguageConventions.LanguageName(original, briefing.Language), StringComparison.Ordinal)));
        Add(Bold(labels["objective"] + ":"));
        Markdown(body, briefing.Objective.Source);
        if (briefing.Background is { } background)
        {
            Add(Bold(labels["background"] + ":"));
            Markdown(body, background.Source);
        }
        Add(Bold(labels["agenda"] + ":"));
        if (briefing.AgendaIntro is { } intro)
            Markdown(body, intro.Source);
        for (var i = 0; i < briefing.Agenda.Count; i++)
        {
            var item = briefing.Agenda[i];
            Add(Plain($"{i + 1}. {item.Title}" + (item.IsTentative ? LanguageConventions.For(briefing.Language).Parenthesized(labels["tentative"]) : "")));
        }
        Add(Bold(labels["positions"] + ":"));
        for (var i = 0; i < briefing.Positions.Count; i++)
        {
            var position = briefing.Positions[i];
            Add(Bold($"{i + 1}. {position.Topic}"));
            if (position.Agenda is { } agenda)
                Add(Plain(labels["agenda_item"].Replace("{0}", agenda.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)));
            Markdown(body, position.Body.Source);
        }
        // The closing follows the last position with nothing to set it apart, as typed documents do.
        if (briefing.Closing is { } closing)
        {
            if (closingHeading is not null)
                Add(Bold(closingHeading));
            Markdown(body, closing.Source);
        }
        Add(Bold(labels["document_control"] + ":"));
        var control = briefing.DocumentControl;
        Add(Plain(labels["title"]), new Run(new TabChar()), Plain(control.Title));
        Add(Plain(labels["audience"]), new Run(new TabChar()), Plain(control.Audience));
        foreach (var version in control.Versions)
            Add(Plain(labels["distribution_date"]), new Run(new TabChar()),
                Plain(LanguageConventions.For(briefing.Language).Labelled(labels["version"].Replace("{0}", version.Version, StringComparison.Ordinal), DateFormatter.Format(version.Date, briefing.Language))));

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
            document.AddMainDocumentPart().Document = new Document(body);
        return stream.ToArray();
    }

    /// <summary>Markdown paragraphs as plain paragraphs with bold runs; list items typed with "• " or "1. ".</summary>
    private static void Markdown(Body body, string markdown)
    {
        // An editions fence ("::: members") is briefc's syntax: a typed document holds only the text inside it.
        var typed = string.Join("\n", markdown.Split('\n').Where(line => !line.TrimStart().StartsWith(":::", StringComparison.Ordinal)));
        foreach (var block in Markdig.Markdown.Parse(typed, new MarkdownPipelineBuilder().UsePipeTables().Build()))
        {
            if (block is ParagraphBlock paragraph)
            {
                body.Append(new Paragraph(Inlines(paragraph.Inline)));
            }
            else if (block is ListBlock list)
            {
                var n = 0;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var marker = list.IsOrdered ? $"{++n}. " : "• ";
                    var first = item.OfType<ParagraphBlock>().First();
                    body.Append(new Paragraph([new Run(new Text(marker) { Space = SpaceProcessingModeValues.Preserve }), .. Inlines(first.Inline)]));
                }
            }
        }
    }

    private static List<OpenXmlElement> Inlines(ContainerInline? container)
    {
        var runs = new List<OpenXmlElement>();
        foreach (var inline in container ?? [])
        {
            var bold = inline is EmphasisInline { DelimiterCount: 2 };
            var text = inline is ContainerInline inner ? string.Concat(inner.Descendants<LiteralInline>().Select(l => l.Content.ToString())) : inline is LiteralInline literal ? literal.Content.ToString() : " ";
            var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            if (bold)
                run.PrependChild(new RunProperties(new Bold()));
            runs.Add(run);
        }
        return runs;
    }
}
