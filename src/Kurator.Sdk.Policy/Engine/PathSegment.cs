namespace Kurator.Sdk.Policy.Engine;

/// <summary>One step of a field path: a property or map key, every item of a list (<c>[*]</c>), or one item (<c>[2]</c>).</summary>
internal sealed class PathSegment
{
    /// <summary>Stands for each container's name inside a map key (per-container annotations).</summary>
    public const string ContainerPlaceholder = "{container}";

    private PathSegment(PathSegmentKind kind, string name, int index)
    {
        Kind = kind;
        Name = name;
        Index = index;
        IsPrefix = kind == PathSegmentKind.Name && name.EndsWith("*", System.StringComparison.Ordinal);
        HasPlaceholder = kind == PathSegmentKind.Name && name.IndexOf(ContainerPlaceholder, System.StringComparison.Ordinal) >= 0;
    }

    public PathSegmentKind Kind { get; }

    /// <summary>The property name or map key (<see cref="PathSegmentKind.Name"/>).</summary>
    public string Name { get; }

    /// <summary>The list index (<see cref="PathSegmentKind.Index"/>).</summary>
    public int Index { get; }

    /// <summary>A name ending in <c>*</c>: every key with that prefix.</summary>
    public bool IsPrefix { get; }

    /// <summary>The name holds <see cref="ContainerPlaceholder"/>.</summary>
    public bool HasPlaceholder { get; }

    /// <summary>True when the segment can match any number of values (so an unset value has no single path).</summary>
    public bool IsWildcard => Kind == PathSegmentKind.EveryItem || IsPrefix;

    public static PathSegment Property(string name) => new PathSegment(PathSegmentKind.Name, name, -1);

    public static PathSegment At(int index) => new PathSegment(PathSegmentKind.Index, string.Empty, index);

    public static readonly PathSegment EveryItem = new PathSegment(PathSegmentKind.EveryItem, string.Empty, -1);

    /// <summary>The name with the container placeholder replaced.</summary>
    public string NameFor(string? containerName) =>
        HasPlaceholder ? Name.Replace(ContainerPlaceholder, containerName ?? string.Empty) : Name;
}

/// <summary>The kinds of <see cref="PathSegment"/>.</summary>
internal enum PathSegmentKind
{
    Name,
    EveryItem,
    Index,
}
