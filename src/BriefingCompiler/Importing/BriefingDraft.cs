namespace BriefingCompiler.Importing;

/// <summary>
/// The briefing an import recovers, field by field as the YAML will hold it (Markdown as Markdown, dates as dates),
/// filled in while the document is read. Null or empty means not found.
/// </summary>
public sealed class BriefingDraft
{
    public string Language { get; set; } = "en";
    public string? Symbol { get; set; }
    public string? MeetingName { get; set; }
    public string? MeetingPlace { get; set; }
    public DateOnly? MeetingStart { get; set; }
    public DateOnly? MeetingEnd { get; set; }
    public int? SessionNumber { get; set; }
    public string? SessionTitle { get; set; }
    public string? Objective { get; set; }
    public string? Background { get; set; }
    public string? AgendaIntro { get; set; }
    public List<DraftAgendaItem> Agenda { get; } = [];
    public List<DraftPosition> Positions { get; } = [];
    public string? Closing { get; set; }
    public List<(string Title, string Body)> Sections { get; } = [];
    public List<(string Title, string Url)> References { get; } = [];
    public SortedDictionary<string, string> Labels { get; } = new(StringComparer.Ordinal);
    public string? Title { get; set; }
    public string? Audience { get; set; }
    public string? Marking { get; set; }
    public bool IsDraft { get; set; }
    public string? OriginalLanguage { get; set; }
    public List<DraftVersion> Versions { get; } = [];

    /// <summary>Text that could not be placed in a field: written as a comment at the end of the draft, never dropped.</summary>
    public List<string> Unplaced { get; } = [];
}
