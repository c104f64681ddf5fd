using System.Text.RegularExpressions;

namespace BriefingCompiler.Tests;

/// <summary>The repository's sample briefings (<c>briefings/icann81-gac-alac.LANG.yaml</c>) and copies of them in a test's
/// own folder. A copy takes along the images the sample shows (<c>assets/…</c>, to the same place beside the copy): a
/// sample copied without them no longer builds (BRF3403), so tests copy samples only through here.</summary>
internal static partial class SampleBriefings
{
    public const string Name = "icann81-gac-alac";

    /// <summary>The folder of the samples, <c>briefings/</c> in the repository.</summary>
    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "briefings");

    /// <summary>The sample in <paramref name="language"/> (zh, en, ar) where it is in the repository.</summary>
    public static string Source(string language) => Path.Combine(Folder, $"{Name}.{language}.yaml");

    /// <summary>The sample's text, to change before <see cref="Write"/>.</summary>
    public static string Text(string language) => File.ReadAllText(Source(language));

    /// <summary>Copies the sample byte for byte into <paramref name="folder"/> (as <paramref name="fileName"/>, or its own
    /// name, replacing a file there), with the images it shows; the copy's path.</summary>
    public static string CopyTo(string folder, string language, string? fileName = null)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName ?? $"{Name}.{language}.yaml");
        File.Copy(Source(language), path, overwrite: true);
        CopyImages(File.ReadAllText(path), folder);
        return path;
    }

    /// <summary>Writes <paramref name="text"/> (a sample's, changed by the test) as <paramref name="fileName"/> in
    /// <paramref name="folder"/>, with the samples' images it still shows; the file's path.</summary>
    public static string Write(string folder, string fileName, string text)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, text);
        CopyImages(text, folder);
        return path;
    }

    /// <summary>Copies the images the sample in <paramref name="language"/> shows into <paramref name="folder"/> (as
    /// <c>assets/…</c>): for a briefing made from the sample some other way, an import for one.</summary>
    public static void CopyImagesOf(string language, string folder) => CopyImages(Text(language), folder);

    /// <summary>Copies each image of the samples' folder that <paramref name="markdown"/> shows (<c>![alt](path …)</c>) to
    /// the same relative path under <paramref name="folder"/>. Other references — the test's own images, or ones it wants
    /// missing or outside the folder — are left alone, and nothing is read or written outside the two folders.</summary>
    private static void CopyImages(string markdown, string folder)
    {
        var samples = Path.GetFullPath(Folder) + Path.DirectorySeparatorChar;
        var copies = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        foreach (var relative in ImageReference().Matches(markdown).Select(m => m.Groups["path"].Value).Distinct())
        {
            var from = Path.GetFullPath(Path.Combine(samples, relative));
            var to = Path.GetFullPath(Path.Combine(copies, relative));
            if (!from.StartsWith(samples, StringComparison.Ordinal) || !to.StartsWith(copies, StringComparison.Ordinal) || !File.Exists(from))
                continue;
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to, overwrite: true);
        }
    }

    [GeneratedRegex(@"!\[[^\]]*\]\((?<path>[^)\s""]+)")]
    private static partial Regex ImageReference();
}
