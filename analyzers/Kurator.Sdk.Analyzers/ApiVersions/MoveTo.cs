using System.Collections.Immutable;

namespace Kurator.Sdk.Analyzers.ApiVersions;

/// <summary>What an API drift diagnostic tells its code fix: the group, kind and version to move to.</summary>
internal static class MoveTo
{
    public const string Group = "group";
    public const string Kind = "kind";
    public const string Version = "version";

    public static ImmutableDictionary<string, string?> Properties(KindCoordinates kind, string? version) =>
        version is null || version == kind.Version
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(Group, kind.Group).Add(Kind, kind.Kind).Add(Version, version);
}
