using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>Cuts a text at its break opportunities, so expectations read as the pieces a line may end after.</summary>
internal static class LineBreakSegments
{
    public static string[] Of(string text)
    {
        var pieces = new List<string>();
        int start = 0;
        foreach (var opportunity in LineBreaker.FindBreaks(text))
        {
            pieces.Add(text[start..opportunity.Position]);
            start = opportunity.Position;
        }

        return pieces.ToArray();
    }

    public static string FoundingBriefing() =>
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Text", "Data", "founding-briefing.zh.txt"));
}
