using System;
using System.Collections.Generic;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>Renders the app for a delivery target.</summary>
internal static class DeliveryRenderer
{
    /// <param name="target">The target.</param>
    /// <param name="model">The resolved app (built only for the targets that render from it: direct does not).</param>
    /// <param name="direct">The runtime's own plan (host objects plus each member's objects, overrides applied), for the direct target.</param>
    public static DeliveryRendering Render(DeliveryTarget target, Func<DeliveryModel> model, Func<DeploymentPlan> direct) => target switch
    {
        DeliveryTarget.Direct => new DeliveryRendering(target, direct(), new Dictionary<string, string>()),
        DeliveryTarget.Kurator => KuratorRenderer.Render(model()),
        DeliveryTarget.Karmada => KarmadaRenderer.Render(model()),
        DeliveryTarget.Ocm => OcmRenderer.Render(model()),
        DeliveryTarget.KubeVela => KubeVelaRenderer.Render(model()),
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };
}
