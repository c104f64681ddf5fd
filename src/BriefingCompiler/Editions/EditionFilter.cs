using BriefingCompiler.Model;

namespace BriefingCompiler.Editions;

/// <summary>
/// Makes one audience's edition of a briefing: everything restricted to an audience it may not see is removed from
/// the model before any template, renderer or report sees it. An audience sees content marked for itself and for the
/// audiences listed after it in <c>document_control.audiences</c> (the wider circles); content marked for an audience
/// listed before it (an inner circle) is not in its edition. Agenda numbers are the edition's own: positions that
/// refer to an item follow it to its new number.
/// </summary>
public static class EditionFilter
{
    /// <summary>The editions a briefing has, innermost first; one edition (the source itself) when it declares no audiences.</summary>
    public static IReadOnlyList<Audience> EditionsOf(Briefing briefing) => briefing.DocumentControl.Audiences;

    /// <summary>
    /// Whether <paramref name="edition"/> sees content restricted to <paramref name="restrictedTo"/> (null: unrestricted):
    /// the one rule of editions, used to make them and to validate them. <paramref name="order"/>: the audiences' names,
    /// innermost first.
    /// </summary>
    public static bool Sees(IReadOnlyList<string> order, string edition, string? restrictedTo) =>
        restrictedTo is null || Rank(order, edition) <= Rank(order, restrictedTo);

    public static Briefing Apply(Briefing briefing, Audience edition)
    {
        var audiences = briefing.DocumentControl.Audiences;
        var order = audiences.Select(a => a.Name).ToList();
        bool sees(string? restrictedTo) => Sees(order, edition.Name, restrictedTo);
        MarkdownText markdown(MarkdownText value)
        {
            var restricted = new HashSet<int>();
            var filtered = AudienceBlocks.Filter(value.Source, name => sees(name), restricted);
            return value with { Source = filtered, RestrictedLines = restricted.Count > 0 ? restricted : null };
        }

        // A position restricted to an audience is restricted whole: none of its paragraphs is numbered.
        MarkdownText restrictedWhole(MarkdownText value) =>
            value with { RestrictedLines = Enumerable.Range(0, value.Source.Split('\n').Length).ToHashSet() };
        MarkdownText? optional(MarkdownText? value) =>
            value is not null && markdown(value) is var filtered && !string.IsNullOrWhiteSpace(filtered.Source) ? filtered : null;

        var agendaNumbers = new Dictionary<int, int>();
        var agenda = new List<AgendaItem>();
        for (var i = 0; i < briefing.Agenda.Count; i++)
        {
            var item = briefing.Agenda[i];
            if (!sees(item.Audience))
                continue;
            agenda.Add(sees(item.NoteAudience) ? item with { NoteAudience = null } : item with { Note = null, NoteAudience = null });
            agendaNumbers[i + 1] = agenda.Count;
        }

        var control = briefing.DocumentControl;
        return briefing with
        {
            Objective = markdown(briefing.Objective),
            Background = optional(briefing.Background),
            AgendaIntro = optional(briefing.AgendaIntro),
            Agenda = agenda,
            Positions = [.. briefing.Positions.Where(p => sees(p.Audience)).Select(p => p with
            {
                // Validation refuses a position that an edition sees pointing at an item it does not see.
                Agenda = p.Agenda is { } number && agendaNumbers.TryGetValue(number, out var renumbered) ? renumbered : null,
                Body = p.Audience is null ? markdown(p.Body) : restrictedWhole(markdown(p.Body)),
            })],
            Closing = optional(briefing.Closing),
            Sections = [.. briefing.Sections.Where(s => sees(s.Audience)).Select(s => s with { Body = markdown(s.Body) })],
            References = [.. briefing.References.Where(r => sees(r.Audience))],
            DocumentControl = control with
            {
                Title = edition.Title ?? control.Title,
                Audience = edition.Distribution,
                Marking = edition.Marking ?? control.Marking,
                // An inner circle's name, distribution line, marking and title are not the wider edition's to know.
                Audiences = [.. audiences.Where(a => Sees(order, edition.Name, a.Name))],
            },
            Edition = edition.Name,
        };
    }

    private static int Rank(IReadOnlyList<string> order, string name)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == name)
                return i;
        }

        throw new InvalidOperationException($"audience `{name}` is not declared; validation must refuse it before an edition is made");
    }
}
