using System;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Kurator;

/// <summary>
/// Two fields of a Kurator type that must not be set together, reported at the second one:
/// KSDK3004 (stepWeight with stepWeights) and KSDK3005 (canaryStrategy with analysisTimes).
/// </summary>
internal sealed class ExclusiveFieldsRule : ITreeRule
{
    private readonly string _first;
    private readonly string _second;

    private ExclusiveFieldsRule(DiagnosticDescriptor descriptor, string first, string second)
    {
        Descriptor = descriptor;
        _first = first;
        _second = second;
    }

    public static ExclusiveFieldsRule StepWeights { get; } = new(KuratorDescriptors.StepWeight, "stepWeight", "stepWeights");

    public static ExclusiveFieldsRule CanaryAnalysis { get; } = new(KuratorDescriptors.CanaryAnalysis, "canaryStrategy", "analysisTimes");

    public DiagnosticDescriptor Descriptor { get; }

    public void Check(KubeTree tree, Action<Diagnostic> report)
    {
        foreach (var node in tree.Nodes)
        {
            if (node.InFamily(KuratorNames.Family) && node.IsSet(_first) && node.IsSet(_second))
            {
                report(Diagnostic.Create(Descriptor, node.LocationOf(_second)));
            }
        }
    }
}
