using System.Collections.Generic;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Schema.Import;

/// <summary>One served version of a CRD with its schema.</summary>
public sealed record CrdVersion(
    string Name,
    bool Served,
    bool Storage,
    bool Deprecated,
    string? DeprecationWarning,
    DocNode Schema,
    DocNode? Subresources,
    DocNode? PrinterColumns);

/// <summary>A CustomResourceDefinition, read either from upstream YAML or from a normalized schema file.</summary>
public sealed record CrdDocument(
    string Family,
    SourceInfo? Source,
    string Group,
    string Kind,
    string ListKind,
    string Plural,
    string Singular,
    IReadOnlyList<string> ShortNames,
    IReadOnlyList<string> Categories,
    bool Namespaced,
    IReadOnlyList<CrdVersion> Versions);

/// <summary>A kind served by a definitions file (group, version, REST plural and scope).</summary>
public sealed record ResourceInfo(string Group, string Version, string Kind, string Plural, bool Namespaced);

/// <summary>A set of named definitions (from Kubernetes OpenAPI v3 documents) plus the resources that serve them.</summary>
public sealed record DefinitionsDocument(
    string Family,
    string Name,
    IReadOnlyList<SourceInfo> Sources,
    IReadOnlyList<KeyValuePair<string, DocNode>> Definitions,
    IReadOnlyList<ResourceInfo> Resources);
