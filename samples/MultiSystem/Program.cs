using Kurator.Sdk.Fleet;
using MultiSystem;

// One definition, five delivery systems: `dotnet run -- synth --target karmada --out out` renders it for Karmada,
// `dotnet run -- apply --local` (direct) applies it to an emulated fleet.
var app = new KuratorApp(args, "multisystem");
return await app.RunAsync(MultiSystemFleet.Define);
