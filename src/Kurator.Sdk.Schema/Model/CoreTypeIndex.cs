using System;
using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Schema.Import;

namespace Kurator.Sdk.Schema.Model;

/// <summary>
/// The core Kubernetes definitions a CRD sub-schema may be mapped to. Matching is structural: every CRD property must exist
/// in the core type with a compatible type (recursively), and the CRD must carry most of the core type's fields; fewer
/// fields are tolerated because CRDs are often built against an older Kubernetes. The validation facts must be the same
/// at every level (<see cref="ConstraintMatch"/>): the core type's validator replaces the CRD's, so a CRD rule the core
/// type lacks (Cluster API's templateRef name pattern) or a requirement it adds would otherwise be lost.
/// </summary>
public sealed class CoreTypeIndex
{
    /// <summary>Minimum share of the core type's top-level fields that a CRD object must have to be mapped.</summary>
    public const double MinimumCoverage = 0.6;

    private readonly Dictionary<string, DocNode> _definitions = new Dictionary<string, DocNode>(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byProperty = new Dictionary<string, List<string>>(StringComparer.Ordinal);

    /// <summary>An index with no definitions: nothing is mapped.</summary>
    public static CoreTypeIndex Empty { get; } = new CoreTypeIndex(Array.Empty<DefinitionsDocument>());

    /// <summary>Indexes every object definition of the given sets.</summary>
    public CoreTypeIndex(IEnumerable<DefinitionsDocument> sets)
    {
        foreach (var set in sets)
        {
            foreach (var def in set.Definitions)
            {
                _definitions[def.Key] = def.Value;
                if (!CoreNames.IsSpecial(def.Key))
                {
                    foreach (var p in SchemaNodes.Properties(def.Value))
                    {
                        if (!_byProperty.TryGetValue(p.Key.Value, out var list))
                        {
                            _byProperty[p.Key.Value] = list = new List<string>();
                        }

                        list.Add(def.Key);
                    }
                }
            }
        }
    }

    /// <summary>True when no definitions are indexed.</summary>
    public bool IsEmpty => _definitions.Count == 0;

    /// <summary>Finds the single best core definition for a CRD object schema, or null.</summary>
    public string? Match(DocNode crdObject)
    {
        var props = SchemaNodes.Properties(crdObject);
        if (props.Count < 2 || _definitions.Count == 0)
        {
            return null;
        }

        // Two plain strings ({name, namespace}) say too little to claim a meaning such as SecretReference.
        if (props.Count == 2 && props.All(p => SchemaNodes.Text(p.Value, "type") != "object" && SchemaNodes.Text(p.Value, "type") != "array"))
        {
            return null;
        }

        List<string>? candidates = null;
        foreach (var p in props)
        {
            if (!_byProperty.TryGetValue(p.Key.Value, out var defs))
            {
                return null;
            }

            if (candidates == null || defs.Count < candidates.Count)
            {
                candidates = defs;
            }
        }

        string? best = null;
        var bestScore = 0.0;
        var tie = false;
        foreach (var candidate in candidates!)
        {
            var coreProps = SchemaNodes.Properties(_definitions[candidate]).Count;
            var coverage = (double)props.Count / coreProps;
            if (coverage < MinimumCoverage || !Compatible(crdObject, _definitions[candidate], 0))
            {
                continue;
            }

            if (best == null || coverage > bestScore)
            {
                best = candidate;
                bestScore = coverage;
                tie = false;
            }
            else if (Math.Abs(coverage - bestScore) < 1e-9)
            {
                tie = true;
            }
        }

        // Two equally good core types (HTTPHeader vs Sysctl) say nothing about meaning: keep the CRD's own type.
        return tie ? null : best;
    }

    private bool Compatible(DocNode crd, DocNode core, int depth)
    {
        if (depth > 48)
        {
            return false;
        }

        var refName = SchemaNodes.RefName(core);
        if (refName != null)
        {
            if (CoreNames.Special(refName) is { } special)
            {
                return CompatibleWithSpecial(crd, special);
            }

            if (!_definitions.TryGetValue(refName, out var target))
            {
                return false;
            }

            core = target;
        }

        if (SchemaNodes.Flag(crd, "x-kubernetes-int-or-string"))
        {
            return false;
        }

        if (SchemaNodes.Flag(crd, "x-kubernetes-preserve-unknown-fields") && SchemaNodes.Properties(crd).Count == 0)
        {
            return true;
        }

        var crdType = SchemaNodes.Text(crd, "type");
        var coreType = SchemaNodes.Text(core, "type");
        if (crdType != coreType || !ConstraintMatch.Same(crd, core))
        {
            return false;
        }

        switch (crdType)
        {
            case "array":
                return Compatible(((DocMapping)crd).Get("items") ?? new DocMapping(), ((DocMapping)core).Get("items") ?? new DocMapping(), depth + 1);
            case "object":
                var crdProps = SchemaNodes.Properties(crd);
                var coreProps = SchemaNodes.Properties(core);
                if (crdProps.Count == 0)
                {
                    var crdValues = ((DocMapping)crd).Get("additionalProperties");
                    var coreValues = ((DocMapping)core).Get("additionalProperties");
                    if (crdValues is DocMapping cv)
                    {
                        return coreValues is DocMapping kv && Compatible(cv, kv, depth + 1);
                    }

                    return true;
                }

                foreach (var p in crdProps)
                {
                    var match = coreProps.FirstOrDefault(c => c.Key.Value == p.Key.Value);
                    if (match.Value == null || !Compatible(p.Value, match.Value, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            case "string":
                var crdEnum = ((DocMapping)crd).Get("enum") as DocSequence;
                var coreEnum = ((DocMapping)core).Get("enum") as DocSequence;
                if (crdEnum != null && coreEnum != null)
                {
                    var allowed = new HashSet<string>(coreEnum.Items.OfType<DocScalar>().Select(s => s.Value));
                    return crdEnum.Items.OfType<DocScalar>().All(s => allowed.Contains(s.Value));
                }

                return true;
            default:
                return true;
        }
    }

    private static bool CompatibleWithSpecial(DocNode crd, TypeRefKind special)
    {
        switch (special)
        {
            case TypeRefKind.Quantity:
            case TypeRefKind.IntOrString:
                return SchemaNodes.Flag(crd, "x-kubernetes-int-or-string") || SchemaNodes.Text(crd, "type") == "string";
            case TypeRefKind.Time:
                return SchemaNodes.Text(crd, "type") == "string";
            case TypeRefKind.Json:
                return SchemaNodes.Text(crd, "type") == "object" || SchemaNodes.Text(crd, "type") == null;
            default:
                return false;
        }
    }
}
