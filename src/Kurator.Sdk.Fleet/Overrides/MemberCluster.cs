using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Kurator.Sdk.Fleet.Overrides;

/// <summary>A member cluster of a fleet as overrides see it: its name and the labels of its cluster object (AttachedCluster or Cluster).</summary>
public sealed class MemberCluster
{
    /// <summary>Creates the view of one member.</summary>
    public MemberCluster(string name, IReadOnlyDictionary<string, string>? labels = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Labels = new ClusterLabels(labels ?? new Dictionary<string, string>());
    }

    /// <summary>The member's name in its fleet.</summary>
    public string Name { get; }

    /// <summary>The labels of the member's cluster object; a missing label reads as null, so <c>c.Labels["provider"] == "aws"</c> is safe.</summary>
    public ClusterLabels Labels { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>Cluster labels whose indexer returns null for a missing key instead of throwing.</summary>
public sealed class ClusterLabels : IReadOnlyDictionary<string, string>
{
    private readonly Dictionary<string, string> _labels;

    internal ClusterLabels(IReadOnlyDictionary<string, string> labels) => _labels = new Dictionary<string, string>(labels, StringComparer.Ordinal);

    /// <summary>The label's value, or null when the cluster does not have it.</summary>
    public string? this[string key] => _labels.TryGetValue(key, out var v) ? v : null;

    string IReadOnlyDictionary<string, string>.this[string key] => _labels[key];

    /// <inheritdoc />
    public IEnumerable<string> Keys => _labels.Keys;

    /// <inheritdoc />
    public IEnumerable<string> Values => _labels.Values;

    /// <inheritdoc />
    public int Count => _labels.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _labels.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => _labels.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _labels.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
