using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Kurator.Sdk.Client.Auth;
using Kurator.Sdk.Client.KubeConfig;

namespace Kurator.Sdk.Client.Connection;

/// <summary>Turns a kubeconfig context into <see cref="ConnectionSettings"/>, with client-go's validation errors.</summary>
internal static class ConnectionResolver
{
    public static ConnectionSettings Resolve(KubeConfigFile config, string? contextName)
    {
        var name = string.IsNullOrEmpty(contextName) ? config.CurrentContext : contextName;
        if (string.IsNullOrEmpty(name))
            throw new KubeConfigException("invalid configuration: no configuration has been provided");
        if (!config.Contexts.TryGetValue(name, out var context))
            throw new KubeConfigException($"context was not found for specified context: {name}");
        var errors = new List<string>();
        if (!config.Clusters.TryGetValue(context.Cluster, out var cluster) || string.IsNullOrEmpty(cluster.Server))
            throw new KubeConfigException($"invalid configuration: no server found for cluster \"{context.Cluster}\"");
        config.Users.TryGetValue(context.User, out var user);
        user ??= new UserInfo();
        ValidateCluster(context.Cluster, cluster, errors);
        ValidateUser(context.User, user, errors);
        if (errors.Count > 0)
            throw new KubeConfigException(errors.Count == 1 ? $"invalid configuration: {errors[0]}" : $"invalid configuration: [{string.Join(", ", errors)}]");

        var server = ServerUri(cluster.Server);
        var tls = server.Scheme == Uri.UriSchemeHttps;
        return new ConnectionSettings(server, string.IsNullOrEmpty(context.Namespace) ? "default" : context.Namespace)
        {
            TlsServerName = cluster.TlsServerName,
            InsecureSkipTlsVerify = cluster.InsecureSkipTlsVerify,
            CertificateAuthorities = tls ? LoadCa(cluster, context.Cluster) : null,
            // client-go attaches credentials only when the transport is TLS: never send them over plain http.
            ClientCertificate = tls ? LoadClientCertificate(user, context.User) : null,
            Credentials = tls ? Credentials(user, cluster, context.User) : null,
            Proxy = string.IsNullOrEmpty(cluster.ProxyUrl) ? null : new Uri(cluster.ProxyUrl),
            DisableCompression = cluster.DisableCompression,
            ImpersonateUser = user.As,
            ImpersonateUid = user.AsUid,
            ImpersonateGroups = user.AsGroups,
            ImpersonateExtra = user.AsUserExtra,
            Warnings = Warnings(context, cluster, user, server),
        };
    }

    private static List<string> Warnings(ContextInfo context, ClusterInfo cluster, UserInfo user, Uri server)
    {
        var warnings = new List<string>();
        var at = $"cluster \"{context.Cluster}\" ({server.GetLeftPart(UriPartial.Authority)})";
        if (server.Scheme == Uri.UriSchemeHttps && cluster.InsecureSkipTlsVerify)
            warnings.Add($"{at}: insecure-skip-tls-verify is set: the server's certificate is not verified, so anyone on the path can impersonate it");
        if (server.Scheme == Uri.UriSchemeHttp && CredentialKind(user) is { } kind)
            warnings.Add($"{at}: the server is plain http: the {kind} of user \"{context.User}\" is not sent, requests go unauthenticated (use https)");
        return warnings;
    }

    /// <summary>What kind of credential a user has (for messages: the kind only, never the value).</summary>
    private static string? CredentialKind(UserInfo u) =>
        !string.IsNullOrEmpty(u.Token) ? "bearer token"
        : !string.IsNullOrEmpty(u.TokenFile) ? "token file"
        : !string.IsNullOrEmpty(u.Username) ? "username and password"
        : u.Exec is not null ? "exec credential plugin"
        : u.AuthProviderName is not null ? "auth-provider token"
        : u.ClientCertificate is not null || u.ClientCertificateData is not null ? "client certificate"
        : null;

    /// <summary>Query and fragment are dropped; a path prefix is kept.</summary>
    private static Uri ServerUri(string server)
    {
        if (!Uri.TryCreate(server, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new KubeConfigException($"invalid configuration: host must be a URL or a host:port pair: \"{server}\"");
        var b = new UriBuilder(uri) { Query = "", Fragment = "" };
        if (!b.Path.EndsWith('/')) b.Path += "/";
        return b.Uri;
    }

    private static void ValidateCluster(string name, ClusterInfo c, List<string> errors)
    {
        if (c.InsecureSkipTlsVerify && (c.CertificateAuthority is not null || c.CertificateAuthorityData is not null))
            errors.Add("specifying a root certificates file with the insecure flag is not allowed");
        if (c.CertificateAuthority is not null && c.CertificateAuthorityData is null && !File.Exists(c.CertificateAuthority))
            errors.Add($"unable to read certificate-authority {c.CertificateAuthority} for {name} due to open {c.CertificateAuthority}: no such file or directory");
    }

    private static void ValidateUser(string name, UserInfo u, List<string> errors)
    {
        var methods = new List<string>();
        if (!string.IsNullOrEmpty(u.Token) || !string.IsNullOrEmpty(u.TokenFile)) methods.Add("token");
        if (!string.IsNullOrEmpty(u.Username) || !string.IsNullOrEmpty(u.Password)) methods.Add("basicAuth");
        if (methods.Count > 1)
            errors.Add($"more than one authentication method found for {name}; found [{string.Join(" ", methods)}], only one is allowed");
        var hasCert = u.ClientCertificate is not null || u.ClientCertificateData is not null;
        var hasKey = u.ClientKey is not null || u.ClientKeyData is not null;
        if (hasCert && !hasKey) errors.Add($"client-key-data or client-key must be specified for {name} to use the clientCert authentication method.");
        if (hasKey && !hasCert) errors.Add($"client-cert-data or client-cert must be specified for {name} to use the clientCert authentication method.");
        if (u.Exec is not null && u.AuthProviderName is not null)
            errors.Add($"authProvider cannot be provided in combination with an exec plugin for {name}");
        if (u.Exec is { } exec)
        {
            if (string.IsNullOrEmpty(exec.Command)) errors.Add($"command must be specified for {name} to use exec authentication plugin");
            if (string.IsNullOrEmpty(exec.ApiVersion)) errors.Add($"apiVersion must be specified for {name} to use exec authentication plugin");
            else if (exec.ApiVersion is not ("client.authentication.k8s.io/v1" or "client.authentication.k8s.io/v1beta1"))
                errors.Add($"exec plugin: invalid apiVersion \"{exec.ApiVersion}\" for {name}");
            if (exec.ApiVersion == "client.authentication.k8s.io/v1" && string.IsNullOrEmpty(exec.InteractiveMode))
                errors.Add($"interactiveMode must be specified for {name} to use exec authentication plugin");
            else if (!string.IsNullOrEmpty(exec.InteractiveMode) && exec.InteractiveMode is not ("Never" or "IfAvailable" or "Always"))
                errors.Add($"invalid interactiveMode for {name}: \"{exec.InteractiveMode}\"");
        }
        if (string.IsNullOrEmpty(u.As) && (u.AsGroups.Count > 0 || u.AsUserExtra.Count > 0 || !string.IsNullOrEmpty(u.AsUid)))
            errors.Add($"requesting uid, groups or user-extra for {name} without impersonating a user");
        if (u.AuthProviderName is { } provider && provider != "oidc")
            errors.Add($"the {provider} auth plugin has been removed; use an exec credential plugin instead (user {name})");
    }

    private static X509Certificate2Collection? LoadCa(ClusterInfo c, string name)
    {
        var pem = c.CertificateAuthorityData ?? (c.CertificateAuthority is { } f ? File.ReadAllBytes(f) : null);
        if (pem is null) return null;
        var collection = new X509Certificate2Collection();
        try
        {
            collection.ImportFromPem(Encoding.ASCII.GetString(pem));
        }
        catch (CryptographicException ex)
        {
            throw new KubeConfigException($"unable to load root certificates for {name}: {ex.Message}", ex);
        }
        if (collection.Count == 0) throw new KubeConfigException($"unable to load root certificates for {name}: no valid certificate authority data seen");
        return collection;
    }

    private static X509Certificate2? LoadClientCertificate(UserInfo u, string name)
    {
        var cert = u.ClientCertificateData ?? (u.ClientCertificate is { } cf ? File.ReadAllBytes(cf) : null);
        var key = u.ClientKeyData ?? (u.ClientKey is { } kf ? File.ReadAllBytes(kf) : null);
        if (cert is null || key is null) return null;
        try
        {
            return X509Certificate2.CreateFromPem(Encoding.ASCII.GetString(cert), Encoding.ASCII.GetString(key));
        }
        catch (CryptographicException ex)
        {
            // The message names the user, never the key material.
            throw new KubeConfigException($"unable to load client certificate/key for {name}: {ex.Message}", ex);
        }
    }

    private static ICredentialSource? Credentials(UserInfo u, ClusterInfo cluster, string name)
    {
        if (!string.IsNullOrEmpty(u.Token)) return StaticCredential.Bearer(u.Token);
        if (!string.IsNullOrEmpty(u.TokenFile)) return new TokenFileCredential(u.TokenFile);
        if (!string.IsNullOrEmpty(u.Username)) return StaticCredential.Basic(u.Username, u.Password ?? "");
        if (u.Exec is not null) return new ExecCredentialProvider(u.Exec, cluster, name);
        if (u.AuthProviderName == "oidc" && u.AuthProviderConfig.TryGetValue("id-token", out var idToken) && idToken.Length > 0)
            return StaticCredential.Bearer(idToken);
        return null;
    }
}
