using IcpBadge.Localization;

namespace IcpBadge.AspNetCore.Compliance;

/// <summary>
/// The self-check's last line of defence: sends a request only to the app's own listening address, with <c>Host</c> set
/// to the site's first domain. Anything else — a redirect to another host, to https, to a public address — is refused
/// before it leaves the process, so no request, whatever its <c>Host</c> header, can make the server fetch elsewhere.
/// </summary>
internal sealed class OwnServerOnlyHandler(Uri own, string? host) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = request.RequestUri;
        if (target is null || Uri.Compare(target, own, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new HttpRequestException(AspNetCoreText.Resources.Format("Compliance.SelfCheck.OnlyOwnAddress", target, own).In(Language.En));
        }

        if (host is not null)
        {
            request.Headers.Host = host;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
