using BriefingCompiler.Diagnostics;
using BriefingCompiler.Model;

namespace BriefingCompiler.Tests.Diffing;

/// <summary>
/// Small briefings built by hand for the differ's core tests (the file-based tests load real YAML).
/// Each test starts from one of these and changes what it is about with <c>with</c>.
/// </summary>
internal static class BriefingFixture
{
    private static readonly SourceSpan Here = SourceSpan.StartOf("fixture.yaml");

    public static MarkdownText Md(string source) => new(source, Here);

    public static AgendaItem Item(string title, AgendaStatus status = AgendaStatus.Confirmed, string? note = null) =>
        new(title, status, note, Here);

    public static Position Position(string topic, int? agenda, string body) => new(topic, agenda, Md(body), Here);

    public static VersionEntry Version(string version, string date, string? note = null) =>
        new(version, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), note, Here);

    public static Briefing English() => new(
        SourcePath: "fixture.en.yaml",
        Language: "en",
        Symbol: "GAC/ICANN81/14",
        Meeting: new Meeting("ICANN81", null, null, null, Here),
        Session: new Session(14, "Meeting of the GAC with the ALAC", Here),
        Objective: Md("The GAC and the ALAC meet regularly during ICANN Public Meetings to discuss public policy issues.\n"),
        Background: Md("The ALAC is the primary organizational home for the voice of end users.\n\nThe GAC and the ALAC have traditionally met at ICANN Public Meetings.\n"),
        AgendaIntro: null,
        Agenda:
        [
            Item("Introduction and opening remarks"),
            Item("WSIS+20: reflections and the way forward"),
            Item("DNS abuse: addressing the challenges", AgendaStatus.Tentative),
            Item("Open discussion and Q&A"),
            Item("Closing remarks"),
        ],
        Positions:
        [
            Position("WSIS+20: reflections and the way forward", 2,
                "The focus will be on looking ahead.\n\n- **Digital inclusion**: both stress bridging the digital divide.\n- **Security and privacy**: policies that protect users' privacy.\n"),
            Position("DNS abuse", 3, "The GAC and the ALAC share overlapping interests.\n"),
        ],
        Closing: Md("Together they will advocate strong, user-centred policies.\n"),
        Sections: [],
        References: [],
        Labels: new Dictionary<string, string>(),
        DocumentControl: new DocumentControl(
            "ICANN81 GAC Briefing", "GAC Members", [Version("1", "2024-11-04")], null, DocumentStatus.Final, null, Here),
        Span: Here);

    public static Briefing Chinese() => English() with
    {
        Language = "zh",
        Session = new Session(14, "GAC 与一般会员咨询委员会 (ALAC) 的会议", Here),
        Objective = Md("GAC 和 ALAC 定期在 ICANN 公共会议期间召开会议，讨论共同关注的公共政策问题。\n"),
        Background = null,
        Agenda =
        [
            Item("介绍和开幕致辞"),
            Item("WSIS+20：反思与未来的方向"),
            Item("DNS 滥用：应对挑战", AgendaStatus.Tentative),
            Item("公开讨论和问答"),
            Item("闭幕致辞"),
        ],
        Positions =
        [
            Position("WSIS+20：反思与未来的方向", 2,
                "重点将是展望未来。\n\n- **数字包容**：各国政府的目标是确保政策的公平性并促进经济发展。\n- **安全和隐私**：制定既能确保安全又能保护用户隐私的政策。\n"),
        ],
        Closing = null,
        Labels = new Dictionary<string, string> { ["positions"] = "现状与展望" },
        DocumentControl = English().DocumentControl with { Title = "ICANN81 GAC 会议简报", Audience = "GAC 成员" },
    };

    public static Briefing WithAgenda(this Briefing briefing, params AgendaItem[] items) => briefing with { Agenda = items };

    public static Briefing WithVersions(this Briefing briefing, params VersionEntry[] versions) =>
        briefing with { DocumentControl = briefing.DocumentControl with { Versions = versions } };
}
