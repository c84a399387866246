using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace IcpBadge.AspNetCore.Tests.Support;

/// <summary>The hosting environment a container outside a host needs: only the content root matters to IcpBadge.</summary>
internal sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Development;

    public string ApplicationName { get; set; } = "IcpBadge.AspNetCore.Tests";

    public string ContentRootPath { get; set; } = contentRoot;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
