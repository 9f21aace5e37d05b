using System;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>Renders the app for a delivery target: every target renders from the one <see cref="DeliveryModel"/>.</summary>
internal static class DeliveryRenderer
{
    public static DeliveryRendering Render(DeliveryTarget target, DeliveryModel model)
    {
        // What lands on each cluster comes first and is the same for every target: an object defined twice for one
        // member is refused with the same message whichever system would carry it.
        var delivered = model.DeliveredPlan();
        return target switch
        {
            DeliveryTarget.Direct => DirectRenderer.Render(delivered),
            DeliveryTarget.Kurator => KuratorRenderer.Render(model, delivered),
            DeliveryTarget.Karmada => KarmadaRenderer.Render(model, delivered),
            DeliveryTarget.Ocm => OcmRenderer.Render(model, delivered),
            DeliveryTarget.KubeVela => KubeVelaRenderer.Render(model, delivered),
            _ => throw new ArgumentOutOfRangeException(nameof(target)),
        };
    }
}
