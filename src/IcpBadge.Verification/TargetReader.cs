using IcpBadge.Html;
using IcpBadge.Verification.Browser;
using IcpBadge.Verification.Fetching;
using NodaTime;

namespace IcpBadge.Verification;

/// <summary>
/// Reads one target and inspects it: a file from disk, a URL over HTTP, or either rendered in Chromium. A target that
/// cannot be read is <see cref="TargetStatus.Unreachable"/> with one NET001 finding; nothing here throws for bad input.
/// </summary>
internal sealed class TargetReader(PageInspector inspector, LocalDate today)
{
    /// <summary>
    /// Fetches a URL target. It is a home page when the target is one, or when the requested or the final URL path
    /// is; the final host decides which of a site's numbers applies. A hosting provider's block page is NET002 alone.
    /// </summary>
    public async Task<TargetReport> FetchAsync(
        PageFetcher fetcher, VerificationTarget target, Func<VerificationTarget, PageFetchResult, CancellationToken, ValueTask>? fetchedHook, CancellationToken cancellationToken)
    {
        var url = target.Url!;
        var fetched = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (fetchedHook is not null)
        {
            await fetchedHook(target, fetched, cancellationToken).ConfigureAwait(false);
        }

        var finalUrl = fetched.FinalUrl.AbsoluteUri;
        var home = target.IsHomePage || VerificationTarget.IsHomeUrl(url) || VerificationTarget.IsHomeUrl(fetched.FinalUrl);
        if (!fetched.Succeeded)
        {
            return new TargetReport(target.Name, finalUrl, TargetStatus.Unreachable, home, [fetched.Failure!]);
        }

        if (BlockPageDetector.Detect(fetched.Html!) is { } blocked)
        {
            return new TargetReport(target.Name, finalUrl, TargetStatus.Ok, home, [blocked]);
        }

        var context = new PageContext { IsHomePage = home, Host = fetched.FinalUrl.IdnHost, Profile = target.Profile, Today = today };
        return new TargetReport(target.Name, finalUrl, TargetStatus.Ok, home, inspector.Inspect(fetched.Html!, context));
    }

    /// <summary>Reads a file target, decoded by its BOM or <c>&lt;meta&gt;</c> charset.</summary>
    public TargetReport Read(VerificationTarget target)
    {
        var path = target.Path!;
        var finalUrl = new Uri(path).AbsoluteUri;
        string html;
        try
        {
            html = HtmlCharset.Decode(File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var finding = new InspectionFinding(VerificationRules.Net001, FindingSeverity.Error, VerificationText.Format("Finding.NET001.FileUnreadable", exception.Message), target.Name);
            return new TargetReport(target.Name, finalUrl, TargetStatus.Unreachable, target.IsHomePage, [finding]);
        }

        return Inspect(target, finalUrl, html);
    }

    /// <summary>Loads a file or URL target in Chromium and inspects the DOM after scripts ran.</summary>
    public async Task<TargetReport> RenderAsync(PageFetcher fetcher, ChromiumRenderer renderer, VerificationTarget target, CancellationToken cancellationToken)
    {
        if (target.Url is { } url)
        {
            // The fetcher's policy: its private-network guard, its per-host cap and its retries, as for a fetch.
            var outcome = await fetcher.RenderAsync(url, renderer, cancellationToken).ConfigureAwait(false);
            if (!outcome.Succeeded)
            {
                // A refused address is the very finding a fetch gives; any other failure says the page was not rendered.
                var finding = outcome.FailureKind == FetchFailureKind.PrivateNetwork
                    ? new InspectionFinding(VerificationRules.Net001, FindingSeverity.Error, VerificationText.Format("Finding.NET001.PageUnchecked", outcome.Reason!), outcome.FinalUrl.AbsoluteUri)
                    : new InspectionFinding(VerificationRules.Net001, FindingSeverity.Error, VerificationText.Format("Finding.NET001.RenderFailed", outcome.Reason!), target.Name);
                return new TargetReport(target.Name, url.AbsoluteUri, TargetStatus.Unreachable, target.IsHomePage, [finding]);
            }

            return Inspect(target, url.AbsoluteUri, System.Text.Encoding.UTF8.GetString(outcome.Body.Span));
        }

        var finalUrl = new Uri(target.Path!).AbsoluteUri;
        string html;
        try
        {
            // A file's own requests (scripts, frames) pass the same guard.
            html = await renderer.RenderAsync(new Uri(target.Path!), fetcher.Guard, cancellationToken).ConfigureAwait(false);
        }
        catch (ChromiumRenderException exception)
        {
            object failure = exception.Text is { } text ? text : exception.Message;
            var finding = new InspectionFinding(VerificationRules.Net001, FindingSeverity.Error, VerificationText.Format("Finding.NET001.RenderFailed", failure), target.Name);
            return new TargetReport(target.Name, finalUrl, TargetStatus.Unreachable, target.IsHomePage, [finding]);
        }

        return Inspect(target, finalUrl, html);
    }

    private TargetReport Inspect(VerificationTarget target, string finalUrl, string html)
    {
        var context = new PageContext { IsHomePage = target.IsHomePage, Profile = target.Profile, Host = target.Host, Today = today };
        return new TargetReport(target.Name, finalUrl, TargetStatus.Ok, target.IsHomePage, inspector.Inspect(html, context));
    }
}
