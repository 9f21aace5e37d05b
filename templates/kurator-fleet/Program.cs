using Kurator.Sdk.Fleet;
using KuratorFleet;

// `dotnet run -- synth` writes the YAML to out/; `dotnet run -- apply --local` applies it to an embedded emulated fleet;
// `dotnet run -- apply --kubeconfig <file>` applies it to a real Kurator host and its members.
var app = new KuratorApp(args, "my-fleet");
FleetDefinition.Define(app);
return await app.RunAsync();
