using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.BestPractice;
using Kurator.Sdk.Analyzers.CodeFixes;
using Kurator.Sdk.Analyzers.PodSecurity;
using Kurator.Sdk.Analyzers.Tests.Verification;

namespace Kurator.Sdk.Analyzers.Tests.CodeFixes;

public class CodeFixTests
{
    [Fact]
    public async Task Restricted_security_context_is_added_to_a_bare_container()
    {
        await new CodeFixVerifier<PodSecurityAnalyzer, RestrictedSecurityContextCodeFix>()
            .WithOption("kurator_pod_security_level", "restricted")
            .VerifyAsync(Sources.Core + """
                class C
                {
                    PodSpec M() => new PodSpec
                    {
                        Containers = [{|KSDK1014:{|KSDK1015:{|KSDK1017:{|KSDK1018:new Container|}|}|}|} { Name = "app" }],
                    };
                }
                """, Sources.Core + """
                class C
                {
                    PodSpec M() => new PodSpec
                    {
                        Containers = [new Container { Name = "app", SecurityContext = new() { RunAsNonRoot = true, AllowPrivilegeEscalation = false, SeccompProfile = new() { Type = "RuntimeDefault" }, Capabilities = new() { Drop = new() { "ALL" } } } }],
                    };
                }
                """);
    }

    [Fact]
    public async Task Restricted_security_context_completes_an_existing_one()
    {
        await new CodeFixVerifier<PodSecurityAnalyzer, RestrictedSecurityContextCodeFix>()
            .WithOption("kurator_pod_security_level", "restricted")
            .VerifyAsync(Sources.Core + """
                class C
                {
                    PodSpec M() => new PodSpec
                    {
                        Containers = [{|KSDK1014:{|KSDK1017:{|KSDK1018:new Container|}|}|} { Name = "app", SecurityContext = new() { RunAsNonRoot = true } }],
                    };
                }
                """, Sources.Core + """
                class C
                {
                    PodSpec M() => new PodSpec
                    {
                        Containers = [new Container { Name = "app", SecurityContext = new() { RunAsNonRoot = true, AllowPrivilegeEscalation = false, SeccompProfile = new() { Type = "RuntimeDefault" }, Capabilities = new() { Drop = new() { "ALL" } } } }],
                    };
                }
                """);
    }

    [Fact]
    public async Task Privileged_true_is_removed_from_an_initializer()
    {
        await new CodeFixVerifier<PodSecurityAnalyzer, RemovePrivilegedCodeFix>().VerifyAsync(Sources.Core + """
            class C
            {
                SecurityContext M() => new SecurityContext { RunAsUser = 1000, {|KSDK1002:Privileged = true|} };
            }
            """, Sources.Core + """
            class C
            {
                SecurityContext M() => new SecurityContext { RunAsUser = 1000 };
            }
            """);
    }

    [Fact]
    public async Task Privileged_true_is_removed_from_statements_and_builders()
    {
        await new CodeFixVerifier<PodSecurityAnalyzer, RemovePrivilegedCodeFix>().VerifyAsync(Sources.Core + """
            class C
            {
                SecurityContext Built() => new SecurityContext().{|KSDK1002:WithPrivileged(true)|}.WithRunAsUser(1000);

                SecurityContext Assigned()
                {
                    var sc = new SecurityContext();
                    {|KSDK1002:sc.Privileged = true|};
                    return sc;
                }
            }
            """, Sources.Core + """
            class C
            {
                SecurityContext Built() => new SecurityContext().WithRunAsUser(1000);

                SecurityContext Assigned()
                {
                    var sc = new SecurityContext();
                    return sc;
                }
            }
            """);
    }

    [Fact]
    public async Task Latest_tag_is_replaced_with_a_placeholder_that_stays_flagged()
    {
        await new CodeFixVerifier<BestPracticeAnalyzer, PinImageTagCodeFix>().VerifyAsync(Sources.Core + """
            class C
            {
                Container M() => new Container { Name = "app", {|KSDK4001:Image = "registry:5000/nginx:latest"|} };
            }
            """, Sources.Core + """
            class C
            {
                Container M() => new Container { Name = "app", Image = "registry:5000/nginx:PIN-A-VERSION" };
            }
            """);
        await Verify.AnalyzerAsync<BestPracticeAnalyzer>(Sources.Core + """
            class C { Container M() => new Container { {|KSDK4001:Image = "nginx:PIN-A-VERSION"|} }; }
            """);
    }

    [Theory]
    [InlineData("nginx", "nginx:PIN-A-VERSION")]
    [InlineData("nginx:latest", "nginx:PIN-A-VERSION")]
    [InlineData("registry:5000/team/app", "registry:5000/team/app:PIN-A-VERSION")]
    [InlineData("nginx@sha256:abc", null)]
    public void Pin_rewrites_only_the_tag(string image, string? expected)
    {
        Assert.Equal(expected, PinImageTagCodeFix.Pin(image));
    }
}
