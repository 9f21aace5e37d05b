using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.PolicyParity.Psa;

/// <summary>Finds the fixtures of a <c>&lt;level&gt;/v1.&lt;N&gt;/&lt;pass|fail&gt;/&lt;checkid&gt;&lt;n&gt;.yaml</c> tree.</summary>
internal static partial class PsaFixtureWalker
{
    public static List<PsaFixture> Walk(string root)
    {
        var fixtures = new List<PsaFixture>();
        foreach (var levelDir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var level = Path.GetFileName(levelDir);
            foreach (var versionDir in Directory.GetDirectories(levelDir))
            {
                foreach (var label in new[] { "pass", "fail" })
                {
                    var dir = Path.Combine(versionDir, label);
                    if (!Directory.Exists(dir))
                    {
                        continue;
                    }

                    foreach (var file in Directory.GetFiles(dir, "*.yaml").Order(StringComparer.Ordinal))
                    {
                        fixtures.Add(new PsaFixture(file, level, Path.GetFileName(versionDir), label == "pass", CheckNamed(file)));
                    }
                }
            }
        }

        return fixtures;
    }

    // The file stem is the check ID lower-cased plus an ordinal; base*.yaml are the minimal valid pods.
    private static string? CheckNamed(string file)
    {
        var stem = TrailingDigits().Replace(Path.GetFileNameWithoutExtension(file), string.Empty);
        return PodSecurityRules.All.FirstOrDefault(c => string.Equals(c.Id, stem, StringComparison.OrdinalIgnoreCase))?.Id;
    }

    [GeneratedRegex("[0-9]+$")]
    private static partial Regex TrailingDigits();
}
