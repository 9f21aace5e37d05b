using Kurator.Sdk.Cli.Inputs;

namespace Kurator.Sdk.Tests.Support;

/// <summary>Makes sure every shipped family is registered before a test loads YAML.</summary>
public static class Registry
{
    public static KubeTypeRegistry All => ShippedKinds.EnsureRegistered();
}
