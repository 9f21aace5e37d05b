using System;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.BestPractice;

/// <summary>KSDK4001: a container image without a tag, or tagged latest.</summary>
internal sealed class ImageTagRule : ITreeRule
{
    public DiagnosticDescriptor Descriptor => BestPracticeDescriptors.ImageTag;

    public void Check(KubeTree tree, Action<Diagnostic> report)
    {
        foreach (var node in tree.Nodes)
        {
            if (node.IsContainer() && node.Get("image") is { Value: { Kind: KubeValueKind.Scalar, Text: { } image } } field
                && ImageReference.Problem(image) is { } problem)
            {
                report(Diagnostic.Create(Descriptor, field.Location, image, problem));
            }
        }
    }
}
