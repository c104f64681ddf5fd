using BriefingCompiler.Html;

namespace BriefingCompiler.Building;

/// <summary>
/// Writes a compiled briefing's files next to each other in the output folder, each atomically, and removes
/// preview pages left over from a longer earlier version, so the folder never shows a mix of two builds' pages.
/// </summary>
public static class OutputWriter
{
    public static IReadOnlyList<string> Write(CompileResult result, string outputFolder)
    {
        var written = new List<string>();
        foreach (var output in result.Outputs)
        {
            var path = OutputName.For(result.SourcePath, outputFolder, output.Suffix);
            AtomicFile.WriteAllBytes(path, output.Content);
            written.Add(path);
        }

        if (result.Outputs.Any(o => o.Suffix.EndsWith(".png", StringComparison.Ordinal)))
            RemoveStalePreviews(result, outputFolder, written);
        return written;
    }

    private static void RemoveStalePreviews(CompileResult result, string outputFolder, List<string> written)
    {
        var baseName = Path.GetFileName(OutputName.For(result.SourcePath, outputFolder, ""));
        var keep = written.Select(Path.GetFullPath).ToHashSet();
        foreach (var stale in Directory.EnumerateFiles(outputFolder, $"{baseName}.page-*.png").Where(p => !keep.Contains(Path.GetFullPath(p))))
            File.Delete(stale);
    }
}
