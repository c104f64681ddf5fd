using BriefingCompiler.Benchmarks.Corpus;

namespace BriefingCompiler.Benchmarks.Stages;

/// <summary>The real inputs the stage benchmarks run on: the repository's sample briefings.</summary>
public static class BenchmarkInputs
{
    public const string FoundingBriefing = "briefings/icann81-gac-alac.zh.yaml";

    /// <summary>The sample briefing of a language: briefings/icann81-gac-alac.{language}.yaml.</summary>
    public static string Sample(string language) => $"briefings/icann81-gac-alac.{language}.yaml";

    public static string RepositoryRoot { get; } = RepositoryLocator.FindRoot()
        ?? throw new DirectoryNotFoundException("cannot find the repository (BriefingCompiler.sln) above the working folder or the benchmark binary");

    public static string PathOf(string relative) => Path.Combine(RepositoryRoot, relative);

    /// <summary>All the running text of a briefing (objective, background, agenda intro, position
    /// bodies, closing), one paragraph per Markdown field, as a layout stage would see it.</summary>
    public static string RunningText(string relative)
    {
        var seed = BriefingSeed.Read(PathOf(relative));
        IEnumerable<string?> parts = [seed.Objective, seed.Background, seed.AgendaIntro,
            .. seed.Agenda.Select(a => a.Title), .. seed.Positions.Select(p => p.Body), seed.Closing];
        return string.Join('\n', parts.OfType<string>());
    }

    /// <summary>The running text as plain paragraphs: one per line of Markdown, without the list
    /// markers and emphasis marks (the text a layout stage sets after Markdown is parsed).</summary>
    public static IReadOnlyList<string> Paragraphs(string relative) =>
        RunningText(relative).Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select(line => (line.StartsWith("- ", StringComparison.Ordinal) ? line[2..] : line).Replace("**", "", StringComparison.Ordinal))
            .ToList();
}
