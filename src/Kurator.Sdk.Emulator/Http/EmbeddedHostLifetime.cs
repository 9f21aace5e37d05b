using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Kurator.Sdk.Emulator.Http;

/// <summary>
/// The emulator is embedded in someone else's process (tests, the CLI): it must not take over Ctrl-C/SIGTERM the way
/// the default console lifetime does. The owner stops it by disposing it.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
