using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Kurator.Sdk.Client.Http;

/// <summary>Copies a request (headers, buffered body) so it can be sent again.</summary>
internal static class RequestCloner
{
    public static async Task<HttpRequestMessage> CloneAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var clone = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var h in request.Headers) clone.Headers.TryAddWithoutValidation(h.Key, h.Value);
        if (request.Content is not null)
        {
            var bytes = await request.Content.ReadAsByteArrayAsync(cancellationToken);
            clone.Content = new ByteArrayContent(bytes);
            foreach (var h in request.Content.Headers) clone.Content.Headers.TryAddWithoutValidation(h.Key, h.Value);
        }
        foreach (var o in request.Options) ((System.Collections.Generic.IDictionary<string, object?>)clone.Options)[o.Key] = o.Value;
        return clone;
    }
}
