using System.Threading.Channels;

namespace Briefc.Watching;

/// <summary>
/// File-system events under the watched folders as a stream of paths, whatever the event (written, created, deleted,
/// renamed: editors that save through a temporary file and a rename make all of these), except under the ignored
/// folders (the output folder: a build's own writes must not start another build). What the paths mean is left to the
/// build, which re-reads the project and hashes the sources; the watcher only says "something changed".
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly IReadOnlyList<string> _ignored;

    public SourceWatcher(IEnumerable<string> folders, IEnumerable<string> ignored)
    {
        _ignored = [.. ignored.Select(WithSeparator)];
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Changed(e.FullPath);
            watcher.Created += (_, e) => Changed(e.FullPath);
            watcher.Deleted += (_, e) => Changed(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Changed(e.OldFullPath);
                Changed(e.FullPath);
            };
            // Too many events at once (the watcher's buffer overflowed): something changed, the build will see what.
            watcher.Error += (_, _) => _changes.Writer.TryWrite(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public ChannelReader<string> Changes => _changes.Reader;

    private void Changed(string path)
    {
        if (!_ignored.Any(folder => WithSeparator(path).StartsWith(folder, StringComparison.Ordinal)))
            _changes.Writer.TryWrite(path);
    }

    private static string WithSeparator(string path) => Path.TrimEndingDirectorySeparator(path) + Path.DirectorySeparatorChar;

    public void Dispose()
    {
        foreach (var watcher in _watchers)
            watcher.Dispose();
        _changes.Writer.TryComplete();
    }
}
