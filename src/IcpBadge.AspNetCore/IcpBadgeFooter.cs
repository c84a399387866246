using System.Buffers;
using IcpBadge.Configuration;
using IcpBadge.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IcpBadge.AspNetCore;

/// <summary>
/// The site's footer for the current configuration: validates <see cref="IcpBadgeOptions"/> once per change and renders
/// through the shared <see cref="IFooterRenderer"/>, so a request only looks up a cached string.
/// </summary>
/// <remarks>
/// When <c>appsettings.json</c> is edited, the next request sees the new footer. An edit that makes the configuration
/// invalid is logged with every problem, and the last valid footer stays in place.
/// </remarks>
public sealed partial class IcpBadgeFooter : IDisposable
{
    /// <summary>The characters of a host name that <see cref="HostString"/> returns unchanged.</summary>
    private static readonly SearchValues<char> PlainHostChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    private readonly IFooterRenderer _renderer;
    private string? _lastHtmlTemplate;
    private readonly string _contentRoot;
    private readonly ILogger<IcpBadgeFooter> _logger;
    private readonly IDisposable? _subscription;
    private readonly AttributedFooters _attributed = new();
    private State _current;

    /// <summary>Creates the footer service; DI does this.</summary>
    public IcpBadgeFooter(IOptionsMonitor<IcpBadgeOptions> options, IFooterRenderer renderer, IHostEnvironment environment, ILogger<IcpBadgeFooter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(environment);
        _renderer = renderer;
        _contentRoot = environment.ContentRootPath;
        _logger = logger;
        _current = new State(Validate(options.CurrentValue));
        _subscription = options.OnChange(Reload);
    }

    /// <summary>Whether the footer depends on the request's host (a domain with its own number, or <c>UnlistedHosts: Hide</c>).</summary>
    internal bool HostMatters => Volatile.Read(ref _current).HostMatters;

    /// <summary>The current validated profile.</summary>
    /// <exception cref="OptionsValidationException">The configuration has never been valid.</exception>
    public SiteProfile Profile => Volatile.Read(ref _current).Profile;

    /// <summary>The problems of the configuration as loaded at start (empty when valid).</summary>
    public IReadOnlyList<ConfigurationProblem> Problems => Volatile.Read(ref _current).Result.Problems;

    /// <summary>Renders an HTML template for the current configuration, ready to write into a page.</summary>
    /// <param name="templateName">An HTML template name; <see cref="TemplateNames.Default"/> by default.</param>
    /// <param name="host">The request's host, for domains filed under their own number.</param>
    /// <exception cref="ArgumentException">The template is a text or Markdown template, whose values are not HTML-encoded.</exception>
    public string Render(string templateName = TemplateNames.Default, string? host = null)
    {
        EnsureHtml(templateName);
        return _renderer.Render(Profile, templateName, host);
    }

    /// <summary>
    /// Renders a template for a request: the tag helpers' and components' path. The request's host is read only when
    /// the footer depends on it (a domain shows a number of its own, or <c>Site.UnlistedHosts</c> is <c>Hide</c>);
    /// otherwise every host shows the same footer and reading it is wasted work.
    /// </summary>
    /// <param name="templateName">The template.</param>
    /// <param name="host">A host given explicitly (a <c>host</c> attribute or <c>Host</c> parameter), which wins over the request's.</param>
    /// <param name="context">The request, if any.</param>
    /// <param name="attributes">The page's attributes for the wrapper element.</param>
    /// <returns>The footer, or an empty string where <see cref="SiteProfile.ShowsFooterOn(string?)"/> says no footer shows.</returns>
    internal string Render(string templateName, string? host, HttpContext? context, ReadOnlySpan<WrapperAttribute> attributes = default)
    {
        EnsureHtml(templateName);
        var current = Volatile.Read(ref _current);
        if (current.HostMatters)
        {
            host ??= context is null ? null : RequestHost(context.Request);
            if (!current.Profile.ShowsFooterOn(host))
            {
                return string.Empty;
            }
        }
        else
        {
            host = null;
        }

        var html = _renderer.Render(current.Profile, templateName, host);
        return attributes.IsEmpty ? html : _attributed.Get(html, attributes);
    }

    /// <summary>A tag helper's footer: <see cref="Render(string, string?, HttpContext?, ReadOnlySpan{WrapperAttribute})"/> with the element's own attributes.</summary>
    internal string RenderForElement(string templateName, string? host, HttpContext? context, TagHelperAttributeList attributes)
    {
        var html = Render(templateName, host, context);
        return attributes.Count == 0 || html.Length == 0 ? html : _attributed.Get(html, attributes);
    }

    /// <summary>
    /// Text and Markdown templates carry raw values: written into a page they would be an injection hole. The last
    /// name that passed is remembered by reference, since a tag helper passes the same string on every request.
    /// </summary>
    private void EnsureHtml(string templateName)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        if (ReferenceEquals(templateName, Volatile.Read(ref _lastHtmlTemplate)))
        {
            return;
        }

        if (TemplateNames.EncodingOf(templateName) != TemplateEncoding.Html)
        {
            throw new ArgumentException($"'{templateName}' is not an HTML template; a page can only show HTML templates such as '{TemplateNames.Default}' or '{TemplateNames.Compact}'.", nameof(templateName));
        }

        Volatile.Write(ref _lastHtmlTemplate, templateName);
    }

    /// <summary>The request's host exactly as <c>request.Host.Host</c> gives it.</summary>
    /// <remarks>
    /// <see cref="HttpRequest.Host"/> parses the <c>Host</c> header for IPv6 brackets, a port and punycode labels, which
    /// costs more than the whole cached footer lookup. For a plain name (ASCII letters, digits, dots and hyphens, no
    /// <c>xn--</c> label) that parse returns the header itself, so the header is used as it is; anything else, including
    /// a missing header, goes through <see cref="HttpRequest.Host"/>.
    /// </remarks>
    internal static string RequestHost(HttpRequest request)
    {
        string? header = request.Headers.Host;
        return !string.IsNullOrEmpty(header) &&
               !header.AsSpan().ContainsAnyExcept(PlainHostChars) &&
               !header.Contains("xn--", StringComparison.OrdinalIgnoreCase)
            ? header
            : request.Host.Host;
    }

    /// <inheritdoc />
    public void Dispose() => _subscription?.Dispose();

    internal SiteProfileResult Validate(IcpBadgeOptions options) =>
        SiteProfile.Create(options, IcpBadgeOptions.SectionName, _contentRoot);

    internal static OptionsValidationException CreateException(IReadOnlyList<ConfigurationProblem> problems) =>
        new(Options.DefaultName, typeof(IcpBadgeOptions), problems.Select(p => p.ToString()));

    private void Reload(IcpBadgeOptions options)
    {
        var result = Validate(options);
        if (result.Success)
        {
            Volatile.Write(ref _current, new State(result));
            LogReloaded(_logger, result.Profile.FooterIcpNumber);
            return;
        }

        LogRejected(_logger, string.Join(Environment.NewLine, result.Problems));
    }

    /// <summary>A validation result and what requests need from it, swapped as one on reload.</summary>
    private sealed class State(SiteProfileResult result)
    {
        public SiteProfileResult Result { get; } = result;

        /// <summary>The profile; throws when the configuration has never been valid.</summary>
        public SiteProfile Profile => Result.Profile ?? throw CreateException(Result.Problems);

        /// <summary>
        /// Whether the footer depends on the host: some domain's footer shows another number than the site's
        /// (<see cref="SiteProfile.FooterIcpNumberFor(string?)"/> returns one of these), or unlisted hosts show none.
        /// </summary>
        public bool HostMatters { get; } =
            result.Profile is { } profile &&
            (profile.UnlistedHosts == UnlistedHosts.Hide || profile.Domains.Any(d => d.FooterIcpNumber != profile.FooterIcpNumber));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "IcpBadge configuration reloaded; the footer now shows {IcpNumber}.")]
    private static partial void LogReloaded(ILogger logger, Filing.IcpFilingNumber icpNumber);

    [LoggerMessage(Level = LogLevel.Error, Message = "IcpBadge configuration change ignored, the previous footer stays: {Problems}")]
    private static partial void LogRejected(ILogger logger, string problems);
}
