using System.Globalization;
using BriefingCompiler.Loading;
using BriefingCompiler.Validation;

namespace BriefingCompiler.Model;

/// <summary>
/// Builds the immutable <see cref="Briefing"/> from a source tree that passed validation with no error. It
/// relies on that: a required field that is missing here is a bug in the validator, not an author's mistake,
/// and is reported as such by an exception.
/// </summary>
public static class BriefingBuilder
{
    public static Briefing Build(MappingNode root, string sourcePath)
    {
        var documentControl = Mapping(root, "document_control");
        return new Briefing(
            SourcePath: sourcePath,
            Language: Text(root, "language"),
            Symbol: OptionalText(root, "symbol"),
            Meeting: BuildMeeting(Required(root, "meeting")),
            Session: BuildSession(Mapping(root, "session")),
            Objective: Markdown(root, "objective"),
            Background: OptionalMarkdown(root, "background"),
            AgendaIntro: OptionalMarkdown(root, "agenda_intro"),
            Agenda: [.. Items(root, "agenda").Select(BuildAgendaItem)],
            Positions: [.. Items(root, "positions").Select(item => BuildPosition((MappingNode)item))],
            Closing: OptionalMarkdown(root, "closing"),
            Sections: [.. Items(root, "sections").Select(item => BuildSection((MappingNode)item))],
            References: [.. Items(root, "references").Select(item => BuildReference((MappingNode)item))],
            Labels: BuildLabels(root.Find("labels")?.Value as MappingNode),
            DocumentControl: BuildDocumentControl(documentControl),
            Span: root.Span)
        {
            Toc = root.Find("toc")?.Value is ScalarNode toc ? YamlCoreSchema.IsTrue(toc) : null,
            NumberedParagraphs = root.Find("numbered_paragraphs")?.Value is ScalarNode numbered ? YamlCoreSchema.IsTrue(numbered) : null,
        };
    }

    private static Meeting BuildMeeting(SourceNode node) => node switch
    {
        ScalarNode name => new Meeting(name.Value, null, null, null, name.Span),
        MappingNode mapping => new Meeting(
            Text(mapping, "name"), OptionalText(mapping, "place"), OptionalDate(mapping, "start"), OptionalDate(mapping, "end"), mapping.Span),
        _ => throw Invalid("meeting"),
    };

    private static Session BuildSession(MappingNode session) =>
        new(OptionalInteger(session, "number"), Text(session, "title"), session.Span);

    private static AgendaItem BuildAgendaItem(SourceNode node) => node switch
    {
        ScalarNode title => new AgendaItem(title.Value, AgendaStatus.Confirmed, null, title.Span),
        MappingNode item => new AgendaItem(
            Text(item, "title"),
            OptionalText(item, "status") == "tentative" ? AgendaStatus.Tentative : AgendaStatus.Confirmed,
            item.Find("note")?.Value is MappingNode note ? Text(note, "text") : OptionalText(item, "note"),
            item.Span)
        {
            Audience = OptionalText(item, "audience"),
            NoteAudience = item.Find("note")?.Value is MappingNode restricted ? OptionalText(restricted, "audience") : null,
        },
        _ => throw Invalid("agenda item"),
    };

    private static Position BuildPosition(MappingNode position) =>
        new(Text(position, "topic"), OptionalInteger(position, "agenda"), Markdown(position, "body"), position.Span)
        {
            Audience = OptionalText(position, "audience"),
        };

    private static ExtraSection BuildSection(MappingNode section) =>
        new(Text(section, "title"), Markdown(section, "body"), section.Span) { Audience = OptionalText(section, "audience") };

    private static Reference BuildReference(MappingNode reference) =>
        new(Text(reference, "title"), Text(reference, "url"), reference.Span) { Audience = OptionalText(reference, "audience") };

    private static Audience BuildAudience(MappingNode audience) =>
        new(Text(audience, "name"), Text(audience, "distribution"), OptionalText(audience, "marking"), OptionalText(audience, "title"), audience.Span);

    private static IReadOnlyDictionary<string, string> BuildLabels(MappingNode? labels) =>
        labels is null
            ? new Dictionary<string, string>()
            : labels.Entries.ToDictionary(e => e.Key.Value, e => ((ScalarNode)e.Value).Value, StringComparer.Ordinal);

    private static DocumentControl BuildDocumentControl(MappingNode control) =>
        new(
            Text(control, "title"),
            Text(control, "audience"),
            [.. Items(control, "versions").Select(item => BuildVersion((MappingNode)item))],
            OptionalText(control, "marking"),
            OptionalText(control, "status") == "draft" ? DocumentStatus.Draft : DocumentStatus.Final,
            OptionalText(control, "original_language"),
            control.Span)
        {
            Audiences = [.. Items(control, "audiences").Select(item => BuildAudience((MappingNode)item))],
        };

    private static VersionEntry BuildVersion(MappingNode entry) =>
        new(Text(entry, "version"), OptionalDate(entry, "date") ?? throw Invalid("version date"), OptionalText(entry, "note"), entry.Span);

    private static SourceNode Required(MappingNode mapping, string key) =>
        mapping.Find(key)?.Value ?? throw Invalid(key);

    private static MappingNode Mapping(MappingNode mapping, string key) =>
        Required(mapping, key) as MappingNode ?? throw Invalid(key);

    private static string Text(MappingNode mapping, string key) =>
        (Required(mapping, key) as ScalarNode)?.Value ?? throw Invalid(key);

    private static string? OptionalText(MappingNode mapping, string key) =>
        mapping.Find(key)?.Value is ScalarNode scalar ? scalar.Value : null;

    private static MarkdownText Markdown(MappingNode mapping, string key) =>
        OptionalMarkdown(mapping, key) ?? throw Invalid(key);

    private static MarkdownText? OptionalMarkdown(MappingNode mapping, string key) =>
        mapping.Find(key)?.Value is ScalarNode scalar ? new MarkdownText(scalar.Value, scalar.Span) { IsLiteral = scalar.IsLiteral } : null;

    private static int? OptionalInteger(MappingNode mapping, string key) =>
        mapping.Find(key)?.Value is ScalarNode scalar && YamlCoreSchema.IntegerValue(scalar) is { } value ? (int)value : null;

    private static DateOnly? OptionalDate(MappingNode mapping, string key) =>
        OptionalText(mapping, key) is { } text
            ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static IReadOnlyList<SourceNode> Items(MappingNode mapping, string key) =>
        mapping.Find(key)?.Value is SequenceNode sequence ? sequence.Items : [];

    private static InvalidOperationException Invalid(string field) =>
        new($"the model builder met an invalid `{field}`; it must only be given a validated briefing");
}
