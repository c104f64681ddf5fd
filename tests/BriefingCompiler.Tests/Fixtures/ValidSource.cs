namespace BriefingCompiler.Tests;

/// <summary>
/// A complete, valid briefing of 14 lines without its last field, to which tests add one field — often an oversized
/// or hostile one — as <c>objective</c> on line 14. Expected line numbers in the golden and hostile cases rely on it.
/// </summary>
internal static class ValidSource
{
    public const string Head = """
        briefc: 1
        language: en
        meeting: ICANN81
        session:
          title: GAC meeting with the ALAC
        agenda:
          - Introduction
        document_control:
          title: ICANN81 GAC briefing
          audience: GAC members
          versions:
            - version: 1
              date: 2024-11-04

        """;
}
