using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.ApiVersions;
using Kurator.Sdk.Analyzers.CodeFixes;
using Kurator.Sdk.Analyzers.Tests.Verification;

namespace Kurator.Sdk.Analyzers.Tests.CodeFixes;

public class MoveToServedVersionTests
{
    private const string Kinds = """
        namespace Acme.Cluster.V1Beta1
        {
            [Kurator.Sdk.KubeKind("cluster.x-k8s.io", "v1beta1", "Cluster", "clusters", true)]
            [Kurator.Sdk.KubeDeprecatedVersion("v1beta2")]
            public sealed class Cluster { public Cluster(string name) { } }
        }

        namespace Acme.Cluster.V1Beta2
        {
            [Kurator.Sdk.KubeKind("cluster.x-k8s.io", "v1beta2", "Cluster", "clusters", true)]
            public sealed class Cluster { public Cluster(string name) { } }
        }

        namespace Acme.Source.V1Beta2
        {
            [Kurator.Sdk.KubeKind("source.toolkit.fluxcd.io", "v1beta2", "GitRepository", "gitrepositories", true)]
            public sealed class GitRepository { public GitRepository(string name, string ns) { } }
        }

        """;

    [Fact]
    public async Task A_deprecated_version_moves_to_the_type_beside_it()
    {
        await new CodeFixVerifier<ApiVersionAnalyzer, MoveToServedVersionCodeFix>().VerifyAsync(Kinds + """
            class C
            {
                object M() => {|KSDK6001:new Acme.Cluster.V1Beta1.Cluster("edge")|};
            }
            """, Kinds + """
            class C
            {
                object M() => new Acme.Cluster.V1Beta2.Cluster("edge");
            }
            """);
    }

    [Fact]
    public async Task An_unserved_flux_version_moves_to_the_sdks_served_flux_type()
    {
        await new CodeFixVerifier<ApiVersionAnalyzer, MoveToServedVersionCodeFix>().VerifyAsync(Kinds + """
            class C
            {
                object M() => {|KSDK6002:new Acme.Source.V1Beta2.GitRepository("podinfo", "flux-system")|};
            }
            """, Kinds + """
            class C
            {
                object M() => new Kurator.Sdk.Flux.Source.V1.GitRepository("podinfo", "flux-system");
            }
            """);
    }
}
