namespace BriefingCompiler.Benchmarks.Corpus;

/// <summary>
/// What makes corpus briefing number <c>index</c> differ from its seed. A pure function of the index
/// (a SplitMix64 hash plus the "round", i.e. how many times the seeds have been cycled through), so
/// the same N always gives the same corpus on any machine and .NET version.
/// </summary>
public sealed record CorpusVariation(
    int MeetingNumber,
    int SessionNumber,
    int AgendaLength,
    int Rotation,
    int PositionCount,
    int Round,
    bool KeepBackground,
    bool KeepAgendaIntro,
    bool KeepClosing,
    int VersionCount,
    DateOnly FirstVersionDate,
    bool Draft,
    bool Marked,
    bool MeetingAsMapping,
    int PlaceIndex,
    bool WithReferences)
{
    public static CorpusVariation For(int index, int seedCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seedCount);
        var hash = SplitMix64((ulong)index);
        // The round drives the structural choices, so every language gets every shape of document.
        var round = index / seedCount;
        return new CorpusVariation(
            MeetingNumber: 70 + (int)(hash % 16),
            SessionNumber: 1 + (int)((hash >> 8) % 30),
            AgendaLength: 3 + round % 6,
            Rotation: (int)((hash >> 16) % 7),
            PositionCount: (round + 1) % 4,
            Round: round,
            KeepBackground: round % 5 != 4,
            KeepAgendaIntro: round % 3 != 2,
            KeepClosing: round % 7 != 3,
            VersionCount: 1 + round % 3,
            FirstVersionDate: new DateOnly(2024, 1, 8).AddDays((int)((hash >> 24) % 300)),
            Draft: round % 10 == 7,
            Marked: round % 9 == 4,
            MeetingAsMapping: round % 4 == 1,
            PlaceIndex: (int)((hash >> 40) % 3),
            WithReferences: round % 4 == 2);
    }

    private static ulong SplitMix64(ulong x)
    {
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }
}
