using System;
using Kurator.Sdk.Kurator.Fleet.V1Alpha1;

namespace Kurator.Sdk.Kurator.Apps.V1Alpha1;

/// <summary>Typed references: an Application's destination can be given the <see cref="Fleet.V1Alpha1.Fleet"/> object itself.</summary>
public sealed partial class ApplicationSpecDestination
{
    /// <summary>A destination that targets every cluster of a fleet (the fleet must be in the same namespace as the Application).</summary>
    /// <param name="fleet">The fleet; its metadata.name is used.</param>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public ApplicationSpecDestination(global::Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet fleet)
    {
        Fleet = NameOf(fleet);
    }

    /// <summary>Creates an empty destination (fleet must be set).</summary>
    public ApplicationSpecDestination()
    {
    }

    /// <summary>Lets a <see cref="Fleet.V1Alpha1.Fleet"/> object stand where a destination is expected: <c>Destination = fleet</c>.</summary>
    /// <param name="fleet">The fleet.</param>
    public static implicit operator ApplicationSpecDestination(global::Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet fleet) => new ApplicationSpecDestination(fleet);

    /// <summary>Targets a fleet object by its name.</summary>
    /// <param name="fleet">The fleet.</param>
    /// <returns>This destination.</returns>
    public ApplicationSpecDestination WithFleet(global::Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet fleet)
    {
        Fleet = NameOf(fleet);
        return this;
    }

    private static string NameOf(global::Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet fleet) =>
        (fleet ?? throw new ArgumentNullException(nameof(fleet))).Name
        ?? throw new ArgumentException("the fleet has no metadata.name yet", nameof(fleet));
}
