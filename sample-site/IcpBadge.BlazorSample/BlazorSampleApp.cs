using IcpBadge.BlazorSample.Components;

namespace IcpBadge.BlazorSample;

/// <summary>Builds the Blazor sample; a class rather than top-level statements, so tests can start it in-process next to the Razor Pages sample.</summary>
public static class BlazorSampleApp
{
    /// <summary>The app, configured from <paramref name="args"/> (<c>--urls</c>, <c>--contentRoot</c>, <c>--IcpBadge:…</c>).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(BlazorSampleApp).Assembly.GetName().Name });
        // Serve the Razor Class Library's /_content assets (icp-badge.css) in every environment, as the Razor Pages sample does.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddIcpBadge(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        if (app.Configuration.GetValue<bool>("StrictCspHeader"))
        {
            // For the strict-CSP picture (eng/make-images.sh): with "Rendering": { "StrictCsp": true } the footer needs
            // no inline style and no data: URI, so it renders in full under this policy.
            app.Use((context, next) =>
            {
                context.Response.Headers.ContentSecurityPolicy = "default-src 'self'";
                return next(context);
            });
        }

        app.UseAntiforgery();
        // The static web assets manifest sits next to the app's own build output; a test host started from another
        // folder serves the pages without it (blazor.web.js then 404s, which a server-side test does not need).
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, builder.Environment.ApplicationName + ".staticwebassets.endpoints.json")))
        {
            app.MapStaticAssets();
        }

        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static void Main(string[] args) => Build(args).Run();
}
