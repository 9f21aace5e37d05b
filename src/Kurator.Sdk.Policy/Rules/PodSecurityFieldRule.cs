using System;
using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Rules;

/// <summary>
/// One field constraint of a check variant: where to look, how to judge, and how to word a violation.
/// </summary>
/// <remarks>
/// Path syntax: dot-separated property names, <c>[*]</c> for every item of a list, and <c>["key"]</c> for a map key
/// (a key ending in <c>*</c> matches by prefix; <c>{container}</c> stands for each container's name).
/// Values are compared as text (<c>true</c>, <c>0</c>, <c>RuntimeDefault</c>); a value ending in <c>*</c> matches by prefix.
/// Detail templates may use <c>{subject}</c> (<c>pod</c>, <c>container "name"</c>, <c>volume "name"</c>),
/// <c>{field}</c> (the path below the subject), <c>{value}</c> and <c>{key}</c> (a matched map key).
/// </remarks>
public sealed class PodSecurityFieldRule
{
    /// <summary>Creates a field rule.</summary>
    public PodSecurityFieldRule(
        FieldScope scope,
        string path,
        FieldRuleKind kind,
        IReadOnlyList<string> values,
        string detail,
        string? missingDetail = null,
        string? podPath = null)
    {
        Scope = scope;
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Kind = kind;
        Values = values ?? throw new ArgumentNullException(nameof(values));
        Detail = detail ?? throw new ArgumentNullException(nameof(detail));
        MissingDetail = missingDetail ?? detail;
        PodPath = podPath;
    }

    /// <summary>What <see cref="Path"/> is relative to.</summary>
    public FieldScope Scope { get; }

    /// <summary>The field path below the scope, e.g. <c>securityContext.privileged</c>.</summary>
    public string Path { get; }

    /// <summary>How values are judged.</summary>
    public FieldRuleKind Kind { get; }

    /// <summary>The allowed, forbidden or required values (per <see cref="Kind"/>).</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Violation detail for a value that is set but not acceptable.</summary>
    public string Detail { get; }

    /// <summary>Violation detail for a required value that is missing.</summary>
    public string MissingDetail { get; }

    /// <summary>Pod-spec-relative path of the pod-wide default (only for <see cref="FieldRuleKind.RequiredOnPodOrContainer"/>).</summary>
    public string? PodPath { get; }

    /// <summary>The path as documented, from the pod root, e.g. <c>spec.containers[*].securityContext.privileged</c>.</summary>
    public string DisplayPath
    {
        get
        {
            switch (Scope)
            {
                case FieldScope.PodMetadata: return "metadata." + Path;
                case FieldScope.Container: return "spec.{initContainers,containers,ephemeralContainers}[*]." + Path;
                case FieldScope.Volume: return "spec.volumes[*]" + (Path.Length == 0 ? string.Empty : "." + Path);
                default: return "spec." + Path;
            }
        }
    }

    /// <summary>True when <paramref name="text"/> matches one of <see cref="Values"/> (trailing <c>*</c> = prefix match).</summary>
    public bool Matches(string text)
    {
        foreach (var value in Values)
        {
            if (value.EndsWith("*", StringComparison.Ordinal)
                ? text.StartsWith(value.Substring(0, value.Length - 1), StringComparison.Ordinal)
                : string.Equals(text, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
