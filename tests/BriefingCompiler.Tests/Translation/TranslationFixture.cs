using System.Diagnostics;
using BriefingCompiler.Model;
using BriefingCompiler.Translation;

namespace BriefingCompiler.Tests.Translation;

/// <summary>What the translation tests share: the samples, loading them for translation, an XLIFF round trip in memory, git.</summary>
internal static class TranslationFixture
{
    public static string Sample(string language) => Path.Combine(TestPaths.RepositoryRoot, "briefings", $"icann81-gac-alac.{language}.yaml");

    public static TranslationDocument Load(string path, string? shownAs = null)
    {
        var (document, diagnostics) = TranslationSources.Load(shownAs ?? path, File.ReadAllBytes(path));
        Assert.That(document, Is.Not.Null, string.Join("\n", diagnostics));
        return document!;
    }

    public static Briefing Briefing(string path, byte[] bytes)
    {
        var loaded = BriefingLoader.Load(path, bytes);
        Assert.That(loaded.Briefing, Is.Not.Null, string.Join("\n", loaded.Diagnostics));
        return loaded.Briefing!;
    }

    /// <summary>Write the planned units as XLIFF, read the file back and merge it: what a CAT tool that changes nothing would return.</summary>
    public static MergeResult RoundTrip(TranslationDocument source, TranslationDocument? target, IReadOnlyList<PlannedUnit> planned, string language, XliffVersion version)
    {
        var bytes = XliffWriter.Write(planned, version, source.Language, language, Path.GetFileName(source.Path));
        var (xliff, diagnostics) = XliffReader.Read("t.xlf", bytes);
        Assert.That(xliff, Is.Not.Null, string.Join("\n", diagnostics));
        return XliffMerger.Merge(xliff!, source, target);
    }

    public static string Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.org";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"git {string.Join(' ', arguments)}: {error}");
        return output;
    }
}
