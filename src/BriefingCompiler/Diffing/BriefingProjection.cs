using System.Globalization;
using BriefingCompiler.Model;

namespace BriefingCompiler.Diffing;

/// <summary>
/// The comparable view of a briefing: its fields under their YAML names, in document order. Defaults are
/// filled in (an agenda item without <c>status</c> is <c>confirmed</c>), so writing a default out or leaving
/// it implicit is no change either.
/// </summary>
public static class BriefingProjection
{
    /// <param name="figures">Whether to compare the images the Markdown shows by their bytes (<c>figures</c>, by name).</param>
    public static RecordNode Project(Briefing briefing, bool figures = false) => new(
    [
        new("language", Atom(briefing.Language)),
        new("symbol", Plain(briefing.Symbol)),
        new("meeting", new RecordNode(
        [
            new("name", Plain(briefing.Meeting.Name)),
            new("place", Plain(briefing.Meeting.Place)),
            new("start", Date(briefing.Meeting.Start)),
            new("end", Date(briefing.Meeting.End)),
        ])),
        new("session", new RecordNode(
        [
            new("number", Number(briefing.Session.Number)),
            new("title", Plain(briefing.Session.Title)),
        ])),
        new("objective", Markdown(briefing.Objective)),
        new("background", Markdown(briefing.Background)),
        new("agenda_intro", Markdown(briefing.AgendaIntro)),
        new("agenda", new ListNode([.. briefing.Agenda.Select(item => new RecordNode(
        [
            new("title", Plain(item.Title)),
            new("status", Atom(item.IsTentative ? "tentative" : "confirmed")),
            new("note", Plain(item.Note)),
        ]))])),
        new("positions", new ListNode([.. briefing.Positions.Select(position => new RecordNode(
        [
            new("topic", Plain(position.Topic)),
            new("agenda", Number(position.Agenda)),
            new("body", Markdown(position.Body)),
        ]))])),
        new("closing", Markdown(briefing.Closing)),
        new("sections", new ListNode([.. briefing.Sections.Select(section => new RecordNode(
        [
            new("title", Plain(section.Title)),
            new("body", Markdown(section.Body)),
        ]))])),
        new("references", new ListNode([.. briefing.References.Select(reference => new RecordNode(
        [
            new("title", Plain(reference.Title)),
            new("url", Atom(reference.Url)),
        ]))])),
        new("labels", new RecordNode([.. briefing.Labels
            .OrderBy(label => label.Key, StringComparer.Ordinal)
            .Select(label => new NodeField(label.Key, Plain(label.Value)))])),
        new("document_control", new RecordNode(
        [
            new("title", Plain(briefing.DocumentControl.Title)),
            new("audience", Plain(briefing.DocumentControl.Audience)),
            new("versions", new ListNode([.. briefing.DocumentControl.Versions.Select(version => new RecordNode(
            [
                new("version", Atom(version.Version)),
                new("date", Date(version.Date)),
                new("note", Plain(version.Note)),
            ]))])),
            new("marking", Plain(briefing.DocumentControl.Marking)),
            new("status", Atom(briefing.DocumentControl.IsDraft ? "draft" : "final")),
            new("original_language", Atom(briefing.DocumentControl.OriginalLanguage)),
        ])),
        new("figures", figures && briefing.Figures is { Count: > 0 } images
            ? new RecordNode([.. images.OrderBy(image => image.Key, StringComparer.Ordinal)
                .Select(image => new NodeField(image.Key, Atom(ImageIdentity(image.Value))))])
            : null),
    ]);

    /// <summary>What a diff shows of an image: its type, size and the start of its SHA-256 (a replaced file reads as a change of it).</summary>
    private static string ImageIdentity(Assets.ImageAsset image) =>
        $"{image.MediaType}, {image.Bytes.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes, sha256 {image.ContentHash[..12]}";

    private static TextNode? Atom(string? value) => value is null ? null : new TextNode(value, TextNodeKind.Atom);

    private static TextNode? Plain(string? value) => value is null ? null : new TextNode(value, TextNodeKind.Plain);

    private static TextNode? Markdown(MarkdownText? value) => value is null ? null : new TextNode(value.Source, TextNodeKind.Markdown);

    private static TextNode? Number(int? value) => value is null ? null : Atom(value.Value.ToString(CultureInfo.InvariantCulture));

    private static TextNode? Date(DateOnly? value) =>
        value is null ? null : Atom(value.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
