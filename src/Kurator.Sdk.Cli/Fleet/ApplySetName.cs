using System.Text.RegularExpressions;

namespace Kurator.Sdk.Cli.Fleet;

/// <summary>
/// The <c>--applyset</c> name: it names the ApplySet parent Secret (<c>applyset-&lt;name&gt;</c>) whose id labels every
/// applied object, so prune and destroy touch only what this name applied.
/// </summary>
public static partial class ApplySetName
{
    /// <summary>The name used when <c>--applyset</c> is not given.</summary>
    public const string Default = "kurator-sdk-cli";

    /// <summary>Null when <paramref name="name"/> can name a parent Secret, else why not.</summary>
    public static string? Problem(string name) =>
        name.Length is 0 or > 244 || !Dns1123Subdomain().IsMatch(name)
            ? $"--applyset '{name}': must be a lowercase DNS-1123 name (a-z, 0-9, '-', '.'; at most 244 characters)"
            : null;

    /// <summary>Null when <paramref name="ns"/> can name the parent's namespace (a DNS-1123 label), else why not.</summary>
    public static string? NamespaceProblem(string ns) =>
        ns.Length is 0 or > 63 || !Dns1123Label().IsMatch(ns)
            ? $"--applyset-namespace '{ns}': must be a lowercase DNS-1123 label (a-z, 0-9, '-'; at most 63 characters)"
            : null;

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Dns1123Label();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex Dns1123Subdomain();
}
