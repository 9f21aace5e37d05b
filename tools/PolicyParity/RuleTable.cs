using System.IO;
using System.Linq;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.PolicyParity;

/// <summary>Prints the rule table as Markdown, so the README's table comes from the data, not from memory.</summary>
internal static class RuleTable
{
    private const string ContainerPrefix = "spec.{initContainers,containers,ephemeralContainers}[*]";

    public static int Run(TextWriter output)
    {
        output.WriteLine("C = every container in `spec.initContainers`, `spec.containers`, `spec.ephemeralContainers`.");
        output.WriteLine();
        output.WriteLine("| Check ID | Level | Control | Variants (from version: relaxations, replaced checks) | Fields (all variants) |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var check in PodSecurityRules.All)
        {
            var variants = string.Join("; ", check.Variants.Select(v =>
                v.MinimumVersion
                + (v.Relaxations == PodSecurityRelaxations.None ? string.Empty : " skips " + v.Relaxations)
                + (v.Overrides.Count == 0 ? string.Empty : " replaces " + string.Join(", ", v.Overrides))));
            var fields = string.Join("<br>", check.Variants.SelectMany(v => v.Rules)
                .Select(r => "`" + r.DisplayPath.Replace(ContainerPrefix, "C") + "` " + r.Kind)
                .Distinct());
            output.WriteLine($"| `{check.Id}` | {PodSecurityLevels.ToLabel(check.Level)} | {check.ControlName} | {variants} | {fields} |");
        }

        return 0;
    }
}
