using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace BriefingCompiler.Benchmarks.Stages;

/// <summary>
/// The runtime's allocation samples (<c>GCAllocationTick</c>: one event per ~100 KB allocated, naming the type of the
/// object that crossed the mark) summed per type while it listens: which types a stage's allocations are, from any thread,
/// without a profiler. A sampled figure: each event stands for the ~100 KB before it.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> bytesByType = new();
    private volatile bool listening;

    public void Start() => listening = true;

    public void Stop() => listening = false;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        if (!listening || data.EventName is null || !data.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || data.Payload is null) return;
        var type = data.PayloadNames?.IndexOf("TypeName") is int t and >= 0 ? data.Payload[t] as string ?? "?" : "?";
        var amount = data.PayloadNames?.IndexOf("AllocationAmount64") is int a and >= 0 ? Convert.ToInt64(data.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 0;
        bytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }

    /// <summary>The types by sampled bytes, largest first.</summary>
    public IEnumerable<(string Type, long Bytes)> Largest(int count) =>
        bytesByType.OrderByDescending(p => p.Value).Take(count).Select(p => (p.Key, p.Value));
}
