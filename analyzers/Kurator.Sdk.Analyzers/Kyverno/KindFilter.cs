using Kurator.Sdk.Policy.Kyverno.Patterns;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>
/// One entry of a rule's <c>kinds</c>: <c>Pod</c>, <c>v1/Pod</c>, <c>apps/v1/Deployment</c>, <c>batch/*/CronJob</c>,
/// <c>*</c>, or a subresource (<c>Pod/exec</c>), which never selects an object the code creates.
/// </summary>
internal sealed class KindFilter
{
    private readonly string _group;
    private readonly string _version;
    private readonly string _kind;
    private readonly bool _subresource;

    private KindFilter(string group, string version, string kind, bool subresource)
    {
        _group = group;
        _version = version;
        _kind = kind;
        _subresource = subresource;
    }

    /// <summary>True when the entry names exactly the Pod kind (the rules Kyverno copies to pod controllers).</summary>
    public bool IsPod => !_subresource && _kind == "Pod" && _group == "*" && _version == "*";

    public static KindFilter Parse(string text)
    {
        var parts = text.Split('/');
        switch (parts.Length)
        {
            case 1:
                return new KindFilter("*", "*", parts[0], false);
            case 2:
                // version/Kind or Kind/subresource: a kind starts upper case (or is a wildcard), a subresource does not.
                return IsKind(parts[1]) ? new KindFilter("*", parts[0], parts[1], false) : new KindFilter("*", "*", parts[0], true);
            case 3:
                return IsKind(parts[2]) ? new KindFilter(parts[0], parts[1], parts[2], false) : new KindFilter("*", parts[0], parts[1], true);
            default:
                return new KindFilter(parts[0], parts[1], parts[2], true);
        }
    }

    public bool Matches(ApiKind kind) =>
        !_subresource && Wildcard.Match(_kind, kind.Kind) && Wildcard.Match(_group, kind.Group) && Wildcard.Match(_version, kind.Version);

    private static bool IsKind(string part) => part.Length > 0 && (char.IsUpper(part[0]) || part[0] == '*');
}
