using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace IcpBadge.SampleSite;

/// <summary>
/// SAMPLE authentication, so that <c>MapIcpBadgeCompliance().RequireAuthorization()</c> has someone to authorize: a
/// request made on the server itself (from a loopback address, not forwarded by a proxy) is the site's operator;
/// nobody else is signed in, and gets 401. A real site uses its own sign-in (cookies, OpenID Connect…) and a policy
/// such as <c>RequireAuthorization(p => p.RequireRole("compliance"))</c> instead: behind a reverse proxy on the same
/// machine every request arrives from loopback.
/// </summary>
public sealed class LocalOperatorAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "LocalOperator";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var remote = Context.Connection.RemoteIpAddress;
        var forwarded = Request.Headers.ContainsKey("X-Forwarded-For") || Request.Headers.ContainsKey("Forwarded");
        if (remote is null || !IPAddress.IsLoopback(remote) || forwarded)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "local operator")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
