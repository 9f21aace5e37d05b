using System;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>A rule judged over the objects one operation block builds (the tree is built once for all rules).</summary>
internal interface ITreeRule
{
    DiagnosticDescriptor Descriptor { get; }

    void Check(KubeTree tree, Action<Diagnostic> report);
}
