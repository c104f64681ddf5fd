using BriefingCompiler.Loading;

namespace BriefingCompiler.Translation;

/// <summary>
/// Which fields of a briefing are translated, in document order. Not translated, so never sent to a translator: the
/// structure (keys, audiences' names, statuses, agenda numbers), dates, versions, the symbol, the meeting's name (a
/// proper name, "ICANN81"), URLs, and what belongs to one language only (<c>language</c>, <c>labels</c>,
/// <c>original_language</c>).
/// </summary>
public static class TranslatableFields
{
    public static IReadOnlyList<TranslatableField> Of(MappingNode root)
    {
        var fields = new List<TranslatableField>();
        if (root.Find("meeting")?.Value is MappingNode meeting)
            Add(fields, meeting, "place", "meeting.place", markdown: false);
        if (root.Find("session")?.Value is MappingNode session)
            Add(fields, session, "title", "session.title", markdown: false);
        Add(fields, root, "objective", "objective", markdown: true);
        Add(fields, root, "background", "background", markdown: true);
        Add(fields, root, "agenda_intro", "agenda_intro", markdown: true);
        foreach (var (item, i) in Items(root, "agenda"))
        {
            var path = $"agenda.{i}";
            if (item is ScalarNode title)
            {
                fields.Add(new TranslatableField($"{path}.title", title, false, title.Span.Line, title.Span.Column));
                continue;
            }
            if (item is not MappingNode mapping)
                continue;
            Add(fields, mapping, "title", $"{path}.title", markdown: false);
            if (mapping.Find("note") is { Value: MappingNode note } entry)
                Add(fields, note, "text", $"{path}.note", markdown: false, entry.Key.Span);
            else
                Add(fields, mapping, "note", $"{path}.note", markdown: false);
        }
        foreach (var (item, i) in Items(root, "positions"))
        {
            if (item is not MappingNode position)
                continue;
            Add(fields, position, "topic", $"positions.{i}.topic", markdown: false);
            Add(fields, position, "body", $"positions.{i}.body", markdown: true);
        }
        Add(fields, root, "closing", "closing", markdown: true);
        foreach (var (item, i) in Items(root, "sections"))
        {
            if (item is not MappingNode section)
                continue;
            Add(fields, section, "title", $"sections.{i}.title", markdown: false);
            Add(fields, section, "body", $"sections.{i}.body", markdown: true);
        }
        foreach (var (item, i) in Items(root, "references"))
        {
            if (item is MappingNode reference)
                Add(fields, reference, "title", $"references.{i}.title", markdown: false);
        }
        if (root.Find("document_control")?.Value is MappingNode control)
        {
            Add(fields, control, "title", "document_control.title", markdown: false);
            Add(fields, control, "audience", "document_control.audience", markdown: false);
            Add(fields, control, "marking", "document_control.marking", markdown: false);
            foreach (var (item, i) in Items(control, "audiences"))
            {
                if (item is not MappingNode audience)
                    continue;
                Add(fields, audience, "distribution", $"document_control.audiences.{i}.distribution", markdown: false);
                Add(fields, audience, "marking", $"document_control.audiences.{i}.marking", markdown: false);
                Add(fields, audience, "title", $"document_control.audiences.{i}.title", markdown: false);
            }
            foreach (var (item, i) in Items(control, "versions"))
            {
                if (item is MappingNode version)
                    Add(fields, version, "note", $"document_control.versions.{i}.note", markdown: false);
            }
        }
        return fields;
    }

    /// <summary>Whether the document declares audience editions (then <c>::: NAME</c> lines in Markdown are structure, not text).</summary>
    public static bool DeclaresAudiences(MappingNode root) =>
        root.Find("document_control")?.Value is MappingNode control && control.Find("audiences")?.Value is SequenceNode { Items.Count: > 0 };

    private static void Add(List<TranslatableField> fields, MappingNode mapping, string key, string path, bool markdown, Diagnostics.SourceSpan? keyAt = null)
    {
        if (mapping.Find(key) is { Value: ScalarNode scalar } entry && scalar.Value.Length > 0)
            fields.Add(new TranslatableField(path, scalar, markdown, (keyAt ?? entry.Key.Span).Line, (keyAt ?? entry.Key.Span).Column));
    }

    private static IEnumerable<(SourceNode Item, int Index)> Items(MappingNode mapping, string key) =>
        mapping.Find(key)?.Value is SequenceNode sequence ? sequence.Items.Select((item, i) => (item, i + 1)) : [];
}
