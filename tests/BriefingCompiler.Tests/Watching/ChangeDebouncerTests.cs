using System.Threading.Channels;
using Briefc.Watching;

namespace BriefingCompiler.Tests.Watching;

/// <summary>The debounce of <c>briefc watch</c>, on given times (no clock, no sleeping).</summary>
public class ChangeDebouncerTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset At(int milliseconds) => Start.AddMilliseconds(milliseconds);

    [Test]
    public void Nothing_is_due_before_a_change()
    {
        var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(500));

        Assert.That((debouncer.Pending, debouncer.Wait(At(0))), Is.EqualTo((false, (TimeSpan?)null)));
    }

    [Test]
    public void A_save_made_of_several_events_is_due_once_they_stop_for_the_quiet_period()
    {
        var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(500));

        // An editor's save: write a temporary file, rename it over the briefing, set its attributes.
        debouncer.Record(At(0));
        debouncer.Record(At(3));
        debouncer.Record(At(5));

        Assert.That(debouncer.Wait(At(6)), Is.EqualTo(TimeSpan.FromMilliseconds(19)));
        Assert.That(debouncer.Wait(At(25)), Is.EqualTo(TimeSpan.Zero));
        debouncer.Reset();
        Assert.That(debouncer.Pending, Is.False);
    }

    [Test]
    public void Events_that_never_stop_are_built_after_the_longest_wait()
    {
        var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(500));

        for (var t = 0; t <= 490; t += 10)
            debouncer.Record(At(t));

        Assert.That(debouncer.Wait(At(495)), Is.EqualTo(TimeSpan.FromMilliseconds(5)), "not 490 + 20");
        Assert.That(debouncer.Wait(At(500)), Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void The_loop_builds_once_for_a_burst_of_events_and_reads_them_all()
    {
        var changes = Channel.CreateUnbounded<string>();
        foreach (var path in new[] { "b/.x.yaml.swp", "b/x.yaml~", "b/x.yaml", "b/x.yaml", "b/4913" })
            changes.Writer.TryWrite(path);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var rebuilds = 0;

        WatchLoop.RunAsync(changes.Reader, new ChangeDebouncer(TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(1)), TimeProvider.System, () =>
        {
            rebuilds++;
            stop.Cancel();
        }, stop.Token).Wait();

        Assert.That(rebuilds, Is.EqualTo(1));
        Assert.That(changes.Reader.TryRead(out _), Is.False, "every event of the burst was taken into that one build");
    }
}
