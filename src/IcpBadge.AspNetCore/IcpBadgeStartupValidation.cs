using Microsoft.Extensions.Hosting;

namespace IcpBadge.AspNetCore;

/// <summary>
/// Fails the application's start, before the server listens, with every configuration problem (one entry each in
/// <see cref="Microsoft.Extensions.Options.OptionsValidationException.Failures"/>).
/// </summary>
/// <remarks>
/// This replaces <c>ValidateOnStart</c> on purpose: an options validator also runs on every reload, and a reload that
/// fails validation would throw on the file watcher's thread. Reloads are validated by <see cref="IcpBadgeFooter"/>.
/// </remarks>
internal sealed class IcpBadgeStartupValidation(IcpBadgeFooter footer) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) =>
        footer.Problems.Count == 0 ? Task.CompletedTask : throw IcpBadgeFooter.CreateException(footer.Problems);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
