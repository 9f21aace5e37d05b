using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>
/// A cheap syntax-only test of whether any file may build a Fleet pod security policy. Only then is Pod Security
/// reporting deferred to the end of the compilation, where the Fleet's level is known; otherwise diagnostics are
/// reported as each method is analyzed (live in the editor).
/// </summary>
internal static class FleetPolicyScan
{
    public static bool MayDeclarePolicy(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken).DescendantTokens().Any(t =>
                t.IsKind(SyntaxKind.IdentifierToken) && (t.ValueText == "PodSecurity" || t.ValueText == "WithPodSecurity")))
            {
                return true;
            }
        }

        return false;
    }
}
