using System.Security.Cryptography;
using BriefingCompiler.Html;

namespace BriefingCompiler.Building;

/// <summary>
/// Writes a compiled briefing's files next to each other in the output folder, each atomically, and removes
/// preview pages left over from a longer earlier version, so the folder never shows a mix of two builds' pages.
/// </summary>
public static class OutputWriter
{
    /// <summary>Writes the outputs of <paramref name="result"/>; each file's path and the SHA-256 of its bytes (hex, as the
    /// manifest records it), hashed as they were written rather than read again.</summary>
    public static IReadOnlyList<(string Path, string Hash)> Write(CompileResult result, string outputFolder)
    {
        var written = new List<(string Path, string Hash)>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var output in result.Outputs)
        {
            var path = OutputName.For(result.SourcePath, outputFolder, output.Suffix);
            AtomicFile.WriteAllBytes(path, output.Data, hash);
            written.Add((path, Convert.ToHexStringLower(hash.GetHashAndReset())));
        }

        if (result.Outputs.Any(o => o.Suffix.EndsWith(".png", StringComparison.Ordinal)))
            RemoveStalePreviews(result, outputFolder, [.. written.Select(w => w.Path)]);
        return written;
    }

    private static void RemoveStalePreviews(CompileResult result, string outputFolder, List<string> written)
    {
        // One set of previews per edition written: x.en.page-N.png, x.en.members.page-N.png.
        var baseNames = result.Outputs
            .Where(o => o.Suffix.EndsWith(".png", StringComparison.Ordinal) && o.Suffix.Contains(".page-", StringComparison.Ordinal))
            .Select(o => Path.GetFileName(OutputName.For(result.SourcePath, outputFolder, o.Suffix[..o.Suffix.LastIndexOf(".page-", StringComparison.Ordinal)])))
            .ToHashSet(StringComparer.Ordinal);
        var keep = written.Select(Path.GetFullPath).ToHashSet();
        // Every name is compared exactly, never used as a pattern: `x?.en` must not match `xy.en`'s previews.
        foreach (var stale in Directory.EnumerateFiles(outputFolder)
                     .Where(p => baseNames.Any(b => IsPreviewName(Path.GetFileName(p), b)) && !keep.Contains(Path.GetFullPath(p))))
            File.Delete(stale);
    }

    /// <summary>Whether <paramref name="fileName"/> is a preview page of <paramref name="baseName"/>: <c>BASE.page-N.png</c>.</summary>
    public static bool IsPreviewName(string fileName, string baseName)
    {
        const string pagePrefix = ".page-", pageSuffix = ".png";
        if (!fileName.StartsWith(baseName + pagePrefix, StringComparison.Ordinal) || !fileName.EndsWith(pageSuffix, StringComparison.Ordinal))
            return false;
        var number = fileName.AsSpan(baseName.Length + pagePrefix.Length, fileName.Length - baseName.Length - pagePrefix.Length - pageSuffix.Length);
        return number.Length > 0 && number[0] != '0' && !number.ContainsAnyExceptInRange('0', '9');
    }
}
