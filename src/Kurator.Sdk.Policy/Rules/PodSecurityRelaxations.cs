using System;

namespace Kurator.Sdk.Policy.Rules;

/// <summary>Pods a check variant does not apply to.</summary>
[Flags]
public enum PodSecurityRelaxations
{
    /// <summary>The variant applies to every pod.</summary>
    None = 0,

    /// <summary>Skipped for pods in a user namespace (<c>spec.hostUsers: false</c>); PSA 1.35+.</summary>
    UserNamespacePods = 1,

    /// <summary>Skipped for Windows pods (<c>spec.os.name: windows</c>); PSA 1.25+.</summary>
    WindowsPods = 2,
}
