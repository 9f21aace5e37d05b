using AiTraining;
using Kurator.Sdk.Fleet;

// `dotnet run -- apply --local` deploys to an emulated fleet; `synth --out out` writes the YAML.
var app = new KuratorApp(args, "ai-training");
TrainingFleet.Define(app);
return await app.RunAsync();
