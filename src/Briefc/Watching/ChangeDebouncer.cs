namespace Briefc.Watching;

/// <summary>
/// When a burst of file events has settled: an editor's save is several events (a temporary file written, renamed over
/// the briefing, its attributes set), and a rebuild between them would read half a save or build twice. A rebuild is
/// due once no event came for <paramref name="quiet"/>, or <paramref name="longest"/> after the burst began, so a file
/// written for ever does not starve the rebuild. Pure: times are given, not read.
/// </summary>
public sealed class ChangeDebouncer(TimeSpan quiet, TimeSpan longest)
{
    private DateTimeOffset? _first;
    private DateTimeOffset _last;

    public bool Pending => _first is not null;

    public void Record(DateTimeOffset now)
    {
        _first ??= now;
        _last = now;
    }

    /// <summary>How long to wait from <paramref name="now"/> before the rebuild is due: zero when it is, null when nothing is pending.</summary>
    public TimeSpan? Wait(DateTimeOffset now)
    {
        if (_first is not { } first)
            return null;
        var due = Min(_last + quiet, first + longest);
        return due <= now ? TimeSpan.Zero : due - now;
    }

    /// <summary>The rebuild starts: events from now on belong to the next one.</summary>
    public void Reset() => _first = null;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
