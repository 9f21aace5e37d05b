using Xunit;

// Some tests set process-wide environment variables (KUBECONFIG, HTTPS_PROXY, NO_PROXY, KUBERNETES_SERVICE_*) that
// every client reads when it is created; running test classes one at a time keeps them from leaking into others.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
