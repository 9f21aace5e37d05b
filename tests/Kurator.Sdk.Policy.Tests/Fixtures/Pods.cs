using System.Text.Json.Nodes;

namespace Kurator.Sdk.Policy.Tests.Fixtures;

/// <summary>Minimal pods written for these tests; each test injects one change.</summary>
public static class Pods
{
    /// <summary>A pod that passes restricted at every version: non-root, no escalation, RuntimeDefault seccomp, drop ALL.</summary>
    public static JsonObject Restricted() => PodJson.Object("""
        {
          'apiVersion': 'v1', 'kind': 'Pod', 'metadata': { 'name': 'web' },
          'spec': {
            'securityContext': { 'runAsNonRoot': true, 'seccompProfile': { 'type': 'RuntimeDefault' } },
            'initContainers': [ { 'name': 'setup', 'image': 'busybox:1.36',
              'securityContext': { 'allowPrivilegeEscalation': false, 'capabilities': { 'drop': [ 'ALL' ] } } } ],
            'containers': [ { 'name': 'app', 'image': 'nginx:1.27',
              'securityContext': { 'allowPrivilegeEscalation': false, 'capabilities': { 'drop': [ 'ALL' ] } } } ]
          }
        }
        """);

    /// <summary>A pod with no security settings: passes baseline, fails restricted.</summary>
    public static JsonObject Plain() => PodJson.Object("""
        {
          'apiVersion': 'v1', 'kind': 'Pod', 'metadata': { 'name': 'plain' },
          'spec': { 'containers': [ { 'name': 'app', 'image': 'nginx:1.27' } ] }
        }
        """);

    /// <summary>A Windows pod valid at restricted 1.25+: only runAsNonRoot is needed.</summary>
    public static JsonObject Windows() => PodJson.Object("""
        {
          'apiVersion': 'v1', 'kind': 'Pod', 'metadata': { 'name': 'win' },
          'spec': {
            'os': { 'name': 'windows' },
            'securityContext': { 'runAsNonRoot': true },
            'containers': [ { 'name': 'app', 'image': 'mcr.microsoft.com/windows/nanoserver:ltsc2022' } ]
          }
        }
        """);
}
