using System;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk;

/// <summary>A registered kind: its coordinates, CLR type and generated reader.</summary>
public sealed record KubeKindInfo(
    string Group,
    string Version,
    string Kind,
    string Plural,
    bool Namespaced,
    Type ClrType,
    Func<DocNode, KubeReader, KubeResource?> Read)
{
    /// <summary>"group/version", or just "version" for the core group.</summary>
    public string ApiVersion => Group.Length == 0 ? Version : Group + "/" + Version;

    /// <summary>True when the kind is served as a REST resource.</summary>
    public bool IsResource => Plural.Length > 0;
}
