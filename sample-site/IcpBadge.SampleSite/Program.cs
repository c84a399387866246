using System.Text.Encodings.Web;
using System.Text.Unicode;
using IcpBadge;
using IcpBadge.SampleSite;
using IcpBadge.Verification.Fetching;
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

// /compliance also verifies the site's own home page, as an inspector would fetch it: on the server's own listening
// address (never one a request names), with the private-network guard on and that one endpoint let through.
builder.Services.AddPageFetcher(new PageFetchOptions { Timeout = TimeSpan.FromSeconds(10) });
builder.Services.AddSingleton<SelfCheck>();

var app = builder.Build();

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapGet("/healthz", () => "ok");
app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });

app.Run();

/// <summary>The sample site's entry point, public for WebApplicationFactory tests.</summary>
public partial class Program;
