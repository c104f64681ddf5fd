using System.Globalization;
using System.Text;
using BriefingCompiler.Localization;

namespace BriefingCompiler.Projects;

/// <summary>
/// The text of a new briefing for <c>briefc new</c>: every required field, with placeholder text in the
/// briefing's language for the author to replace, valid as it stands so that <c>briefc check</c> passes at once.
/// </summary>
public static class BriefingSkeleton
{
    private sealed record Placeholders(
        string Meeting, string SessionTitle, string Objective, string[] Agenda, string DocumentTitle, string Audience);

    private static readonly IReadOnlyDictionary<string, Placeholders> ByLanguage = new Dictionary<string, Placeholders>
    {
        ["ar"] = new("اسم الاجتماع", "عنوان الجلسة", "ما تهدف هذه الجلسة إلى تحقيقه.",
            ["كلمة افتتاحية", "مناقشة", "كلمة ختامية"], "إحاطة – عنوان الجلسة", "الجهات المعنية بهذه الإحاطة"),
        ["en"] = new("Meeting name", "Session title", "What this session is meant to achieve.",
            ["Opening remarks", "Discussion", "Closing remarks"], "Briefing – session title", "Who this briefing is for"),
        ["es"] = new("Nombre de la reunión", "Título de la sesión", "Lo que esta sesión debe lograr.",
            ["Palabras de apertura", "Debate", "Palabras de clausura"], "Documento informativo – título de la sesión", "Destinatarios de este documento"),
        ["fr"] = new("Nom de la réunion", "Titre de la séance", "Ce que cette séance doit permettre d'accomplir.",
            ["Allocution d'ouverture", "Discussion", "Allocution de clôture"], "Note d'information – titre de la séance", "Destinataires de cette note"),
        ["ru"] = new("Название совещания", "Название заседания", "Чего должно достичь это заседание.",
            ["Вступительное слово", "Обсуждение", "Заключительное слово"], "Информационная записка – название заседания", "Для кого предназначена эта записка"),
        ["zh"] = new("会议名称", "会议标题", "本次会议的目标。",
            ["开幕致辞", "讨论", "闭幕致辞"], "简报 – 会议标题", "发布对象"),
    };

    /// <summary>
    /// The fields <c>briefc new</c> fills with text no real briefing would hold, and that text in each language: left
    /// in, it would be printed as if it were the author's ("Meeting name" in every page header). The agenda's
    /// placeholders ("Discussion", "Closing remarks") are left out: real agendas say the same.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> PlaceholderFields { get; } = new Dictionary<string, IReadOnlySet<string>>
    {
        ["meeting"] = ByLanguage.Values.Select(p => p.Meeting).ToHashSet(),
        ["session.title"] = ByLanguage.Values.Select(p => p.SessionTitle).ToHashSet(),
        ["objective"] = ByLanguage.Values.Select(p => p.Objective).ToHashSet(),
        ["document_control.title"] = ByLanguage.Values.Select(p => p.DocumentTitle).ToHashSet(),
        ["document_control.audience"] = ByLanguage.Values.Select(p => p.Audience).ToHashSet(),
    };

    /// <param name="symbol">Shared by the language versions of one briefing: <c>briefc new</c> uses the name.</param>
    /// <param name="schemaReference">The schema path for editors (yaml-language-server), relative to the new file, or null.</param>
    public static string Text(string symbol, string language, DateOnly date, string? schemaReference)
    {
        var words = ByLanguage.GetValueOrDefault(LabelKeys.BaseLanguage(language)) ?? ByLanguage["en"];
        var text = new StringBuilder();
        if (schemaReference is not null)
            text.Append("# yaml-language-server: $schema=").Append(schemaReference).Append('\n');
        text.Append("briefc: 1\n")
            .Append("language: ").Append(language).Append('\n')
            .Append("symbol: ").Append(Quoted(symbol)).Append('\n')
            .Append("meeting: ").Append(Quoted(words.Meeting)).Append('\n')
            .Append("session:\n")
            .Append("  number: 1\n")
            .Append("  title: ").Append(Quoted(words.SessionTitle)).Append('\n')
            .Append("objective: |\n")
            .Append("  ").Append(words.Objective).Append('\n')
            .Append("agenda:\n");
        foreach (var item in words.Agenda)
            text.Append("  - ").Append(Quoted(item)).Append('\n');
        text.Append("document_control:\n")
            .Append("  title: ").Append(Quoted(words.DocumentTitle)).Append('\n')
            .Append("  audience: ").Append(Quoted(words.Audience)).Append('\n')
            .Append("  status: draft\n")
            // Editions stay a comment: a new briefing is for one audience until its author says otherwise.
            .Append("  # audiences:              # optional: one edition per audience, innermost first (docs/format.md)\n")
            .Append("  #   - name: members       # then `audience: members` on an item, or a `::: members` block\n")
            .Append("  #     distribution: \"…\"\n")
            .Append("  #   - name: public\n")
            .Append("  #     distribution: \"…\"\n")
            .Append("  versions:\n")
            .Append("    - version: 1\n")
            .Append("      date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            // Optional, after everything else: the lines above keep their numbers.
            .Append("# toc: true                  # optional: a contents list, with page numbers in the PDF (docs/format.md)\n");
        return text.ToString();
    }

    /// <summary>A YAML double-quoted scalar: safe for any text (colons, leading dashes, quotes).</summary>
    private static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
