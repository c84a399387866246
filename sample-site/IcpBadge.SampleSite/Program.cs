using System.Text.Encodings.Web;
using System.Text.Unicode;
using IcpBadge;
using IcpBadge.SampleSite;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);

// Serve the Razor Class Library's /_content assets in every environment, not only Development.
builder.WebHost.UseStaticWebAssets();

// Razor encodes CJK text as &#x...; entities by default; this writes 京ICP备 as characters.
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));

// /no-footer is the home page without the layout footer: bench/scripts/load-footer.sh measures the footer's cost (P7)
// as the home page's requests/s against this twin's, which shares the route, the page and the layout.
builder.Services.AddRazorPages(options => options.Conventions.AddPageRoute("/Index", "no-footer"));
builder.Services.AddIcpBadge(builder.Configuration);
builder.Services.AddHealthChecks().AddIcpBadgeHealthCheck();

// The compliance page tells anyone which filings are overdue, so it requires a signed-in user. This SAMPLE signs in
// requests made on the server itself (LocalOperatorAuthentication); a real site uses its own sign-in and policy.
builder.Services.AddAuthentication(LocalOperatorAuthentication.SchemeName)
    .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, LocalOperatorAuthentication>(LocalOperatorAuthentication.SchemeName, null);
builder.Services.AddAuthorization();

var app = builder.Build();

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapGet("/healthz", () => "ok");
app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });

// Obligations and a self-check of the home page (on the server's own address, never one a request names), in Chinese
// by default (?lang=en for English); JSON with Accept: application/json.
app.MapIcpBadgeCompliance().RequireAuthorization();

app.Run();

/// <summary>The sample site's entry point, public for WebApplicationFactory tests.</summary>
public partial class Program;
