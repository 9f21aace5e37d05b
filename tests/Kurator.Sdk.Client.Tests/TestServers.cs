using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Kurator.Sdk.Client.Tests;

/// <summary>A plain-http listener on 127.0.0.1 that records request heads and answers with an empty aggregated discovery list.</summary>
public sealed class RecordingHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    public RecordingHttpServer()
    {
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
    public ConcurrentQueue<string> RequestHeads { get; } = new();

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            using (client)
            {
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream);
                RequestHeads.Enqueue(head);
                const string body = "{\"kind\":\"APIGroupDiscoveryList\",\"apiVersion\":\"apidiscovery.k8s.io/v2\",\"items\":[]}";
                var response = "HTTP/1.1 200 OK\r\nContent-Type: application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList\r\n" +
                               $"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(response));
            }
        }
    }

    internal static async Task<string> ReadHeadAsync(Stream stream)
    {
        var sb = new StringBuilder();
        var buffer = new byte[1];
        while (!sb.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && sb.Length < 65536)
        {
            if (await stream.ReadAsync(buffer) == 0) break;
            sb.Append((char)buffer[0]);
        }
        return sb.ToString();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }
}

/// <summary>A minimal HTTP CONNECT proxy on 127.0.0.1 that counts tunnels.</summary>
public sealed class ConnectProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private int _tunnels;

    public ConnectProxy()
    {
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
    public int Tunnels => Volatile.Read(ref _tunnels);

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            _ = Task.Run(() => TunnelAsync(client));
        }
    }

    private async Task TunnelAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var head = await RecordingHttpServer.ReadHeadAsync(stream);
            var target = head.Split(' ')[1];
            var colon = target.LastIndexOf(':');
            using var upstream = new TcpClient();
            await upstream.ConnectAsync(target[..colon], int.Parse(target[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
            Interlocked.Increment(ref _tunnels);
            await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 Connection established\r\n\r\n"));
            var up = upstream.GetStream();
            await Task.WhenAny(stream.CopyToAsync(up, _stop.Token), up.CopyToAsync(stream, _stop.Token));
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }
}
