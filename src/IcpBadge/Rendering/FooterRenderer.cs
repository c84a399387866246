using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using IcpBadge.Configuration;
using NodaTime;
using Scriban;
using Scriban.Syntax;

namespace IcpBadge.Rendering;

/// <summary>
/// Renders footers from Scriban templates in safe mode (no .NET member access, strict variables, includes confined to
/// the template source) and caches each result per site profile until the China year changes.
/// </summary>
/// <example>
/// <code>
/// var renderer = new FooterRenderer(EmbeddedTemplateSource.Instance, SystemClock.Instance);
/// var html = renderer.Render(profile);                       // the default centred footer
/// var text = renderer.Render(profile, TemplateNames.Text);   // plain text
/// </code>
/// </example>
public sealed class FooterRenderer : IFooterRenderer
{
    private readonly ITemplateSource _templates;
    private readonly IClock _clock;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<SiteProfile, ConcurrentDictionary<(string Template, string IcpNumber), CachedFooter>> _rendered = [];

    /// <summary>Creates a renderer.</summary>
    /// <param name="templates">Where templates come from.</param>
    /// <param name="clock">The clock the copyright year comes from (China time).</param>
    public FooterRenderer(ITemplateSource templates, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(clock);
        _templates = templates;
        _clock = clock;
    }

    /// <inheritdoc />
    public string Render(SiteProfile profile, string templateName = TemplateNames.Default, string? host = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(templateName);

        // Keyed by the number shown, not the host: Host headers are client input and must not grow the cache.
        var key = (templateName, profile.FooterIcpNumberFor(host).ToString());
        var cache = _rendered.GetValue(profile, static _ => new());
        var now = _clock.GetCurrentInstant();
        if (cache.TryGetValue(key, out var cached) && cached.IsValidAt(now))
        {
            return cached.Text;
        }

        var year = now.InZone(ChinaTime.Zone).Year;
        var text = RenderUncached(FooterModelFactory.Create(profile, year, host), templateName);
        cache[key] = new CachedFooter(text, ChinaTime.StartOfYear(year), ChinaTime.StartOfYear(year + 1));
        return text;
    }

    /// <summary>Renders a model with a template, without caching.</summary>
    /// <exception cref="FooterTemplateException">The template is missing or broken.</exception>
    public string RenderUncached(FooterModel model, string templateName)
    {
        ArgumentNullException.ThrowIfNull(model);
        var template = GetTemplate(templateName);
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = new ConfinedTemplateLoader(_templates),
            NewLine = "\n",
            LoopLimit = 1000,
            RecursiveLimit = 16,
        };
        context.PushGlobal(ScribanModel.Create(model, TemplateNames.EncodingOf(templateName)));
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            throw new FooterTemplateException($"Template '{templateName}' ({_templates.Description}) failed: {exception.Message}", exception);
        }
    }

    private Template GetTemplate(string name)
    {
        if (_parsed.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (!TemplateName.IsValid(name) || !_templates.TryGetTemplate(name, out var text))
        {
            var available = string.Join(", ", EmbeddedTemplateSource.Names);
            throw new FooterTemplateException($"There is no template '{name}' in {_templates.Description}; built-in templates are {available}.");
        }

        var template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            var messages = string.Join("; ", template.Messages.Select(m => m.ToString()));
            throw new FooterTemplateException($"Template '{name}' ({_templates.Description}) has errors: {messages}");
        }

        return _parsed.GetOrAdd(name, template);
    }

    /// <summary>A rendered footer and the China year it is valid for.</summary>
    private sealed record CachedFooter(string Text, Instant ValidFrom, Instant ValidUntil)
    {
        public bool IsValidAt(Instant now) => now >= ValidFrom && now < ValidUntil;
    }
}
