using System.Text;
using IcpBadge.Deadlines;
using IcpBadge.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace IcpBadge.AspNetCore.Compliance;

/// <summary>Answers a request to the compliance endpoint: JSON when asked for, else the page in the request's language.</summary>
internal sealed class ComplianceEndpoint(IcpBadgeFooter footer, DeadlineTracker tracker, ComplianceSelfCheck selfCheck)
{
    public async Task HandleAsync(HttpContext context)
    {
        var deadlines = tracker.Evaluate(footer.Profile);
        var check = await selfCheck.GetAsync(context.RequestAborted).ConfigureAwait(false);

        // The request's host is only displayed (does the footer show here?); it never chooses what is fetched.
        var host = context.Request.Host.Host;
        var shown = footer.Profile.ShowsFooterOn(host);
        context.Response.Headers.CacheControl = "no-store";
        if (WantsJson(context.Request))
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync(ComplianceJsonWriter.Write(deadlines, check, host, shown), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var html = ComplianceHtmlWriter.Write(deadlines, check, host, shown, LanguageOf(context), context.Request.PathBase + context.Request.Path);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(html), context.RequestAborted).ConfigureAwait(false);
    }

    private static bool WantsJson(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) &&
        accepted.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);

    /// <summary><c>?lang=en|zh</c>, else the request culture (when request localization is set up), else Chinese.</summary>
    private static Language LanguageOf(HttpContext context)
    {
        if (LanguageSelection.TryParse(context.Request.Query["lang"].ToString(), out var chosen))
        {
            return chosen;
        }

        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture;
        return culture is not null && culture.TwoLetterISOLanguageName == "en" ? Language.En : Language.Zh;
    }
}
