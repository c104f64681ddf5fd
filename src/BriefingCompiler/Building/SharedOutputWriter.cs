using System.Collections.Concurrent;
using BriefingCompiler.Html;

namespace BriefingCompiler.Building;

/// <summary>
/// Writes each <see cref="SharedOutput"/> of one build once, however many briefings link to it and from whichever
/// thread compiles them first; a file already in the output folder with the same bytes (an earlier build's) is left
/// as it is. Written atomically, like every output.
/// </summary>
public sealed class SharedOutputWriter(string outputFolder)
{
    private readonly ConcurrentDictionary<string, Lazy<bool>> written = new(StringComparer.Ordinal);

    /// <summary>Makes sure <paramref name="output"/> is in the output folder; a file-system fault is thrown to every caller.</summary>
    public void Write(SharedOutput output) =>
        _ = written.GetOrAdd(output.FileName, _ => new Lazy<bool>(() =>
        {
            var path = Path.Combine(outputFolder, output.FileName);
            if (!BuildManifest.OutputMatches(path, output.Hash))
                AtomicFile.WriteAllBytes(path, output.Content);
            return true;
        }, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
