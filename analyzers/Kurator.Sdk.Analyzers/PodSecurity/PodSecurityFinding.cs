using Kurator.Sdk.Policy.Rules;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>One Pod Security violation found in built objects.</summary>
internal sealed class PodSecurityFinding
{
    public PodSecurityFinding(PodSecurityCheck check, Location location, string message, bool missing)
    {
        Check = check;
        Location = location;
        Message = message;
        Missing = missing;
    }

    public PodSecurityCheck Check { get; }

    /// <summary>The offending write, or the pod spec/container that lacks a required setting.</summary>
    public Location Location { get; }

    /// <summary>PSA's reason with the detail, e.g. <c>privileged (container "app" must not set securityContext.privileged=true)</c>.</summary>
    public string Message { get; }

    /// <summary>True when a required setting is missing (rather than a wrong value being set).</summary>
    public bool Missing { get; }
}
