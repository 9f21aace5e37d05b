using System;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.ApiVersions;

/// <summary>
/// KSDK6002 at a write of a Kurator Application field from which its controller creates a Flux object in a version the
/// referenced Flux family does not serve (<c>GitRepository = new() { ... }</c> creates a v1beta2 GitRepository). Reported
/// as Info, not Warning: the Application is valid and works on a host whose Flux still serves those versions (Kurator's
/// own tests install such a Flux); the analyzer cannot see the host's Flux, and nothing in the definition can be
/// rewritten in place, so it must not fail a TreatWarningsAsErrors build. <c>check</c> prints it as a warning line.
/// </summary>
internal static class CreatedObjectVersionRule
{
    public static void Check(KubeTree tree, CreatingProperties properties, Action<Diagnostic> report)
    {
        foreach (var node in tree.Nodes)
        {
            foreach (var field in node.Fields.Values)
            {
                if (!field.Value.IsNull && properties.MessageFor(field.Property.Property) is { } message)
                {
                    report(Diagnostic.Create(ApiVersionDescriptors.Unserved, field.Location, DiagnosticSeverity.Info, additionalLocations: null, properties: null, message));
                }
            }
        }
    }
}
