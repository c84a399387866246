using IcpBadge.Configuration;
using IcpBadge.Rendering;
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
    private readonly IFooterRenderer _renderer;
    private readonly string _contentRoot;
    private readonly ILogger<IcpBadgeFooter> _logger;
    private readonly IDisposable? _subscription;
    private SiteProfileResult _current;

    /// <summary>Creates the footer service; DI does this.</summary>
    public IcpBadgeFooter(IOptionsMonitor<IcpBadgeOptions> options, IFooterRenderer renderer, IHostEnvironment environment, ILogger<IcpBadgeFooter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(environment);
        _renderer = renderer;
        _contentRoot = environment.ContentRootPath;
        _logger = logger;
        _current = Validate(options.CurrentValue);
        _subscription = options.OnChange(Reload);
    }

    /// <summary>The current validated profile.</summary>
    /// <exception cref="OptionsValidationException">The configuration has never been valid.</exception>
    public SiteProfile Profile => Volatile.Read(ref _current).Profile ?? throw CreateException(_current.Problems);

    /// <summary>The problems of the configuration as loaded at start (empty when valid).</summary>
    public IReadOnlyList<ConfigurationProblem> Problems => Volatile.Read(ref _current).Problems;

    /// <summary>Renders an HTML template for the current configuration, ready to write into a page.</summary>
    /// <param name="templateName">An HTML template name; <see cref="TemplateNames.Default"/> by default.</param>
    /// <param name="host">The request's host, for domains filed under their own number.</param>
    /// <exception cref="ArgumentException">The template is a text or Markdown template, whose values are not HTML-encoded.</exception>
    public string Render(string templateName = TemplateNames.Default, string? host = null)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        if (TemplateNames.EncodingOf(templateName) != TemplateEncoding.Html)
        {
            // Text and Markdown templates carry raw values; written into a page they would be an injection hole.
            throw new ArgumentException($"'{templateName}' is not an HTML template; a page can only show HTML templates such as '{TemplateNames.Default}' or '{TemplateNames.Compact}'.", nameof(templateName));
        }

        return _renderer.Render(Profile, templateName, host);
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
            Volatile.Write(ref _current, result);
            LogReloaded(_logger, result.Profile.FooterIcpNumber);
            return;
        }

        LogRejected(_logger, string.Join(Environment.NewLine, result.Problems));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "IcpBadge configuration reloaded; the footer now shows {IcpNumber}.")]
    private static partial void LogReloaded(ILogger logger, Filing.IcpFilingNumber icpNumber);

    [LoggerMessage(Level = LogLevel.Error, Message = "IcpBadge configuration change ignored, the previous footer stays: {Problems}")]
    private static partial void LogRejected(ILogger logger, string problems);
}
