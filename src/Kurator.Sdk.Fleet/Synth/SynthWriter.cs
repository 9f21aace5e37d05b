using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Synth;

/// <summary>
/// Writes a plan as YAML: one folder per target cluster (<c>host</c>, then each member), one file per object named
/// <c>&lt;kind&gt;[_&lt;namespace&gt;]_&lt;name&gt;.yaml</c>, so names stay the same from run to run and diff well.
/// </summary>
public static class SynthWriter
{
    /// <summary>Writes <paramref name="plan"/> under <paramref name="outDirectory"/>, replacing the target folders; returns the files written.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="outDirectory">The output folder.</param>
    /// <param name="gitOps">
    /// Also write a <c>kustomization.yaml</c> per folder listing its files in apply order, so a Flux Kustomization or a
    /// Kurator Application with <c>path: ./&lt;cluster&gt;</c> can pull it.
    /// </param>
    public static IReadOnlyList<string> Write(DeploymentPlan plan, string outDirectory, bool gitOps = false)
    {
        var written = new List<string>();
        foreach (var target in plan.Targets)
        {
            var dir = Path.Combine(outDirectory, target.Name);
            // Start clean so an object the app stopped defining does not linger in the output.
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
            Directory.CreateDirectory(dir);
            var names = new List<string>();
            foreach (var obj in ApplyOrder.ForApply(target.Objects, ObjectRef.Of))
            {
                var name = FileName(ObjectRef.Of(obj));
                var path = Path.Combine(dir, name);
                File.WriteAllText(path, Yaml(obj), new UTF8Encoding(false));
                written.Add(path);
                names.Add(name);
            }

            if (gitOps)
            {
                var path = Path.Combine(dir, "kustomization.yaml");
                var resources = string.Concat(names.Select(n => "- " + n + "\n"));
                File.WriteAllText(path, "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n" + resources, new UTF8Encoding(false));
                written.Add(path);
            }
        }

        return written;
    }

    /// <summary>The stable file name of an object.</summary>
    public static string FileName(ObjectRef r)
    {
        var parts = r.Namespace is null ? new[] { r.Kind, r.Name } : new[] { r.Kind, r.Namespace, r.Name };
        return string.Join("_", parts.Select(p => p.ToLowerInvariant().Replace(':', '-'))) + ".yaml";
    }

    private static string Yaml(JsonObject obj) => JsonYaml.Write(obj);
}
