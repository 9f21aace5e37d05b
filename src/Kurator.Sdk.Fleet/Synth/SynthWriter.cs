using System.Collections.Generic;
using System.IO;
using System.Text;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Synth;

/// <summary>
/// Writes a plan as YAML: one folder per target cluster (<c>host</c>, then each member), laid out as every folder of
/// objects is (one file per object named <c>&lt;kind&gt;[_&lt;namespace&gt;]_&lt;name&gt;.yaml</c>, see <see cref="FileName"/>).
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
        // Every folder's content first, so an object that cannot be laid out fails before anything is replaced.
        var folders = new List<(string Directory, IReadOnlyList<(string Name, string Content)> Files)>();
        foreach (var target in plan.Targets) folders.Add((Path.Combine(outDirectory, target.Name), ObjectFolder.Files(target.Objects, gitOps)));
        var written = new List<string>();
        foreach (var (dir, files) in folders)
        {
            // Start clean so an object the app stopped defining does not linger in the output.
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
            Directory.CreateDirectory(dir);
            foreach (var (name, content) in files)
            {
                var path = Path.Combine(dir, name);
                File.WriteAllText(path, content, new UTF8Encoding(false));
                written.Add(path);
            }
        }

        return written;
    }

    /// <summary>The stable file name of an object (objects of different groups that share it in one folder add their group, see <see cref="Write"/>).</summary>
    public static string FileName(ObjectRef r) => ObjectFolder.FileName(r, qualified: false);
}
