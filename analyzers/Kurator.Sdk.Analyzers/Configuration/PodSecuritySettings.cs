using Kurator.Sdk.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kurator.Sdk.Analyzers.Configuration;

/// <summary>
/// The Pod Security level and version a file is checked at: <c>kurator_pod_security_level</c> /
/// <c>kurator_pod_security_version</c> from .editorconfig or a global config, else the MSBuild properties
/// <c>KuratorPodSecurityLevel</c> / <c>KuratorPodSecurityVersion</c> (made visible with CompilerVisibleProperty);
/// defaults baseline / latest. Unreadable values fall back to the defaults.
/// </summary>
internal readonly struct PodSecuritySettings
{
    public const string LevelKey = "kurator_pod_security_level";
    public const string VersionKey = "kurator_pod_security_version";

    public PodSecuritySettings(PodSecurityLevel level, PodSecurityVersion version, bool levelConfigured)
    {
        Level = level;
        Version = version;
        LevelConfigured = levelConfigured;
    }

    public PodSecurityLevel Level { get; }

    public PodSecurityVersion Version { get; }

    /// <summary>True when the project or file chose the level (a Fleet's level then only raises it).</summary>
    public bool LevelConfigured { get; }

    public static PodSecuritySettings Read(AnalyzerOptions options, SyntaxTree tree)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        var file = provider.GetOptions(tree);
        var global = provider.GlobalOptions;
        var levelText = Get(file, global, LevelKey, "KuratorPodSecurityLevel");
        var versionText = Get(file, global, VersionKey, "KuratorPodSecurityVersion");
        var configured = PodSecurityLevels.TryParse(levelText, out var level) && levelText is not null;
        if (!configured)
        {
            level = PodSecurityLevel.Baseline;
        }

        if (!PodSecurityVersion.TryParse(versionText, out var version))
        {
            version = PodSecurityVersion.Latest;
        }

        return new PodSecuritySettings(level, version, configured);
    }

    private static string? Get(AnalyzerConfigOptions file, AnalyzerConfigOptions global, string key, string msbuildProperty)
    {
        if (file.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (global.TryGetValue(key, out value) && !string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (global.TryGetValue("build_property." + msbuildProperty, out value) && !string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        return global.TryGetValue("build_property." + key, out value) && !string.IsNullOrWhiteSpace(value) ? value : null;
    }
}
