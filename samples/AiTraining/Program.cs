using AiTraining;
using Kurator.Sdk.Fleet;

// `dotnet run -- apply --local` deploys to an emulated fleet; `synth --out out` writes the YAML.
var app = new KuratorApp(args, "ai-training");
return await app.RunAsync(TrainingFleet.Define);
