using Consumer;
using Consumer.Gadgets.V1;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Kubernetes.Core.V1;

// Gadget and GadgetSpecMode exist only if the generator in the package ran over crds/gadgets.example.com.yaml; the
// template is the SDK's core PodTemplateSpec only if the package's core schemas were matched.
var app = new KuratorApp(args, "consumer");
app.Add(new Gadget("sensor", "default")
{
    Spec = new()
    {
        Replicas = 2,
        Mode = GadgetSpecMode.Safe,
        Template = new PodTemplateSpec { Spec = new() { Containers = [new() { Name = "sensor", Image = "busybox:1.37.0" }] } },
    },
});
app.Add(DebugPod.Create());
return await app.RunAsync();
