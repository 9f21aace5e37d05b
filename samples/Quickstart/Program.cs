using Kurator.Sdk.Fleet;
using Quickstart;

// `dotnet run -- apply --local` deploys to an emulated fleet; `synth --out out` writes the YAML;
// `dotnet watch -- watch` re-renders on every saved edit and prints what changed.
var app = new KuratorApp(args, "quickstart");
return await app.RunAsync(QuickstartFleet.Define);
