using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

using static BriefingCompiler.Importing.YamlScalarEmitter;

namespace BriefingCompiler.Importing;

/// <summary>
/// Writes a <see cref="BriefingDraft"/> as a briefing source file (format 1), fields in the order of the samples, with
/// YamlDotNet's emitter so every value is quoted exactly as YAML needs: Markdown as literal blocks, text that would
/// read as a number, boolean or null quoted. What the import could not place follows as comments.
/// </summary>
public static partial class DraftYamlWriter
{
    public static string Write(BriefingDraft draft, string sourceName)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        writer.Write($"# Draft imported by briefc from {OneLine(sourceName)}: read it through, fix what the import report names, then run briefc check.\n");
        var emitter = new Emitter(writer, bestIndent: 2, bestWidth: int.MaxValue);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));

        Plain(emitter, "briefc", "1");
        Text(emitter, "language", draft.Language);
        Optional(emitter, "symbol", draft.Symbol);
        Meeting(emitter, draft);
        Key(emitter, "session");
        Begin(emitter);
        if (draft.SessionNumber is { } number)
            Plain(emitter, "number", number.ToString(CultureInfo.InvariantCulture));
        Text(emitter, "title", draft.SessionTitle ?? "");
        End(emitter);
        Markdown(emitter, "objective", draft.Objective ?? "");
        OptionalMarkdown(emitter, "background", draft.Background);
        OptionalMarkdown(emitter, "agenda_intro", draft.AgendaIntro);
        Key(emitter, "agenda");
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
        foreach (var item in draft.Agenda)
        {
            if (!item.Tentative && item.Note is null)
            {
                Value(emitter, item.Title);
                continue;
            }
            Begin(emitter);
            Text(emitter, "title", item.Title);
            if (item.Tentative)
                Plain(emitter, "status", "tentative");
            Optional(emitter, "note", item.Note);
            End(emitter);
        }
        emitter.Emit(new SequenceEnd());
        if (draft.Positions.Count > 0)
        {
            Key(emitter, "positions");
            emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
            foreach (var position in draft.Positions)
            {
                Begin(emitter);
                Text(emitter, "topic", position.Topic);
                if (position.Agenda is { } agenda)
                    Plain(emitter, "agenda", agenda.ToString(CultureInfo.InvariantCulture));
                Markdown(emitter, "body", position.Body);
                End(emitter);
            }
            emitter.Emit(new SequenceEnd());
        }
        OptionalMarkdown(emitter, "closing", draft.Closing);
        if (draft.Sections.Count > 0)
        {
            Key(emitter, "sections");
            emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
            foreach (var (title, body) in draft.Sections)
            {
                Begin(emitter);
                Text(emitter, "title", title);
                Markdown(emitter, "body", body);
                End(emitter);
            }
            emitter.Emit(new SequenceEnd());
        }
        if (draft.References.Count > 0)
        {
            Key(emitter, "references");
            emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
            foreach (var (title, url) in draft.References)
            {
                Begin(emitter);
                Text(emitter, "title", title);
                Text(emitter, "url", url);
                End(emitter);
            }
            emitter.Emit(new SequenceEnd());
        }
        if (draft.Labels.Count > 0)
        {
            Key(emitter, "labels");
            Begin(emitter);
            foreach (var (key, value) in draft.Labels)
                Text(emitter, key, value);
            End(emitter);
        }
        Key(emitter, "document_control");
        Begin(emitter);
        Text(emitter, "title", draft.Title ?? "");
        Text(emitter, "audience", draft.Audience ?? "");
        Optional(emitter, "original_language", draft.OriginalLanguage);
        Optional(emitter, "marking", draft.Marking);
        if (draft.IsDraft)
            Plain(emitter, "status", "draft");
        Key(emitter, "versions");
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
        foreach (var version in draft.Versions)
        {
            Begin(emitter);
            if (VersionNumber().IsMatch(version.Version))
                Plain(emitter, "version", version.Version);
            else
                Text(emitter, "version", version.Version);
            if (version.Date is { } date)
                Plain(emitter, "date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            else
                Text(emitter, "date", version.Source);
            Optional(emitter, "note", version.Note);
            End(emitter);
        }
        emitter.Emit(new SequenceEnd());
        End(emitter);

        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());

        if (draft.Unplaced.Count > 0)
        {
            writer.Write("\n# Found in the Word document but placed in no field by briefc import (move what belongs into the fields above):\n");
            foreach (var text in draft.Unplaced)
            {
                foreach (var line in text.Split('\n'))
                    writer.Write("#   " + OneLine(line) + "\n");
            }
        }
        return writer.ToString();
    }

    private static void Meeting(IEmitter emitter, BriefingDraft draft)
    {
        if (draft.MeetingPlace is null && draft.MeetingStart is null)
        {
            Text(emitter, "meeting", draft.MeetingName ?? "");
            return;
        }
        Key(emitter, "meeting");
        Begin(emitter);
        Text(emitter, "name", draft.MeetingName ?? "");
        Optional(emitter, "place", draft.MeetingPlace);
        if (draft.MeetingStart is { } start)
            Plain(emitter, "start", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (draft.MeetingEnd is { } end)
            Plain(emitter, "end", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        End(emitter);
    }

    private static string OneLine(string text) => string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));

    [GeneratedRegex(@"^[0-9]+(?:\.[0-9]+)*$")]
    private static partial Regex VersionNumber();
}
