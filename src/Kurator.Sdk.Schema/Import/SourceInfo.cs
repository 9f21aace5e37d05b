namespace Kurator.Sdk.Schema.Import;

/// <summary>Where an upstream file came from: repository, commit or tag, and the project release it belongs to.</summary>
public sealed record SourceInfo(string File, string? Repository, string? Revision, string? ProjectVersion);
