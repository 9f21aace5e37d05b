using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Kurator.Sdk.Client.KubeConfig;

/// <summary>
/// Loads kubeconfig files as client-go's loading rules do: an explicit path alone (missing is an error), else the
/// <c>KUBECONFIG</c> list (split on the path separator, de-duplicated, missing or empty files skipped) merged so that the
/// first file to define a name wins whole, else <c>~/.kube/config</c>.
/// </summary>
public static class KubeConfigLoader
{
    /// <summary>Loads from <paramref name="explicitPath"/> if given, else from KUBECONFIG, else from ~/.kube/config.</summary>
    public static KubeConfigFile Load(string? explicitPath = null)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            if (Directory.Exists(explicitPath)) throw new KubeConfigException(NotAFile(explicitPath));
            if (!File.Exists(explicitPath)) throw new KubeConfigException($"stat {explicitPath}: no such file or directory");
            return LoadFile(explicitPath);
        }
        var env = Environment.GetEnvironmentVariable("KUBECONFIG");
        var files = string.IsNullOrEmpty(env)
            ? [Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".kube", "config")]
            : env.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if (files.FirstOrDefault(Directory.Exists) is { } folder) throw new KubeConfigException(NotAFile(folder) + " (from KUBECONFIG)");
        return Merge(files.Where(File.Exists).Select(LoadFile));
    }

    private static string NotAFile(string path) => $"error loading config file \"{path}\": it is a folder, not a kubeconfig file";

    /// <summary>Parses kubeconfig text; relative paths resolve against <paramref name="origin"/>'s directory (or the working directory).</summary>
    public static KubeConfigFile Parse(string yaml, string? origin = null) => KubeConfigParser.Parse(yaml, origin);

    /// <summary>Loads one file.</summary>
    public static KubeConfigFile LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new KubeConfigException($"error loading config file \"{path}\": {ex.Message}", ex);
        }
        return KubeConfigParser.Parse(text, Path.GetFullPath(path));
    }

    /// <summary>Merges files in order: the first to set a map key (or current-context) wins, and its entry is kept whole.</summary>
    public static KubeConfigFile Merge(IEnumerable<KubeConfigFile> files)
    {
        var merged = new KubeConfigFile();
        foreach (var f in files)
        {
            foreach (var (k, v) in f.Clusters) merged.Clusters.TryAdd(k, v);
            foreach (var (k, v) in f.Users) merged.Users.TryAdd(k, v);
            foreach (var (k, v) in f.Contexts) merged.Contexts.TryAdd(k, v);
            if (string.IsNullOrEmpty(merged.CurrentContext)) merged.CurrentContext = f.CurrentContext;
        }
        return merged;
    }
}
