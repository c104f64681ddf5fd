using BriefingCompiler.Diagnostics;
using BriefingCompiler.Model;

namespace BriefingCompiler.Tests.Templating;

/// <summary>
/// Briefings built by hand, shaped like the founding GAC/ALAC briefing, for rendering tests that must not
/// depend on the loader.
/// </summary>
internal static class BriefingFixtures
{
    private static readonly SourceSpan Here = SourceSpan.StartOf("fixture.yaml");

    public static MarkdownText Md(string source) => new(source, Here);

    public static Briefing Chinese() => new(
        SourcePath: "/home/someone/briefings/icann81-gac-alac.zh.yaml",
        Language: "zh",
        Symbol: "GAC/ICANN81/14",
        Meeting: new Meeting("ICANN81", "伊斯坦布尔", new DateOnly(2024, 11, 9), new DateOnly(2024, 11, 14), Here),
        Session: new Session(14, "GAC 与一般会员咨询委员会 (ALAC) 的会议", Here),
        Objective: Md("GAC 和一般会员咨询委员会 (At-Large Advisory Committee, ALAC) 定期在 ICANN 公共会议期间召开会议。"),
        Background: Md("ALAC 是 ICANN 指定的主要组织机构。\n\nGAC 和 ALAC 一直以来都在 ICANN 公共会议上会面。"),
        AgendaIntro: Md("在 ICANN81 届会议上，各工作组将继续就一些共同关注的主题交换意见，讨论的重点如下："),
        Agenda:
        [
            new AgendaItem("介绍和开幕致辞", AgendaStatus.Confirmed, null, Here),
            new AgendaItem("WSIS+20：反思与未来的方向", AgendaStatus.Confirmed, null, Here),
            new AgendaItem("DNS 滥用：应对挑战", AgendaStatus.Tentative, null, Here),
            new AgendaItem("公开讨论和问答", AgendaStatus.Confirmed, null, Here),
            new AgendaItem("闭幕致辞", AgendaStatus.Confirmed, null, Here),
        ],
        Positions:
        [
            new Position("WSIS+20：反思与未来的方向", 2, Md("从 ALAC 和 GAC 合并的视角来看……\n\n- **数字包容**：GAC 和 ALAC 都强调弥合数字鸿沟的重要性。\n- **多利益相关方参与**：两个机构都认识到包容性治理模式的重要性。"), Here),
            new Position("域名系统 (DNS) 滥用：应对挑战", 3, Md("对于域名系统 (Domain Name System, DNS) 滥用问题，GAC 和 ALAC 有着重叠的利益。"), Here),
        ],
        Closing: Md("最后，GAC-ALAC 合并的视角可能会强调：\n\n- 共同承担责任\n- 协作性解决方案"),
        Sections: [],
        References: [new Reference("ICANN81 GAC 议程", "https://gac.icann.org/agendas/icann81", Here)],
        Labels: new Dictionary<string, string> { ["positions"] = "现状与展望" },
        DocumentControl: new DocumentControl(
            "ICANN81 GAC 会议简报 - GAC 与 ALAC 的会议",
            "GAC 成员（会前）和公众（会后）",
            [new VersionEntry("1", new DateOnly(2024, 11, 4), null, Here)],
            Marking: null,
            Status: DocumentStatus.Final,
            OriginalLanguage: null,
            Here),
        Span: Here);

    public static Briefing English() => Chinese() with
    {
        Language = "en",
        Meeting = new Meeting("ICANN81", "Istanbul", new DateOnly(2024, 11, 9), new DateOnly(2024, 11, 14), Here),
        Session = new Session(14, "GAC Meeting with the At-Large Advisory Committee (ALAC)", Here),
        Objective = Md("The GAC and the At-Large Advisory Committee (ALAC) regularly meet during ICANN Public Meetings."),
        Background = Md("The ALAC is the primary organizational body within ICANN for the voice of individual Internet users."),
        AgendaIntro = Md("At ICANN81, the groups will continue to exchange views on topics of common interest:"),
        Agenda =
        [
            new AgendaItem("Introduction and opening remarks", AgendaStatus.Confirmed, null, Here),
            new AgendaItem("WSIS+20: reflections and the way forward", AgendaStatus.Confirmed, null, Here),
            new AgendaItem("DNS abuse: addressing the challenges", AgendaStatus.Tentative, "Subject to time", Here),
            new AgendaItem("Open discussion and Q&A", AgendaStatus.Confirmed, null, Here),
            new AgendaItem("Closing remarks", AgendaStatus.Confirmed, null, Here),
        ],
        Positions =
        [
            new Position("WSIS+20: reflections and the way forward", 2, Md("From a combined ALAC and GAC perspective…\n\n- **Digital inclusion**: both stress bridging the digital divide."), Here),
            new Position("DNS abuse: addressing the challenges", 3, Md("On DNS abuse, the GAC and the ALAC share an interest in a secure and trusted Internet."), Here),
        ],
        Closing = Md("Finally, a joint GAC-ALAC perspective may stress shared responsibility."),
        References = [new Reference("ICANN81 GAC agenda", "https://gac.icann.org/agendas/icann81", Here)],
        Labels = new Dictionary<string, string>(),
        DocumentControl = new DocumentControl(
            "ICANN81 GAC Briefing - GAC Meeting with the ALAC",
            "GAC Members",
            [
                new VersionEntry("1", new DateOnly(2024, 10, 28), "First draft", Here),
                new VersionEntry("2", new DateOnly(2024, 11, 4), null, Here),
            ],
            Marking: null,
            Status: DocumentStatus.Final,
            OriginalLanguage: "zh",
            Here),
    };

    /// <summary>The English fixture in another language, so labels and dates of every language can be checked.</summary>
    public static Briefing InLanguage(string language) => English() with { Language = language, Labels = new Dictionary<string, string>() };
}
