namespace Kurator.Sdk.Tests.Cli.FleetCli;

/// <summary>A small, valid application as plain manifests: a Namespace, config, a Secret, a Deployment and its Service.</summary>
internal static class ShopManifests
{
    public const string Namespace = """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
        """;

    public const string Config = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
          namespace: shop
        data:
          mode: fast
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: token
          namespace: shop
        stringData:
          token: s3cr3t-value
        """;

    public const string Web = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: nginx:1.27
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          namespace: shop
        spec:
          selector:
            app: web
          ports:
          - port: 80
        """;

    /// <summary>Writes the three files (namespace.yaml, config.yaml, web/web.yaml) into the harness's manifest folder.</summary>
    public static void WriteAll(FleetCliHarness harness)
    {
        harness.Write("namespace.yaml", Namespace);
        harness.Write("config.yaml", Config);
        harness.Write("web/web.yaml", Web);
    }
}
