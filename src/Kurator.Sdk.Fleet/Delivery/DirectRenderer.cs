using System.Collections.Generic;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>The <c>direct</c> target: the runtime applies what lands on each cluster itself, the host objects to the host and each member's workloads to that member.</summary>
internal static class DirectRenderer
{
    public static DeliveryRendering Render(DeploymentPlan delivered) => new(DeliveryTarget.Direct, delivered, new Dictionary<string, string>(), delivered);
}
