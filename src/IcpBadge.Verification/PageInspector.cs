using NodaTime;

namespace IcpBadge.Verification;

/// <summary>
/// Inspects one HTML page and reports, rule by rule (docs/verification.md), what a regulator would flag about its ICP filing
/// number, police filing badge, copyright line, licence and title.
/// </summary>
/// <remarks>
/// Without <see cref="PageContext.Profile"/>, rules that need expectations (ICP003, PSB001, PSB007, CPR002, LIC001,
/// TTL001, TTL002, PRE001) are skipped and the province comes from the ICP number found on the page. Presence rules
/// judge home pages only. Instances are stateless and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var findings = new PageInspector().Inspect(html, new PageContext { IsHomePage = true, Host = "example.cn" });
/// </code>
/// </example>
public sealed class PageInspector
{
    private readonly IClock _clock;

    /// <summary>Creates an inspector.</summary>
    /// <param name="clock">Where "today" comes from (in China time) when <see cref="PageContext.Today"/> is not given; the system clock by default.</param>
    public PageInspector(IClock? clock = null)
    {
        _clock = clock ?? SystemClock.Instance;
    }

    /// <summary>Inspects <paramref name="html"/> and returns its findings in document order, page-level findings first.</summary>
    /// <param name="html">The page's markup (decoded text).</param>
    /// <param name="context">Whether it is a home page, its host, and the optional configuration.</param>
    public IReadOnlyList<InspectionFinding> Inspect(string html, PageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = PageDocument.Parse(html ?? string.Empty);
        return new Inspection(page, context, _clock).Run();
    }
}
