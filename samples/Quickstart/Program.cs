using Kurator.Sdk.Fleet;
using Quickstart;

// `dotnet run -- apply --local` deploys to an emulated fleet; `synth --out out` writes the YAML.
var app = new KuratorApp(args, "quickstart");
QuickstartFleet.Define(app);
return await app.RunAsync();
