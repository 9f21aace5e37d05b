using System;
using System.CommandLine;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary><c>--level</c>: a Pod Security level to require of every target instead of each fleet's own policy.</summary>
internal static class LevelOption
{
    public static Option<string?> Create() => new("--level")
    {
        Description = "baseline, restricted or privileged: require this Pod Security level everywhere (violations refuse apply); default: each fleet's Kyverno pod-security plugin",
    };

    public static PodSecurityLevel? Parse(string? value) => value is null ? null
        : Enum.TryParse<PodSecurityLevel>(value, ignoreCase: true, out var level) ? level
        : throw new ArgumentException($"--level must be baseline, restricted or privileged, not '{value}'");
}
