namespace Kurator.Sdk.Cli.Inputs;

/// <summary>Registers every kind the SDK ships, so YAML of any family resolves to its typed class.</summary>
public static class ShippedKinds
{
    private static readonly object Gate = new object();
    private static bool _done;

    /// <summary>Registers all families into the default registry (once).</summary>
    public static KubeTypeRegistry EnsureRegistered()
    {
        lock (Gate)
        {
            if (!_done)
            {
                var r = KubeTypeRegistry.Default;
                MetaKinds.Register(r);
                Kubernetes.KubernetesKinds.Register(r);
                global::Kurator.Sdk.Kurator.KuratorKinds.Register(r);
                Flux.FluxKinds.Register(r);
                Kyverno.KyvernoKinds.Register(r);
                Volcano.VolcanoKinds.Register(r);
                ClusterApi.ClusterApiKinds.Register(r);
                Karmada.KarmadaKinds.Register(r);
                Ocm.OcmKinds.Register(r);
                KubeVela.KubeVelaKinds.Register(r);
                _done = true;
            }
        }

        return KubeTypeRegistry.Default;
    }
}
