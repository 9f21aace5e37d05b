using System;
using System.Collections.Concurrent;
using System.Linq;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kurator.Sdk.Analyzers.Overrides;

/// <summary>
/// KSDK3007, a compilation-end rule: the labels overrides select clusters by (<c>ClusterSelector.Labelled("k", "v")</c>,
/// <c>c.Labels["k"] == "v"</c>, <c>c.Labels.ContainsKey("k")</c>) against the labels of the AttachedClusters and Clusters
/// the project builds. Silent when the project builds no cluster, or when some cluster's labels cannot be seen.
/// </summary>
internal sealed class UnknownClusterLabelRule
{
    private readonly ConcurrentBag<(string Key, string? Value, Location Location)> _selected = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> _values = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _keysWithUnseenValues = new(StringComparer.Ordinal);
    private volatile bool _someCluster;
    private volatile bool _someLabelsUnseen;

    /// <summary>A selector use: <c>ClusterSelector.Labelled</c>, or a read of a member's labels.</summary>
    public void CollectSelector(IOperation operation, INamedTypeSymbol clusterSelector, INamedTypeSymbol clusterLabels)
    {
        switch (operation)
        {
            case IInvocationOperation call when SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, clusterSelector)
                && call.TargetMethod.Name == "Labelled" && call.Arguments.Length == 2:
                if (Constant(call.Arguments[0].Value) is { } key && Constant(call.Arguments[1].Value) is { } value) _selected.Add((key, value, call.Syntax.GetLocation()));
                break;
            case IInvocationOperation call when SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, clusterLabels)
                && call.TargetMethod.Name is "ContainsKey" or "TryGetValue" && call.Arguments.Length >= 1:
                if (Constant(call.Arguments[0].Value) is { } name) _selected.Add((name, null, call.Syntax.GetLocation()));
                break;
            case IPropertyReferenceOperation indexer when indexer.Property.IsIndexer && SymbolEqualityComparer.Default.Equals(indexer.Property.ContainingType, clusterLabels)
                && indexer.Arguments.Length == 1 && Constant(indexer.Arguments[0].Value) is { } label:
                _selected.Add((label, ComparedWith(indexer), indexer.Syntax.Parent?.GetLocation() ?? indexer.Syntax.GetLocation()));
                break;
        }
    }

    /// <summary>The labels of the cluster objects a block builds.</summary>
    public void CollectClusters(KubeTree tree, INamedTypeSymbol? attachedCluster, INamedTypeSymbol? cluster)
    {
        foreach (var node in tree.OfType(attachedCluster).Concat(tree.OfType(cluster)))
        {
            var labels = node.Child("metadata")?.Get("labels")?.Value;
            if (node.IsPartial && labels is null)
            {
                continue; // a cluster object from elsewhere, not defined here
            }

            _someCluster = true;
            if (labels is null || labels.IsNull)
            {
                if (node.IsOpen || node.Get("metadata")?.Value.Kind == KubeValueKind.Unknown) _someLabelsUnseen = true;
                continue;
            }

            if (labels.Kind != KubeValueKind.Map || labels.Map!.IsOpen || node.IsOpen)
            {
                _someLabelsUnseen = true;
                continue;
            }

            foreach (var entry in labels.Map.Entries)
            {
                var values = _values.GetOrAdd(entry.Key, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
                if (entry.Value.Value is { Kind: KubeValueKind.Scalar, Text: { } text }) values[text] = true;
                else _keysWithUnseenValues[entry.Key] = true;
            }
        }
    }

    public void Report(Action<Diagnostic> report)
    {
        if (!_someCluster || _someLabelsUnseen) return;
        var defined = string.Join(", ", _values.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .SelectMany(kv => _keysWithUnseenValues.ContainsKey(kv.Key) || kv.Value.IsEmpty ? new[] { kv.Key } : kv.Value.Keys.OrderBy(v => v, StringComparer.Ordinal).Select(v => kv.Key + "=" + v)));
        if (defined.Length == 0) defined = "none";
        foreach (var (key, value, location) in _selected)
        {
            var known = _values.TryGetValue(key, out var values);
            var missing = !known || (value is not null && !_keysWithUnseenValues.ContainsKey(key) && !values!.ContainsKey(value));
            if (missing) report(Diagnostic.Create(OverrideDescriptors.UnknownClusterLabel, location, value is null ? $"'{key}'" : $"'{key}={value}'", defined));
        }
    }

    /// <summary>The constant a label read is compared with by == (null when it is not compared with a constant).</summary>
    private static string? ComparedWith(IOperation read)
    {
        var node = read;
        while (node.Parent is IConversionOperation or IParenthesizedOperation) node = node.Parent;
        if (node.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } binary)
        {
            var other = ReferenceEquals(Unwrap(binary.LeftOperand), read) ? binary.RightOperand : binary.LeftOperand;
            return Constant(other);
        }

        return null;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion) operation = conversion.Operand;
        return operation;
    }

    private static string? Constant(IOperation operation) => Unwrap(operation).ConstantValue is { HasValue: true, Value: string s } ? s : null;
}
