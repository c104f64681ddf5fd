using System.Text;

namespace BriefingCompiler.Tests.Hostile;

/// <summary>Hostile briefing sources built at test time: a valid briefing with one part made hostile.</summary>
internal static class HostileSource
{
    /// <summary>A complete, valid briefing of 14 lines; <c>objective</c> is the last field, on line 14.</summary>
    public const string ValidHead = ValidSource.Head;

    public static string Valid(string objective = "plain") => ValidHead + "objective: " + objective + "\n";

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static LoadResult Load(string text) => BriefingLoader.Load("hostile.yaml", Utf8(text));

    public static LoadResult Load(byte[] bytes) => BriefingLoader.Load("hostile.yaml", bytes);

    /// <summary>"line:column CODE" for each diagnostic, the form the golden files use.</summary>
    public static List<string> Placed(LoadResult result) =>
        [.. result.Diagnostics.Select(d => $"{d.Span.Line}:{d.Span.Column} {d.Code}")];

    public static string Listing(LoadResult result) => string.Join("\n", result.Diagnostics);
}
