using System.Collections.Generic;
using System.Threading.Tasks;

namespace Kurator.Sdk.Client.Tests;

internal static class AsyncEnumerableExtensions
{
    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source) list.Add(item);
        return list;
    }
}
