using System.Globalization;

namespace BriefingCompiler.Benchmarks.Corpus;

public sealed record CorpusBriefing(string FileName, string Yaml);

/// <summary>
/// Makes benchmark briefings from real sample briefings: briefing <c>i</c> takes the seeds in turn
/// (zh, en, fr, es, ru, ar, then any others) and varies meeting, session number, agenda length and
/// order, which positions appear and in what order, how long their bullet lists are, which optional
/// sections are present, version history, draft status and marking — all from <see cref="CorpusVariation"/>.
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] LanguageOrder = ["zh", "en", "fr", "es", "ru", "ar"];

    // The meeting the seeds talk about; replaced everywhere by the generated meeting.
    private const string SeedMeeting = "ICANN81";

    private readonly IReadOnlyList<BriefingSeed> seeds;

    public CorpusGenerator(IEnumerable<BriefingSeed> seeds)
    {
        this.seeds = seeds
            .OrderBy(s => Array.IndexOf(LanguageOrder, s.Language) is var i and >= 0 ? i : LanguageOrder.Length)
            .ThenBy(s => s.Language, StringComparer.Ordinal)
            .ThenBy(s => s.FileName, StringComparer.Ordinal)
            .ToList();
        if (this.seeds.Count == 0) throw new ArgumentException("at least one seed briefing is needed", nameof(seeds));
    }

    public IReadOnlyList<BriefingSeed> Seeds => seeds;

    public CorpusBriefing Generate(int index)
    {
        var seed = seeds[index % seeds.Count];
        var v = CorpusVariation.For(index, seeds.Count);
        var meeting = "ICANN" + v.MeetingNumber.ToString(CultureInfo.InvariantCulture);
        string Local(string text) => text.Replace(SeedMeeting, meeting, StringComparison.Ordinal);
        YamlText? OptionalText(string? text, bool keep) => keep && text is not null ? new YamlText(Local(text)) : null;
        var extras = LocalizedExtras.For(seed.Language);

        var agendaSources = ChooseAgenda(seed.Agenda.Count, v.AgendaLength, v.Rotation);
        var agenda = agendaSources.Select(source => seed.Agenda[source - 1]).ToList();
        var positions = seed.Positions.Count == 0
            ? []
            : Enumerable.Range(0, v.PositionCount).Select(k =>
            {
                var position = seed.Positions[(k + v.Rotation) % seed.Positions.Count];
                // The position keeps pointing at its own agenda item where the new agenda still has it.
                var agendaNumber = position.AgendaItem is { } item && agendaSources.IndexOf(item) is var at and >= 0 ? at + 1 : (int?)null;
                return (YamlValue)YamlMap.Of(
                    ("topic", new YamlText(Local(position.Topic))),
                    ("agenda", agendaNumber is { } n ? Number(n) : null),
                    ("body", new YamlText(Local(KeepBullets(position.Body, 1 + (v.Round + k) % 3)))));
            }).ToList();

        var versions = Enumerable.Range(0, v.VersionCount).Select(j => (YamlValue)YamlMap.Of(
            ("version", Number(j + 1)),
            ("date", Date(v.FirstVersionDate.AddDays(3 * j))))).ToList();
        var meetingStart = v.FirstVersionDate.AddDays(3 * v.VersionCount + 7);
        YamlValue meetingValue = v.MeetingAsMapping
            ? YamlMap.Of(
                ("name", new YamlText(meeting)),
                ("place", new YamlText(extras.Places[v.PlaceIndex])),
                ("start", Date(meetingStart)),
                ("end", Date(meetingStart.AddDays(5))))
            : new YamlText(meeting);
        var references = v.WithReferences
            ? new YamlList([YamlMap.Of(
                ("title", new YamlText(string.Format(CultureInfo.InvariantCulture, extras.CommuniqueTitle, meeting))),
                ("url", new YamlText($"https://gac.icann.org/contentMigrated/{meeting.ToLowerInvariant()}-communique")))])
            : null;

        var document = YamlMap.Of(
            ("briefc", Number(1)),
            ("language", new YamlPlain(seed.Language)),
            ("symbol", new YamlText($"GAC/{meeting}/{v.SessionNumber}")),
            ("meeting", meetingValue),
            ("session", YamlMap.Of(("number", Number(v.SessionNumber)), ("title", new YamlText(Local(seed.SessionTitle))))),
            ("objective", new YamlText(Local(seed.Objective))),
            ("background", OptionalText(seed.Background, v.KeepBackground)),
            ("agenda_intro", OptionalText(seed.AgendaIntro, v.KeepAgendaIntro)),
            ("agenda", new YamlList(agenda.Select(item => item.Tentative
                ? YamlMap.Of(("title", new YamlText(Local(item.Title))), ("status", new YamlPlain("tentative")))
                : (YamlValue)new YamlText(Local(item.Title))).ToList())),
            ("positions", positions.Count > 0 ? new YamlList(positions) : null),
            ("closing", OptionalText(seed.Closing, v.KeepClosing)),
            ("references", references),
            ("labels", seed.Labels.Count > 0
                ? new YamlMap(seed.Labels.Select(kv => new KeyValuePair<string, YamlValue>(kv.Key, new YamlText(kv.Value))).ToList())
                : null),
            ("document_control", YamlMap.Of(
                ("title", new YamlText(Local(seed.Title))),
                ("audience", new YamlText(seed.Audience)),
                ("marking", v.Marked ? new YamlText(extras.Marking) : null),
                ("status", v.Draft ? new YamlPlain("draft") : null),
                ("original_language", seed.OriginalLanguage is null ? null : new YamlPlain(seed.OriginalLanguage)),
                ("versions", new YamlList(versions)))));

        var fileName = string.Create(CultureInfo.InvariantCulture,
            $"{index:D4}-{meeting.ToLowerInvariant()}-s{v.SessionNumber}.{seed.Language}.yaml");
        return new CorpusBriefing(fileName, YamlEmitter.Emit(document));
    }

    /// <summary>The 1-based seed agenda items of a new agenda of <paramref name="length"/> items: the
    /// seed's opening item, then topic items drawn in turn from the seed's middle items starting at
    /// <paramref name="rotation"/>, then the seed's closing item.</summary>
    public static List<int> ChooseAgenda(int seedLength, int length, int rotation)
    {
        var middleCount = seedLength - 2;
        return [1, .. Enumerable.Range(0, length - 2).Select(j => 2 + (j + rotation) % middleCount), seedLength];
    }

    /// <summary>The Markdown body with each bullet list cut to its first <paramref name="count"/> items
    /// (an item's continuation lines go with it); paragraphs are kept.</summary>
    public static string KeepBullets(string markdown, int count)
    {
        var kept = new List<string>();
        var inList = false;
        var itemNumber = -1;
        var keepingItem = true;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                itemNumber = inList ? itemNumber + 1 : 0;
                inList = true;
                keepingItem = itemNumber < count;
                if (keepingItem) kept.Add(line);
            }
            else if (line.Trim().Length == 0)
            {
                inList = false;
                keepingItem = true;
                kept.Add(line);
            }
            else if (!inList || keepingItem)
            {
                kept.Add(line);
            }
        }
        return string.Join('\n', kept);
    }

    private static YamlPlain Number(int n) => new(n.ToString(CultureInfo.InvariantCulture));

    private static YamlPlain Date(DateOnly date) => new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
