using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Client.KubeConfig;

/// <summary>A <c>clusters[]</c> entry. <see cref="Origin"/> is the file that defined it (relative paths resolve against its directory).</summary>
public sealed record ClusterInfo
{
    /// <summary>API server URL.</summary>
    public string Server { get; init; } = "";
    /// <summary>Name used for SNI and certificate verification instead of the URL host.</summary>
    public string? TlsServerName { get; init; }
    /// <summary>Skip server certificate verification.</summary>
    public bool InsecureSkipTlsVerify { get; init; }
    /// <summary>Path of a CA bundle (already resolved to an absolute path).</summary>
    public string? CertificateAuthority { get; init; }
    /// <summary>CA bundle PEM bytes (takes precedence over the file).</summary>
    public byte[]? CertificateAuthorityData { get; init; }
    /// <summary>Proxy URL (http, https or socks5).</summary>
    public string? ProxyUrl { get; init; }
    /// <summary>Disable response compression.</summary>
    public bool DisableCompression { get; init; }
    /// <summary>The <c>client.authentication.k8s.io/exec</c> extension, passed to exec plugins as spec.cluster.config.</summary>
    public JsonNode? ExecExtension { get; init; }
    /// <summary>The file this entry came from.</summary>
    public string? Origin { get; init; }
}

/// <summary>An exec credential plugin (<c>users[].user.exec</c>).</summary>
public sealed record ExecConfig
{
    /// <summary>client.authentication.k8s.io/v1 or v1beta1.</summary>
    public string ApiVersion { get; init; } = "";
    /// <summary>Command; a path with a separator was resolved against the defining file's directory.</summary>
    public string Command { get; init; } = "";
    /// <summary>Arguments, each passed as its own argv entry.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];
    /// <summary>Extra environment variables.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Env { get; init; } = [];
    /// <summary>Printed when the command cannot be found.</summary>
    public string? InstallHint { get; init; }
    /// <summary>Send spec.cluster in KUBERNETES_EXEC_INFO.</summary>
    public bool ProvideClusterInfo { get; init; }
    /// <summary>Never, IfAvailable or Always (v1 requires it; v1beta1 defaults to IfAvailable).</summary>
    public string? InteractiveMode { get; init; }
}

/// <summary>A <c>users[]</c> entry (AuthInfo).</summary>
public sealed record UserInfo
{
    /// <summary>Client certificate path.</summary>
    public string? ClientCertificate { get; init; }
    /// <summary>Client certificate PEM (overrides the file).</summary>
    public byte[]? ClientCertificateData { get; init; }
    /// <summary>Client key path.</summary>
    public string? ClientKey { get; init; }
    /// <summary>Client key PEM (overrides the file).</summary>
    public byte[]? ClientKeyData { get; init; }
    /// <summary>Bearer token.</summary>
    public string? Token { get; init; }
    /// <summary>File holding the bearer token (re-read periodically).</summary>
    public string? TokenFile { get; init; }
    /// <summary>Basic auth user name.</summary>
    public string? Username { get; init; }
    /// <summary>Basic auth password.</summary>
    public string? Password { get; init; }
    /// <summary>Impersonated user.</summary>
    public string? As { get; init; }
    /// <summary>Impersonated UID.</summary>
    public string? AsUid { get; init; }
    /// <summary>Impersonated groups.</summary>
    public IReadOnlyList<string> AsGroups { get; init; } = [];
    /// <summary>Impersonated extra fields.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> AsUserExtra { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Deprecated auth-provider name (only oidc's id-token is used).</summary>
    public string? AuthProviderName { get; init; }
    /// <summary>auth-provider config.</summary>
    public IReadOnlyDictionary<string, string> AuthProviderConfig { get; init; } = new Dictionary<string, string>();
    /// <summary>Exec plugin.</summary>
    public ExecConfig? Exec { get; init; }
    /// <summary>The file this entry came from.</summary>
    public string? Origin { get; init; }
}

/// <summary>A <c>contexts[]</c> entry.</summary>
public sealed record ContextInfo
{
    /// <summary>Cluster name.</summary>
    public string Cluster { get; init; } = "";
    /// <summary>User name.</summary>
    public string User { get; init; } = "";
    /// <summary>Default namespace (empty means "default").</summary>
    public string? Namespace { get; init; }
}

/// <summary>A merged kubeconfig: names are case-sensitive, and the first file to define a name wins whole.</summary>
public sealed class KubeConfigFile
{
    /// <summary>Clusters by name.</summary>
    public Dictionary<string, ClusterInfo> Clusters { get; } = new(System.StringComparer.Ordinal);
    /// <summary>Users by name.</summary>
    public Dictionary<string, UserInfo> Users { get; } = new(System.StringComparer.Ordinal);
    /// <summary>Contexts by name.</summary>
    public Dictionary<string, ContextInfo> Contexts { get; } = new(System.StringComparer.Ordinal);
    /// <summary>The current context name.</summary>
    public string? CurrentContext { get; set; }
}
