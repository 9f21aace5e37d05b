using ClusterLifecycle;
using Kurator.Sdk.Fleet;

// `dotnet run -- apply --local` applies the clusters to an emulated management cluster; `synth --out out` writes the YAML.
var app = new KuratorApp(args, "cluster-lifecycle");
return await app.RunAsync(definition =>
{
    OnPremCluster.Define(definition);
    KuratorAwsCluster.Define(definition);
});
