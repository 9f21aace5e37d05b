using System;
using Kurator.Sdk.MultiSystem.Tests.Support;

namespace Kurator.Sdk.MultiSystem.Tests.Semantics;

/// <summary>Each target's delivery semantics, by <c>--target</c> name.</summary>
internal static class Systems
{
    public static readonly string[] Targets = ["direct", "kurator", "karmada", "ocm", "kubevela"];

    public static Deliveries Deliver(string target, SynthOutput output) => target switch
    {
        "direct" => DirectDelivery.Deliver(output),
        "kurator" => KuratorDelivery.Deliver(output),
        "karmada" => KarmadaDelivery.Deliver(output),
        "ocm" => OcmDelivery.Deliver(output),
        "kubevela" => KubeVelaDelivery.Deliver(output),
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };
}
