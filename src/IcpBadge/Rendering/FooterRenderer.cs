using IcpBadge.Localization;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using IcpBadge.Configuration;
using IcpBadge.Filing;
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
    private readonly bool _systemClock;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<SiteProfile, ProfileCache> _rendered = [];

    /// <summary>The cache of the profile rendered last: a site has one current profile, so this skips the table.</summary>
    private ProfileCache? _lastProfile;

    /// <summary>Creates a renderer.</summary>
    /// <param name="templates">Where templates come from.</param>
    /// <param name="clock">The clock the copyright year comes from (China time).</param>
    public FooterRenderer(ITemplateSource templates, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(clock);
        _templates = templates;
        _clock = clock;
        _systemClock = ReferenceEquals(clock, SystemClock.Instance);
    }

    /// <inheritdoc />
    public string Render(SiteProfile profile, string templateName = TemplateNames.Default, string? host = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(templateName);

        // Keyed by the number shown, not the host: Host headers are client input and must not grow the cache.
        var number = profile.FooterIcpNumberFor(host);
        var cache = GetCache(profile);
        var entry = cache.Find(templateName, number);
        var cached = entry?.Footer;
        if (cached is not null && IsCurrent(cached))
        {
            return cached.Text;
        }

        var tick = Environment.TickCount64;
        var now = _clock.GetCurrentInstant();
        var year = now.InZone(ChinaTime.Zone).Year;
        var text = RenderUncached(FooterModelFactory.Create(profile, year, host), templateName);
        (entry ?? cache.Add(templateName, number)).Footer =
            new CachedFooter(text, ChinaTime.StartOfYear(year), ChinaTime.StartOfYear(year + 1), tick);
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
            throw new FooterTemplateException(CoreText.Resources.Format("Template.Failed", templateName, SourceText(), exception.Message), exception);
        }
    }

    // Where the templates come from, for messages: a folder's path, or the built-in set named in each language.
    private LocalizedText SourceText() =>
        _templates is EmbeddedTemplateSource
            ? CoreText.Resources.Get("Template.BuiltIn")
            : new LocalizedText(_templates.Description, _templates.Description);

    private Template GetTemplate(string name)
    {
        if (_parsed.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (!TemplateName.IsValid(name) || !_templates.TryGetTemplate(name, out var text))
        {
            var available = string.Join(", ", EmbeddedTemplateSource.Names);
            throw new FooterTemplateException(CoreText.Resources.Format("Template.Missing", name, SourceText(), available));
        }

        var template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            var messages = string.Join("; ", template.Messages.Select(m => m.ToString()));
            throw new FooterTemplateException(CoreText.Resources.Format("Template.HasErrors", name, SourceText(), messages));
        }

        return _parsed.GetOrAdd(name, template);
    }

    private ProfileCache GetCache(SiteProfile profile)
    {
        var last = Volatile.Read(ref _lastProfile);
        if (last is not null && ReferenceEquals(last.Profile, profile))
        {
            return last;
        }

        var cache = _rendered.GetValue(profile, static p => new ProfileCache(p));
        Volatile.Write(ref _lastProfile, cache);
        return cache;
    }

    /// <summary>Whether <paramref name="cached"/> is for the current China year.</summary>
    /// <remarks>
    /// Reading the wall clock costs more than the rest of a cached render (tens of nanoseconds on a VM's kvm-clock).
    /// With the system clock it is read at most once per tick of <see cref="Environment.TickCount64"/> (a cheap coarse
    /// counter, 1–16 ms) for each cached footer: a footer found current earlier in the same tick is still current, so
    /// a new year shows within one tick of midnight, and a wall-clock change is seen on the next tick. Any other
    /// <see cref="IClock"/> (a test's fake clock) is read on every call.
    /// </remarks>
    private bool IsCurrent(CachedFooter cached)
    {
        if (!_systemClock)
        {
            return cached.IsValidAt(_clock.GetCurrentInstant());
        }

        var tick = Environment.TickCount64;
        if (cached.CheckedAtTick == tick)
        {
            return true;
        }

        if (!cached.IsValidAt(_clock.GetCurrentInstant()))
        {
            return false;
        }

        cached.CheckedAtTick = tick;
        return true;
    }

    /// <summary>The rendered footers of one profile: one entry per template name and number shown.</summary>
    /// <remarks>
    /// The numbers are the profile's own objects (<see cref="SiteProfile.FooterIcpNumberFor"/> returns them), so they
    /// are matched by reference, and an entry is added only once a template has rendered: the entries are bounded by
    /// the configuration, never by requests. A short array, searched without hashing, copied on the rare add.
    /// </remarks>
    private sealed class ProfileCache(SiteProfile profile)
    {
        private Entry[] _entries = [];

        /// <summary>The profile; a value in the weak table may reference its key.</summary>
        public SiteProfile Profile { get; } = profile;

        public Entry? Find(string template, IcpFilingNumber number) => Find(Volatile.Read(ref _entries), template, number);

        public Entry Add(string template, IcpFilingNumber number)
        {
            while (true)
            {
                var entries = Volatile.Read(ref _entries);
                if (Find(entries, template, number) is { } found)
                {
                    return found;
                }

                var entry = new Entry(template, number);
                if (ReferenceEquals(Interlocked.CompareExchange(ref _entries, [.. entries, entry], entries), entries))
                {
                    return entry;
                }
            }
        }

        private static Entry? Find(Entry[] entries, string template, IcpFilingNumber number)
        {
            foreach (var entry in entries)
            {
                if (ReferenceEquals(entry.Number, number) && string.Equals(entry.Template, template, StringComparison.Ordinal))
                {
                    return entry;
                }
            }

            return null;
        }
    }

    /// <summary>The current footer for one template and number; replaced when the China year changes.</summary>
    private sealed class Entry(string template, IcpFilingNumber number)
    {
        private CachedFooter? _footer;

        public string Template { get; } = template;

        public IcpFilingNumber Number { get; } = number;

        public CachedFooter? Footer
        {
            get => Volatile.Read(ref _footer);
            set => Volatile.Write(ref _footer, value);
        }
    }

    /// <summary>A rendered footer and the China year it is valid for.</summary>
    private sealed class CachedFooter(string text, Instant validFrom, Instant validUntil, long checkedAtTick)
    {
        private long _checkedAtTick = checkedAtTick;

        public string Text { get; } = text;

        /// <summary>The <see cref="Environment.TickCount64"/> at which the wall clock last showed this footer current.</summary>
        public long CheckedAtTick
        {
            get => Volatile.Read(ref _checkedAtTick);
            set => Volatile.Write(ref _checkedAtTick, value);
        }

        public bool IsValidAt(Instant now) => now >= validFrom && now < validUntil;
    }
}
