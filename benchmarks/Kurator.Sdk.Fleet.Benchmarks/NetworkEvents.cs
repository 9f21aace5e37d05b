using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace Kurator.Sdk.Fleet.Benchmarks;

/// <summary>
/// Counts this process's HTTP connections, TLS handshakes and requests (the runtime's System.Net.Http and
/// System.Net.Security events) and its socket bytes (the System.Net.Sockets counters): the client side's network work.
/// </summary>
internal sealed class NetworkEvents : EventListener
{
    private long _connections;
    private long _handshakes;
    private long _requests;
    private double _bytesReceived;
    private double _bytesSent;
    private long _counterUpdates;

    /// <summary>The totals at one moment.</summary>
    public readonly record struct Totals(long Connections, long Handshakes, long Requests, double BytesReceived, double BytesSent);

    public Totals Mark() => new(Interlocked.Read(ref _connections), Interlocked.Read(ref _handshakes), Interlocked.Read(ref _requests), Volatile.Read(ref _bytesReceived), Volatile.Read(ref _bytesSent));

    /// <summary>What happened since <paramref name="mark"/>; waits for the next socket counter update so the bytes are current.</summary>
    public async Task<Totals> SinceAsync(Totals mark)
    {
        var updates = Interlocked.Read(ref _counterUpdates);
        for (var i = 0; i < 40 && Interlocked.Read(ref _counterUpdates) < updates + 4; i++) await Task.Delay(100);
        var now = Mark();
        return new Totals(now.Connections - mark.Connections, now.Handshakes - mark.Handshakes, now.Requests - mark.Requests, now.BytesReceived - mark.BytesReceived, now.BytesSent - mark.BytesSent);
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        switch (source.Name)
        {
            case "System.Net.Http":
            case "System.Net.Security":
                EnableEvents(source, EventLevel.Informational);
                break;
            case "System.Net.Sockets":
                EnableEvents(source, EventLevel.LogAlways, EventKeywords.None, new Dictionary<string, string?> { ["EventCounterIntervalSec"] = "0.1" });
                break;
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        switch (e.EventSource.Name, e.EventName)
        {
            case ("System.Net.Http", "ConnectionEstablished"): Interlocked.Increment(ref _connections); break;
            case ("System.Net.Http", "RequestStart"): Interlocked.Increment(ref _requests); break;
            case ("System.Net.Security", "HandshakeStart"): Interlocked.Increment(ref _handshakes); break;
            case ("System.Net.Sockets", "EventCounters"): Counter(e); break;
        }
    }

    /// <summary>bytes-received and bytes-sent are polling counters of the process's totals.</summary>
    private void Counter(EventWrittenEventArgs e)
    {
        if (e.Payload is not { Count: > 0 } || e.Payload[0] is not IDictionary<string, object?> counter) return;
        var name = counter.TryGetValue("Name", out var n) ? n as string : null;
        if (!counter.TryGetValue("Mean", out var mean) || mean is null) return;
        var value = Convert.ToDouble(mean, CultureInfo.InvariantCulture);
        if (name == "bytes-received") Volatile.Write(ref _bytesReceived, value);
        else if (name == "bytes-sent")
        {
            Volatile.Write(ref _bytesSent, value);
            Interlocked.Increment(ref _counterUpdates);
        }
    }
}
