using BriefingCompiler.Localization;
using BriefingCompiler.Model;
using BriefingCompiler.Templating;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingCompiler.Word;

/// <summary>
/// The body of a Word briefing, part by part in the built-in template's order. Each section heading carries a
/// bookmark named like the HTML's id (<c>objective</c>, <c>agenda</c>, <c>agenda-2</c>, <c>position-1</c>,
/// <c>document-control</c>…): the targets of "Agenda item N" links, and what <c>briefc import</c> recognises first.
/// </summary>
internal sealed class WordBodyWriter(
    Briefing briefing, WordContext context, IReadOnlyDictionary<string, string> labels, LanguageConventions conventions, RunningLines lines)
{
    private readonly WordMarkdown _markdown = new(context);
    private readonly List<OpenXmlElement> _body = [];

    public IReadOnlyList<OpenXmlElement> Write()
    {
        WriteTitleBlock();
        Section("objective", labels["objective"], briefing.Objective);
        if (briefing.Background is { } background)
            Section("background", labels["background"], background);
        WriteAgenda();
        WritePositions();
        if (briefing.Closing is { } closing)
        {
            var rule = context.Paragraph(WordStyles.Closing);
            context.Bookmark(rule, "closing");
            _body.Add(rule);
            Markdown(closing, 2);
        }
        for (var i = 0; i < briefing.Sections.Count; i++)
            Section($"section-{i + 1}", briefing.Sections[i].Title, briefing.Sections[i].Body);
        WriteReferences();
        WriteDocumentControl();
        if (briefing.DocumentControl.Marking is { } marking)
            _body.Add(context.Paragraph(WordStyles.Marking, context.Run(marking)));
        return _body;
    }

    private void WriteTitleBlock()
    {
        if (briefing.DocumentControl.Marking is { } marking)
            _body.Add(context.Paragraph(WordStyles.Marking, context.Run(marking)));
        var header = new List<OpenXmlElement>();
        if (lines.Draft is { } draft)
        {
            header.Add(context.Run(draft, new RunFormat(Bold: true)));
            header.Add(context.Run(" · "));
        }
        header.Add(context.Run(lines.VersionLine));
        _body.Add(context.Paragraph(WordStyles.RunningHeader, header));
        if (briefing.Symbol is { } symbol)
            _body.Add(context.Paragraph(WordStyles.Symbol, context.Run(symbol)));
        _body.Add(context.Paragraph(WordStyles.Meeting, context.Run(MeetingLine())));
        _body.Add(context.Paragraph(WordStyles.Title, context.Run(briefing.Session.Title)));
        if (briefing.Session.Number is { } number)
            _body.Add(context.Paragraph(WordStyles.Subtitle, context.Run(WordLabels.Fill(labels["session"], number))));
        if (TemplateModel.TranslationNotice(briefing, labels["translation_notice"]) is { } notice)
            _body.Add(context.Paragraph(WordStyles.TranslationNotice, context.Run(notice)));
    }

    private string MeetingLine()
    {
        var meeting = briefing.Meeting;
        var parts = new List<string> { meeting.Name };
        if (meeting.Place is { } place)
            parts.Add(place);
        if (meeting is { Start: { } start, End: { } end })
            parts.Add(DateFormatter.FormatRange(start, end, briefing.Language));
        else if (meeting.Start is { } day)
            parts.Add(DateFormatter.Format(day, briefing.Language));
        return string.Join(" · ", parts);
    }

    private void Section(string id, string title, MarkdownText body)
    {
        Heading(1, id, [context.Run(title)]);
        Markdown(body, 2);
    }

    private void Heading(int level, string id, IEnumerable<OpenXmlElement> content)
    {
        var heading = context.Paragraph(WordStyles.Heading(level), content);
        context.Bookmark(heading, id);
        _body.Add(heading);
    }

    private void Markdown(MarkdownText text, int topHeadingLevel) => _body.AddRange(_markdown.Blocks(text.Source, topHeadingLevel));

    private void WriteAgenda()
    {
        Heading(1, "agenda", [context.Run(labels["agenda"])]);
        if (briefing.AgendaIntro is { } intro)
            Markdown(intro, 2);
        var numberingId = context.Numbering.NewList(ordered: true);
        for (var i = 0; i < briefing.Agenda.Count; i++)
        {
            var item = briefing.Agenda[i];
            var content = new List<OpenXmlElement> { context.Run(item.Title) };
            if (item.IsTentative)
                content.Add(context.Run(conventions.Parenthesized(labels["tentative"]), characterStyle: WordStyles.Tentative));
            if (item.Note is { } note)
            {
                content.Add(new Run(new Break()));
                content.Add(context.Run(note, characterStyle: WordStyles.AgendaNote));
            }
            var paragraph = context.Paragraph(WordStyles.ListNumber, content, WordContext.ListLevel(numberingId, 0));
            context.Bookmark(paragraph, $"agenda-{i + 1}");
            _body.Add(paragraph);
        }
    }

    private void WritePositions()
    {
        if (briefing.Positions.Count == 0)
            return;
        Heading(1, "positions", [context.Run(labels["positions"])]);
        for (var i = 0; i < briefing.Positions.Count; i++)
        {
            var position = briefing.Positions[i];
            Heading(2, $"position-{i + 1}", [context.Run($"{i + 1}. {position.Topic}")]);
            if (position.Agenda is { } agenda)
            {
                var link = context.Link($"#agenda-{agenda}", [context.Run(WordLabels.Fill(labels["agenda_item"], agenda))]);
                _body.Add(context.Paragraph(WordStyles.PositionAgenda, link));
            }
            Markdown(position.Body, 3);
        }
    }

    private void WriteReferences()
    {
        if (briefing.References.Count == 0)
            return;
        Heading(1, "references", [context.Run(labels["references"])]);
        var numberingId = context.Numbering.NewList(ordered: false);
        foreach (var reference in briefing.References)
        {
            var title = context.Run(reference.Title);
            var content = new List<OpenXmlElement>();
            content.AddRange(LinkPolicy.IsAllowed(reference.Url) ? context.Link(reference.Url, [title]) : [title]);
            content.Add(new Run(new Break()));
            content.Add(context.Run(reference.Url, characterStyle: WordStyles.ReferenceUrl));
            _body.Add(context.Paragraph(WordStyles.ListBullet, content, WordContext.ListLevel(numberingId, 0)));
        }
    }

    private void WriteDocumentControl()
    {
        var control = briefing.DocumentControl;
        Heading(1, "document-control", [context.Run(labels["document_control"])]);
        var versions = control.Versions.Select(entry =>
        {
            var text = conventions.Labelled(WordLabels.Fill(labels["version"], entry.Version), DateFormatter.Format(entry.Date, briefing.Language));
            return entry.Note is { } note ? text + " — " + note : text;
        });
        _body.Add(new WordControlTable(context).Build(
        [
            (labels["title"], [control.Title]),
            (labels["audience"], [control.Audience]),
            (labels["distribution_date"], [.. versions]),
        ]));
    }
}
