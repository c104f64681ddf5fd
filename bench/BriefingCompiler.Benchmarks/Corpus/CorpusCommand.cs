namespace BriefingCompiler.Benchmarks.Corpus;

/// <summary>
/// <c>corpus N DIR [--seeds DIR]...</c>: writes N generated briefings into DIR (which must be absent
/// or hold no .yaml file, so a corpus is never mixed with older files). Seeds default to the
/// repository's briefings/ and then bench/corpus-seeds/ (for the languages briefings/ lacks).
/// </summary>
public static class CorpusCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var seedFolders = new List<string>();
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--seeds" && i + 1 < args.Count) seedFolders.Add(args[++i]);
            else positional.Add(args[i]);
        }
        if (positional.Count != 2 || !int.TryParse(positional[0], out var count) || count < 1)
        {
            error.WriteLine("usage: corpus N DIR [--seeds DIR]...");
            return 2;
        }
        var target = positional[1];
        if (seedFolders.Count == 0)
        {
            var root = RepositoryLocator.FindRoot();
            if (root is null)
            {
                error.WriteLine("corpus: cannot find the repository (BriefingCompiler.sln); pass --seeds DIR");
                return 2;
            }
            seedFolders.Add(Path.Combine(root, "briefings"));
            seedFolders.Add(Path.Combine(root, "bench", "corpus-seeds"));
        }
        if (Directory.Exists(target) && Directory.EnumerateFiles(target, "*.yaml").Any())
        {
            error.WriteLine($"corpus: {target} already holds .yaml files; give an empty or new folder");
            return 2;
        }

        var seeds = ReadSeeds(seedFolders);
        var generator = new CorpusGenerator(seeds);
        Directory.CreateDirectory(target);
        for (var i = 0; i < count; i++)
        {
            var briefing = generator.Generate(i);
            File.WriteAllText(Path.Combine(target, briefing.FileName), briefing.Yaml);
        }
        CopyAssets(seedFolders, target);
        output.WriteLine($"corpus: {count} briefings in {target} from {seeds.Count} seeds ({string.Join(", ", generator.Seeds.Select(s => s.Language))})");
        return 0;
    }

    /// <summary>The seeds' figures (<c>assets/</c> beside them) go beside the corpus, so that the generated
    /// briefings, which keep the seeds' Markdown images, find them; the first folder that has a file wins.</summary>
    private static void CopyAssets(IEnumerable<string> seedFolders, string target)
    {
        foreach (var folder in seedFolders)
        {
            var assets = Path.Combine(folder, "assets");
            if (!Directory.Exists(assets)) continue;
            foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(target, "assets", Path.GetRelativePath(assets, file));
                if (File.Exists(copy)) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
        }
    }

    /// <summary>A language's seeds come from the first folder that has any for it, so a sample added to
    /// briefings/ replaces the corpus-only seed of its language instead of doubling its share.</summary>
    public static List<BriefingSeed> ReadSeeds(IEnumerable<string> folders)
    {
        var seeds = new List<BriefingSeed>();
        foreach (var folder in folders)
        {
            var covered = seeds.Select(s => s.Language).ToHashSet(StringComparer.Ordinal);
            seeds.AddRange(Directory.EnumerateFiles(folder, "*.yaml")
                .Order(StringComparer.Ordinal)
                .Select(BriefingSeed.Read)
                .Where(seed => !covered.Contains(seed.Language)));
        }
        return seeds;
    }
}
