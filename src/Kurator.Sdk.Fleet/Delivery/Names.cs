namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>Names of generated objects: the app's name for the first workload group, then <c>&lt;app&gt;-2</c> ...</summary>
internal static class Names
{
    public static string Of(DeliveryModel model, WorkloadGroup group) => group.Index == 0 ? model.AppName : $"{model.AppName}-{group.Index + 1}";
}
