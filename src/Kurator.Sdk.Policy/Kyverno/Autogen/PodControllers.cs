using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Kyverno.Autogen;

/// <summary>
/// The pod controllers Kyverno generates rules for, with where their pod template is: the one table of the run-time
/// engine's autogen and of the analyzers' KSDK5001 (which link this file; netstandard2.0-clean).
/// </summary>
internal static class PodControllers
{
    /// <summary>The controllers whose pod template is <c>spec.template</c>, in Kyverno's order.</summary>
    public static readonly IReadOnlyList<PodController> WithTemplate = new[]
    {
        new PodController("apps", "v1", "DaemonSet", new[] { "spec", "template" }),
        new PodController("apps", "v1", "Deployment", new[] { "spec", "template" }),
        new PodController("batch", "v1", "Job", new[] { "spec", "template" }),
        new PodController("apps", "v1", "StatefulSet", new[] { "spec", "template" }),
        new PodController("apps", "v1", "ReplicaSet", new[] { "spec", "template" }),
        new PodController(string.Empty, "v1", "ReplicationController", new[] { "spec", "template" }),
    };

    /// <summary>CronJob, whose pod template is <c>spec.jobTemplate.spec.template</c> (its own <c>autogen-cronjob-</c> rules).</summary>
    public static readonly PodController CronJob = new("batch", "v1", "CronJob", new[] { "spec", "jobTemplate", "spec", "template" });

    /// <summary>Every controller: <see cref="WithTemplate"/> then <see cref="CronJob"/>.</summary>
    public static IEnumerable<PodController> All
    {
        get
        {
            foreach (var controller in WithTemplate)
            {
                yield return controller;
            }

            yield return CronJob;
        }
    }
}

/// <summary>One pod controller kind (a plain class: the analyzers' netstandard2.0 has no init-only setters for records).</summary>
internal sealed class PodController
{
    public PodController(string group, string version, string kind, IReadOnlyList<string> templatePath)
    {
        Group = group;
        Version = version;
        Kind = kind;
        TemplatePath = templatePath;
    }

    /// <summary>The API group ("" for core).</summary>
    public string Group { get; }

    /// <summary>The version Kyverno's generated rules name.</summary>
    public string Version { get; }

    /// <summary>The kind.</summary>
    public string Kind { get; }

    /// <summary>The field names from the object to its pod template.</summary>
    public IReadOnlyList<string> TemplatePath { get; }

    /// <summary><c>group/version/Kind</c> (<c>v1/Kind</c> for core), as generated rules name it.</summary>
    public string Gvk => Group.Length == 0 ? Version + "/" + Kind : Group + "/" + Version + "/" + Kind;
}
