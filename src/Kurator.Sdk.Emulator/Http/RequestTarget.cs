using Kurator.Sdk.Emulator.Schema;

namespace Kurator.Sdk.Emulator.Http;

/// <summary>What a resource URL addresses: a collection (Name null) or an item, possibly a subresource of it.</summary>
internal sealed record RequestTarget(ResourceType Type, string? Namespace, string? Name, string? Subresource)
{
    /// <summary>Parses the segments after /api/v1 or /apis/g/v; null when no served resource matches.</summary>
    public static RequestTarget? Parse(ResourceRegistry registry, string group, string version, string[] s)
    {
        if (s.Length == 0) return null;
        if (s[0] == "namespaces" && s.Length >= 3)
        {
            var namespaced = registry.Find(group, version, s[2]);
            if (namespaced is { Namespaced: true } && s.Length <= 5)
                return new RequestTarget(namespaced, s[1], s.Length > 3 ? s[3] : null, s.Length > 4 ? s[4] : null);
        }
        var type = registry.Find(group, version, s[0]);
        if (type is null || s.Length > 3) return null;
        return new RequestTarget(type, null, s.Length > 1 ? s[1] : null, s.Length > 2 ? s[2] : null);
    }
}
