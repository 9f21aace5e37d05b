using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.PolicyParity.Docs;

/// <summary>
/// Writes docs/rules/KSDK10xx.md, one page per Pod Security check, from the rule table (ID, title, level, versions, when
/// it runs) and <see cref="RuleProse"/>. The committed pages are what this writes (a test compares them).
/// </summary>
internal static class RulePages
{
    private static readonly Regex IdToken = new(@"\{id:([A-Za-z_]+)\}", RegexOptions.CultureInvariant);

    /// <summary>Every page: file name (<c>KSDK1001.md</c>) and content, in the table's order.</summary>
    public static IReadOnlyList<(string FileName, string Content)> Render() =>
        PodSecurityRules.All.Select(c => (PodSecurityDiagnosticIds.For(c.Id) + ".md", Render(c))).ToList();

    /// <summary>Writes every page into <paramref name="directory"/> (docs/rules); returns the number written.</summary>
    public static int Write(string directory)
    {
        var pages = Render();
        foreach (var (fileName, content) in pages)
        {
            File.WriteAllText(Path.Combine(directory, fileName), content);
        }

        return pages.Count;
    }

    /// <summary>The page of one check.</summary>
    /// <exception cref="InvalidOperationException">The check has no prose in <see cref="RuleProse"/>.</exception>
    public static string Render(PodSecurityCheck check)
    {
        if (!RuleProse.ByCheck.TryGetValue(check.Id, out var text))
        {
            throw new InvalidOperationException("tools/PolicyParity/Docs/RuleProse.cs has no text for the Pod Security check '" + check.Id + "'");
        }

        var id = PodSecurityDiagnosticIds.For(check.Id);
        var level = PodSecurityLevels.ToLabel(check.Level);
        var levels = check.Level == PodSecurityLevel.Baseline ? "`baseline` or `restricted`" : "`restricted`";
        var page = Template
            .Replace("{ID}", id)
            .Replace("{TITLE}", "Pod Security " + level + ": " + check.ControlName)
            .Replace("{CHECK}", check.Id)
            .Replace("{LEVEL}", level)
            .Replace("{VERSIONS}", Versions(check))
            .Replace("{WHAT}", Resolve(text.What))
            .Replace("{LEVELS}", levels)
            .Replace("{WHY}", Resolve(text.Why))
            .Replace("{EXAMPLE}", Resolve(text.Example))
            .Replace("{FIXED}", Resolve(text.Fixed))
            .Replace("{FIX}", Resolve(text.Fix));
        return page;
    }

    // The variants as the rule table prints them: from which version, what they skip, which checks they replace (by ID).
    private static string Versions(PodSecurityCheck check) => string.Join("; ", check.Variants.Select(v =>
        "from " + v.MinimumVersion
        + (v.Relaxations == PodSecurityRelaxations.None ? string.Empty : ", not for " + v.Relaxations)
        + (v.Overrides.Count == 0 ? string.Empty : ", replaces " + string.Join(", ", v.Overrides.Select(PodSecurityDiagnosticIds.For)))));

    private static string Resolve(string text) => IdToken.Replace(text, m => PodSecurityDiagnosticIds.For(m.Groups[1].Value));

    private const string Template = """
        # {ID}: {TITLE}

        | | |
        |---|---|
        | Check | Pod Security Admission `{CHECK}` ({LEVEL} level) |
        | PSA versions | {VERSIONS} |
        | Category | Security |
        | Default severity | Warning (Error under a Fleet policy with `Enforce`) |
        | Analyzer | `PodSecurityAnalyzer` |

        ## What it checks

        {WHAT} The check runs when the configured level is {LEVELS}
        and the chosen version includes it; the facts come from the same rule table (`src/Kurator.Sdk.Policy/Rules`) that
        `kurator-sdk check` applies to rendered YAML, so the IDE and the deploy-time check agree. Pod specs are found wherever
        they are built: Pod, Deployment/StatefulSet/DaemonSet/ReplicaSet/Job templates, CronJob job templates, Volcano Job task
        templates, and any generated type that embeds a PodTemplateSpec or PodSpec. Objects built outside a pod (a helper that
        returns a `Container`) are checked for forbidden values on their own.

        ## Why

        {WHY}

        ## Example

        ```csharp
        {EXAMPLE}   // {ID}
        ```

        ## Fix

        ```csharp
        {FIXED}
        ```

        {FIX}

        ## Configure

        * Level and version for the project (defaults `baseline` / `latest`), in `.editorconfig` or a `.globalconfig`:

          ```ini
          [*.cs]
          kurator_pod_security_level = restricted
          kurator_pod_security_version = v1.35
          ```

          or as MSBuild properties (`<KuratorPodSecurityLevel>restricted</KuratorPodSecurityLevel>`, made visible to the analyzer
          with `<CompilerVisibleProperty Include="KuratorPodSecurityLevel" />`; the package props are to do this, see `analyzers/Kurator.Sdk.Analyzers/README.md`).
        * A `Fleet` built in the same project with `spec.plugin.policy.kyverno.podSecurity` sets the level it enforces
          (the stricter of it and a configured level wins); `validationFailureAction: Enforce` makes these diagnostics errors,
          `Audit` warnings. Such projects get the diagnostics at the end of the compilation (build, or full solution analysis in the IDE).
        * Severity as usual: `dotnet_diagnostic.{ID}.severity = error|warning|suggestion|none`.
        * Suppress one occurrence: `#pragma warning disable {ID}` / `restore`, or `[SuppressMessage("Security", "{ID}")]`.

        ## What static analysis cannot see

        The analyzer follows object initializers (nested, target-typed `new()`, collection expressions and initializers), the
        generated `WithX`/`AddX` builders and their lambdas, and later writes through locals in the same method. It cannot see
        values computed at run time (configuration, conditions, method results) or objects changed by helpers in other methods:
        such values are never guessed, and a missing setting is only reported where the code shows the whole object (an
        object passed to a method of the project, such as `Harden(container)`, is assumed possibly completed there).
        `kurator-sdk check` and the deploy-time check evaluate the rendered objects with the same rule table and cover those.

        """;
}
