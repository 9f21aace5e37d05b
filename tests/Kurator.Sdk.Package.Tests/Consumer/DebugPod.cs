using Kurator.Sdk.Kubernetes.Core.V1;

namespace Consumer;

// A privileged pod: the package's analyzers must warn (KSDK1002) in the consumer's build.
public static class DebugPod
{
    public static Pod Create() => new("debug", "default")
    {
        Spec = new() { Containers = [new() { Name = "shell", Image = "busybox:1.37.0", SecurityContext = new() { Privileged = true } }] },
    };
}
