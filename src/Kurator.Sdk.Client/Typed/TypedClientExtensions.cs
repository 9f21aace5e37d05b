using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Kurator.Sdk.Client.Typed;

/// <summary>Typed overloads of <see cref="KubeClient"/>'s unstructured operations, through an <see cref="IObjectConverter{T}"/>.</summary>
public static class TypedClientExtensions
{
    /// <summary>Server-side applies a model and returns what the server stored.</summary>
    public static async Task<T> ApplyAsync<T>(this KubeClient client, T value, IObjectConverter<T> converter, ApplyOptions? options = null, CancellationToken cancellationToken = default) =>
        converter.FromJson(await client.ApplyAsync(converter.ToJson(value), options, cancellationToken));

    /// <summary>Gets a model by name.</summary>
    public static async Task<T> GetAsync<T>(this KubeClient client, IObjectConverter<T> converter, string name, string? ns = null, CancellationToken cancellationToken = default) =>
        converter.FromJson(await client.GetAsync(converter.ApiVersion, converter.Kind, name, ns, cancellationToken));

    /// <summary>Lists every object of the model's kind (all pages).</summary>
    public static async Task<IReadOnlyList<T>> ListAsync<T>(this KubeClient client, IObjectConverter<T> converter, string? ns = null, ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = new List<T>();
        await foreach (var item in client.ListAllAsync(converter.ApiVersion, converter.Kind, ns, options, cancellationToken)) result.Add(converter.FromJson(item));
        return result;
    }
}
