using System.Threading.Channels;

namespace Briefc.Watching;

/// <summary>
/// The watch: waits for a change, lets the burst settle (<see cref="ChangeDebouncer"/>), rebuilds, and again, until
/// stopped. A failing build changes nothing here: the next save is waited for as usual.
/// </summary>
public static class WatchLoop
{
    public static async Task RunAsync(ChannelReader<string> changes, ChangeDebouncer debouncer, TimeProvider clock, Action rebuild, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                if (!debouncer.Pending && !await changes.WaitToReadAsync(stop))
                    return;
                while (changes.TryRead(out _))
                    debouncer.Record(clock.GetUtcNow());
                if (debouncer.Wait(clock.GetUtcNow()) is { } wait && wait > TimeSpan.Zero)
                {
                    // More events or the end of the quiet period, whichever comes first.
                    await Task.WhenAny(changes.WaitToReadAsync(stop).AsTask(), Task.Delay(wait, clock, stop));
                    continue;
                }

                debouncer.Reset();
                rebuild();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Ctrl+C: the watch ends, as asked.
        }
    }
}
