using System;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Linq;
using System.Threading;

namespace Kurator.Sdk.Fleet.Benchmarks;

/// <summary>
/// What the process allocates, by type: the runtime reports a sample about every 100 KB allocated (GC AllocationTick
/// events) with the type of the object that crossed the mark, so the sampled bytes per type approximate where the
/// allocation goes. Load-independent, like the byte totals it complements.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int AllocationTickEventId = 10;
    private const long GcKeyword = 0x1;

    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private long _total;

    /// <summary>Counting only while true, so set-up and the first (JIT) run can be left out.</summary>
    public bool Enabled { get; set; }

    /// <summary>The <paramref name="count"/> types with the most sampled bytes, as "MB  share  type" lines.</summary>
    public string[] Top(int count, int runs)
    {
        var total = Math.Max(1, Interlocked.Read(ref _total));
        return _bytes.OrderByDescending(kv => kv.Value).Take(count)
            .Select(kv => $"{kv.Value / 1048576.0 / runs,8:F1} MB {100.0 * kv.Value / total,5:F1} %  {kv.Key}")
            .ToArray();
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!Enabled || e.EventId != AllocationTickEventId || e.Payload is null || e.PayloadNames is null) return;
        var type = e.PayloadNames.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 0;
        _bytes.AddOrUpdate(type, amount, (_, v) => v + amount);
        Interlocked.Add(ref _total, amount);
    }
}
