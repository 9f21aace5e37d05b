using Kurator.Sdk.Fleet;
using KuratorFleet;

// `dotnet run -- synth` writes the YAML to out/; `dotnet run -- apply --local` applies it to an embedded emulated fleet;
// `dotnet run -- apply --kubeconfig <file>` applies it to a real Kurator host and its members.
// `dotnet watch -- watch` stays running and, on every saved edit, re-runs FleetDefinition.Define and prints what changed
// (`dotnet watch -- watch diff --local`: the server-side diff against the emulated fleet, kept running).
var app = new KuratorApp(args, "my-fleet");
return await app.RunAsync(FleetDefinition.Define);
