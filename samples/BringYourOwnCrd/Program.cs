// The BackupSchedule type comes from crds/backupschedules.ops.example.com.yaml, generated at compile time.
// Its pod template is the SDK's core PodTemplateSpec (matched structurally), so every pod-spec helper applies to it.
using BringYourOwnCrd.Ops.V1;
using Kurator.Sdk.Serialization;

var schedule = new BackupSchedule("nightly", "ops")
{
    Spec = new()
    {
        Schedule = "0 2 * * *",
        Retention = 14,
        Timeout = "30m",
        Storage = BackupScheduleSpecStorage.LocalDisk,
        Template = new()
        {
            Spec = new()
            {
                RestartPolicy = "Never",
                Containers =
                [
                    new()
                    {
                        Name = "backup",
                        Image = "registry.example.com/backup:1.4.2",
                        Args = ["--all-namespaces"],
                        // Restricted Pod Security: the analyzers (KSDK1014-1018) reject the build without these.
                        SecurityContext = new()
                        {
                            RunAsNonRoot = true,
                            AllowPrivilegeEscalation = false,
                            SeccompProfile = new() { Type = "RuntimeDefault" },
                            Capabilities = new() { Drop = ["ALL"] },
                        },
                    },
                ],
            },
        },
    },
};

Console.Write(schedule.ToYaml());
var problems = schedule.Validate();
Console.Error.WriteLine(problems.Count == 0 ? "valid" : string.Join(Environment.NewLine, problems));

// The same kind loads back from YAML through the registry, like any shipped kind.
var loaded = KubeYaml.Load(schedule.ToYaml(), "nightly.yaml");
Console.Error.WriteLine(loaded.Success ? $"reloaded {loaded.Objects[0].Resource.Kind}" : string.Join(Environment.NewLine, loaded.Errors));
return problems.Count == 0 && loaded.Success ? 0 : 1;
