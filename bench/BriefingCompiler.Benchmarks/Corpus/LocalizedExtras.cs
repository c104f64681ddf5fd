namespace BriefingCompiler.Benchmarks.Corpus;

/// <summary>
/// The little text the generator adds that the seeds do not have (markings, meeting places, a
/// reference title), written in each corpus language so that no document mixes languages by accident.
/// </summary>
public sealed record LocalizedExtras(string Marking, IReadOnlyList<string> Places, string CommuniqueTitle)
{
    private static readonly IReadOnlyDictionary<string, LocalizedExtras> ByLanguage = new Dictionary<string, LocalizedExtras>
    {
        ["en"] = new("GAC MEMBERS ONLY", ["Istanbul", "Kigali", "Seattle"], "GAC Communiqué, {0}"),
        ["zh"] = new("仅限 GAC 成员", ["伊斯坦布尔", "基加利", "西雅图"], "{0} GAC 公报"),
        ["fr"] = new("RÉSERVÉ AUX MEMBRES DU GAC", ["Istanbul", "Kigali", "Seattle"], "Communiqué du GAC, {0}"),
        ["es"] = new("SOLO PARA MIEMBROS DEL GAC", ["Estambul", "Kigali", "Seattle"], "Comunicado del GAC, {0}"),
        ["ru"] = new("ТОЛЬКО ДЛЯ ЧЛЕНОВ GAC", ["Стамбул", "Кигали", "Сиэтл"], "Коммюнике GAC, {0}"),
        ["ar"] = new("لأعضاء اللجنة الاستشارية الحكومية فقط", ["إسطنبول", "كيغالي", "سياتل"], "بيان اللجنة الاستشارية الحكومية، {0}"),
    };

    public static LocalizedExtras For(string language) =>
        ByLanguage.TryGetValue(language.Split('-')[0].ToLowerInvariant(), out var extras) ? extras : ByLanguage["en"];
}
