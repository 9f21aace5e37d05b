using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Kyverno.Model;

namespace Kurator.Sdk.Policy.Kyverno.Matching;

/// <summary>
/// A compiled <c>match</c> or <c>exclude</c> block: <c>any</c> (one filter suffices), <c>all</c> (every filter), or the
/// legacy single <c>resources</c>. A filter naming <c>subjects</c>/<c>roles</c>/<c>clusterRoles</c> depends on the
/// requesting user, which a rendered object does not have: in <c>match</c> that is Unknown (the rule is then not
/// evaluated), in <c>exclude</c> it does not exclude (the rule still applies; fail closed).
/// </summary>
internal sealed class MatchBlock
{
    private readonly List<Filter> _filters;
    private readonly bool _all;
    private readonly bool _isExclude;

    private MatchBlock(List<Filter> filters, bool all, bool isExclude)
    {
        _filters = filters;
        _all = all;
        _isExclude = isExclude;
    }

    public IEnumerable<ResourceDescription> Descriptions
    {
        get
        {
            foreach (var f in _filters)
            {
                if (f.Resources is not null)
                {
                    yield return f.Resources;
                }
            }
        }
    }

    public static MatchBlock? Read(JsonObject rule, string name, string rulePath, PolicyReader reader)
    {
        if (reader.Object(rule, name, rulePath) is not { } obj)
        {
            return null;
        }

        var path = FieldPath.Property(rulePath, name);
        var isExclude = name == "exclude";
        var filters = new List<Filter>();
        var any = reader.Array(obj, "any", path);
        var all = reader.Array(obj, "all", path);
        if (any is not null && all is not null)
        {
            reader.Problem(path, "use either any or all, not both");
        }

        var list = any ?? all;
        if (list is not null)
        {
            var listPath = FieldPath.Property(path, any is not null ? "any" : "all");
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is JsonObject item)
                {
                    filters.Add(Filter.Read(item, FieldPath.Index(listPath, i), reader));
                }
                else
                {
                    reader.Problem(FieldPath.Index(listPath, i), "expected a mapping with resources (and optionally subjects, roles, clusterRoles)");
                }
            }
        }
        else
        {
            filters.Add(Filter.Read(obj, path, reader));
        }

        if (!isExclude && filters.TrueForAll(f => f.Resources is null && !f.ByUser))
        {
            reader.Problem(path, "match selects nothing: give resources (kinds, ...) in any, all or resources");
        }

        return new MatchBlock(filters, all is not null, isExclude);
    }

    public MatchVerdict Matches(ResourceView resource, KyvernoRequestContext context)
    {
        var unknown = default(MatchVerdict?);
        var yes = 0;
        foreach (var filter in _filters)
        {
            var v = filter.Matches(resource, context, _isExclude);
            switch (v.State)
            {
                case MatchState.Yes when !_all:
                    return MatchVerdict.Yes;
                case MatchState.No when _all:
                    return MatchVerdict.No;
                case MatchState.Unknown:
                    unknown ??= v;
                    break;
                case MatchState.Yes:
                    yes++;
                    break;
            }
        }

        if (unknown is { } u)
        {
            return u;
        }

        return _all && yes == _filters.Count && yes > 0 ? MatchVerdict.Yes : MatchVerdict.No;
    }

    private sealed record Filter(ResourceDescription? Resources, bool ByUser)
    {
        public static Filter Read(JsonObject obj, string path, PolicyReader reader)
        {
            var resources = reader.Object(obj, "resources", path) is { } r ? ResourceDescription.Read(r, ResourceDescription.Path(path), reader) : null;
            var byUser = obj["subjects"] is not null || obj["roles"] is not null || obj["clusterRoles"] is not null;
            return new Filter(resources, byUser);
        }

        public MatchVerdict Matches(ResourceView resource, KyvernoRequestContext context, bool isExclude)
        {
            var v = Resources?.Matches(resource, context) ?? MatchVerdict.Yes;
            if (v.State != MatchState.Yes || !ByUser)
            {
                return v;
            }

            return isExclude
                ? MatchVerdict.No
                : MatchVerdict.Unknown("the rule matches by requesting user (subjects, roles, clusterRoles), which is not known before deploy");
        }
    }
}
