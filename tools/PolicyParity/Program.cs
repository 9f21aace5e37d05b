using System;
using System.IO;
using Kurator.Sdk.PolicyParity.Kyverno;
using Kurator.Sdk.PolicyParity.Psa;

namespace Kurator.Sdk.PolicyParity;

/// <summary>
/// <c>PolicyParity psa &lt;dir&gt;</c>: agreement with the Pod Security Admission fixtures;
/// <c>PolicyParity kyverno &lt;dir&gt;</c>: agreement with the Kyverno pod-security policy tests;
/// <c>PolicyParity psa-fronts &lt;dir&gt; [--expect &lt;file&gt;]</c>: the PSA fixtures through the runtime check and the analyzers;
/// <c>PolicyParity rules</c>: the rule table as Markdown;
/// <c>PolicyParity rules --docs &lt;docs/rules&gt;</c>: writes the KSDK10xx rule pages from the table.
/// Exit code 0 only when every labelled case agrees or its disagreement is explained.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "rules")
        {
            return RuleTable.Run(Console.Out);
        }

        if (args.Length == 3 && args[0] == "rules" && args[1] == "--docs")
        {
            if (!Directory.Exists(args[2]))
            {
                Console.Error.WriteLine("error: " + args[2] + " is not a directory (expected the repository's docs/rules)");
                return 2;
            }

            Console.WriteLine("wrote " + Docs.RulePages.Write(args[2]) + " pages to " + args[2]);
            return 0;
        }

        if (args.Length is 2 or 4 && args[0] == "psa-fronts" && (args.Length == 2 || args[2] == "--expect"))
        {
            if (!Directory.Exists(args[1]))
            {
                Console.Error.WriteLine("error: " + args[1] + " is not a directory (expected the PSA fixtures: <level>/v1.<N>/<pass|fail>/*.yaml)");
                return 2;
            }

            try
            {
                return FrontEnds.PsaFrontEnds.Run(args[1], args.Length == 4 ? args[3] : null, Console.Out);
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 2;
            }
        }

        if (args.Length != 2 || !Directory.Exists(args[1]))
        {
            Console.Error.WriteLine("usage: PolicyParity psa|kyverno <directory> | PolicyParity psa-fronts <directory> [--expect <file>] | PolicyParity rules [--docs <docs/rules>]");
            return 2;
        }

        switch (args[0])
        {
            case "psa":
                return PsaParity.Run(args[1], Console.Out);
            case "kyverno":
                return KyvernoParity.Run(args[1], Console.Out);
            default:
                Console.Error.WriteLine("unknown corpus '" + args[0] + "' (expected psa or kyverno)");
                return 2;
        }
    }
}
