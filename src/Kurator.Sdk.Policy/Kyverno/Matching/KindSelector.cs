using Kurator.Sdk.Policy.Kyverno.Patterns;

namespace Kurator.Sdk.Policy.Kyverno.Matching;

/// <summary>
/// One entry of <c>kinds</c>: <c>Pod</c>, <c>v1/Pod</c>, <c>apps/v1/Deployment</c>, <c>batch/*/CronJob</c>, <c>*</c>, with
/// an optional subresource (<c>Pod/exec</c>, <c>apps/v1/Deployment/scale</c>). A rendered object is never a subresource,
/// so a selector naming one does not select it. netstandard2.0-clean: the analyzers link it (KSDK5001), so run time and
/// compile time read <c>kinds</c> the same way.
/// </summary>
internal sealed class KindSelector
{
    private readonly Wildcard _group;
    private readonly Wildcard _version;
    private readonly Wildcard _kind;
    private readonly bool _subresource;

    private KindSelector(string group, string version, string kind, bool subresource)
    {
        _group = new Wildcard(group);
        _version = new Wildcard(version);
        _kind = new Wildcard(kind);
        _subresource = subresource;
        Kind = kind;
    }

    /// <summary>The kind part (may be a wildcard).</summary>
    public string Kind { get; }

    /// <summary>True when the entry names exactly the Pod kind, in any group and version (the rules Kyverno copies to pod controllers).</summary>
    public bool IsPod => !_subresource && Kind == "Pod" && _group.Pattern == "*" && _version.Pattern == "*";

    public static KindSelector Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length switch
        {
            1 => new KindSelector("*", "*", parts[0], false),
            // "v1/Pod" (version/Kind) or "Pod/exec" (Kind/subresource): a kind starts upper case, a subresource does not.
            2 when IsKind(parts[1]) => new KindSelector("*", parts[0], parts[1], false),
            2 => new KindSelector("*", "*", parts[0], true),
            3 when IsKind(parts[2]) => new KindSelector(parts[0], parts[1], parts[2], false),
            3 => new KindSelector("*", parts[0], parts[1], true),
            _ => new KindSelector(parts[0], parts[1], parts[2], true),
        };
    }

    public bool Matches(string group, string version, string kind) =>
        !_subresource && _kind.Matches(kind) && _group.Matches(group) && _version.Matches(version);

    private static bool IsKind(string part) => part.Length > 0 && (char.IsUpper(part[0]) || part[0] == '*');

    /// <summary>Splits an apiVersion into group and version (<c>v1</c> is the core group "").</summary>
    public static (string Group, string Version) SplitApiVersion(string? apiVersion)
    {
        if (string.IsNullOrEmpty(apiVersion))
        {
            return (string.Empty, string.Empty);
        }

        var slash = apiVersion!.IndexOf('/');
        return slash < 0 ? (string.Empty, apiVersion) : (apiVersion.Substring(0, slash), apiVersion.Substring(slash + 1));
    }
}
