using System.Diagnostics;

namespace BriefingCompiler.Building;

/// <summary>
/// An exclusive advisory lock on <c>.briefc-manifest.lock</c> in the output folder, held only while a build reads the
/// manifest as it is now, merges its own changes in and writes it back: two builds into one folder at once (CI jobs
/// building different briefings) then both keep their entries instead of the last writer's winning. Builds
/// compile in parallel; only that short read-merge-write waits.
/// </summary>
public sealed class ManifestLock : IDisposable
{
    public const string FileName = ".briefc-manifest.lock";

    private readonly FileStream _stream;

    private ManifestLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, waiting up to <paramref name="timeout"/> for another build to release it.</summary>
    /// <exception cref="TimeoutException">Another build held it the whole time.</exception>
    public static ManifestLock Acquire(string outputFolder, TimeSpan timeout)
    {
        var path = Path.Combine(outputFolder, FileName);
        // Opening follows links: a planted one could make the lock create a file outside the folder. Ours is a plain file.
        if (new FileInfo(path).LinkTarget is not null)
            File.Delete(path);
        var waited = Stopwatch.StartNew();
        for (var pause = 5; ; pause = Math.Min(pause * 2, 200))
        {
            try
            {
                // FileShare.None is an exclusive flock(2) on Unix and a sharing lock on Windows; the file's content is unused.
                return new ManifestLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (waited.Elapsed < timeout && File.Exists(path))
            {
                Thread.Sleep(pause);
            }
            catch (IOException e) when (File.Exists(path))
            {
                throw new TimeoutException($"another build has held {FileName} for {timeout.TotalSeconds:0} s", e);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
