using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.PodSecurity;
using Kurator.Sdk.Analyzers.Tests.Verification;
using Kurator.Sdk.Cli.Conversion;
using Kurator.Sdk.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kurator.Sdk.Analyzers.Tests.PodSecurity;

/// <summary>
/// A pod that fails a Pod Security check, converted to C# by <c>kurator-sdk convert --project</c>'s Program.cs writer,
/// gets the matching diagnostic when built; the passing pod gets none.
/// </summary>
public class ConvertedProjectTests
{
    private const string Head = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: test
        spec:
        """;

    public static TheoryData<string, string, string> FailingPods => new()
    {
        { "baseline", "KSDK1001", Head + "\n  hostPID: true\n  containers:\n  - name: app\n    image: nginx:1.27\n" },
        { "baseline", "KSDK1002", Head + "\n  containers:\n  - name: app\n    image: nginx:1.27\n    securityContext:\n      privileged: true\n" },
        { "baseline", "KSDK1004", Head + "\n  containers:\n  - name: app\n    image: nginx:1.27\n  volumes:\n  - name: data\n    hostPath:\n      path: /data\n" },
        { "baseline", "KSDK1005", Head + "\n  containers:\n  - name: app\n    image: nginx:1.27\n    ports:\n    - containerPort: 80\n      hostPort: 8080\n" },
        { "restricted", "KSDK1016", Head + Restricted.Replace("runAsNonRoot: true", "runAsNonRoot: true\n    runAsUser: 0") },
        { "restricted", "KSDK1014", Head + Restricted.Replace("allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true") },
        { "restricted", "KSDK1018", Head + Restricted.Replace("drop: [ALL]", "drop: [NET_RAW]") },
    };

    private const string Restricted = """

          securityContext:
            runAsNonRoot: true
            seccompProfile:
              type: RuntimeDefault
          containers:
          - name: app
            image: nginx:1.27
            securityContext:
              allowPrivilegeEscalation: false
              capabilities:
                drop: [ALL]

        """;

    [Theory]
    [MemberData(nameof(FailingPods))]
    public async Task Converted_failing_pod_gets_the_matching_diagnostic(string level, string rule, string yaml)
    {
        var diagnostics = await AnalyzeConvertedAsync(yaml, level);
        Assert.Equal(new[] { rule }, diagnostics.Select(d => d.Id).Distinct().ToArray());
    }

    [Fact]
    public async Task Converted_restricted_pod_passes()
    {
        Assert.Empty(await AnalyzeConvertedAsync(Head + Restricted, "restricted"));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeConvertedAsync(string yaml, string level)
    {
        RuntimeHelpers.RunModuleConstructor(typeof(global::Kurator.Sdk.Kubernetes.Core.V1.Pod).Module.ModuleHandle);
        var loaded = KubeYaml.Load(yaml, "pod.yaml");
        Assert.True(loaded.Success, string.Join("; ", loaded.Errors));
        var program = ProgramWriter.Write(loaded.Objects.Select(o => o.Resource).ToList(), "pod.yaml");
        // The written project builds with ImplicitUsings: the SDK's generated global usings come with it.
        const string implicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; "
            + "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";
        var compilation = TestCompilation.Create(new[] { program, implicitUsings }, kind: OutputKind.ConsoleApplication);
        return await TestCompilation.AnalyzeAsync(
            compilation,
            ImmutableArray.Create<DiagnosticAnalyzer>(new PodSecurityAnalyzer()),
            new Dictionary<string, string> { ["kurator_pod_security_level"] = level });
    }
}
