using IcpBadge.Localization;

namespace IcpBadge.Rules;

/// <summary>One filing obligation with a deadline, as a definition: what, when due, when it applies, and its legal basis.</summary>
public sealed class ObligationDefinition
{
    // The province fact limiting the obligation (a ProvinceRules property), or null when it applies everywhere.
    private readonly Func<ProvinceRules, bool>? _onlyWhere;

    /// <summary>Reads the texts of obligation <paramref name="id"/> from the core's resources (<c>Obligation.&lt;id&gt;.Title</c>, …).</summary>
    internal ObligationDefinition(string id, Func<ProvinceRules, bool>? onlyWhere = null)
    {
        var texts = CoreText.Resources;
        Id = id;
        Title = texts.Get($"Obligation.{id}.Title");
        Due = texts.Get($"Obligation.{id}.Due");
        AppliesWhen = texts.Get($"Obligation.{id}.AppliesWhen");
        Source = texts.Get($"Obligation.{id}.Source");
        _onlyWhere = onlyWhere;
    }

    /// <summary>The stable id, <c>D1</c> to <c>D10</c>.</summary>
    public string Id { get; }

    /// <summary>What must be done, e.g. 网站展示ICP备案号 / ICP number shown on the site.</summary>
    public LocalizedText Title { get; }

    /// <summary>When it is due, e.g. 上线后30日 / launch + 30 days.</summary>
    public LocalizedText Due { get; }

    /// <summary>When the obligation applies to a site, naming the configuration fields.</summary>
    public LocalizedText AppliesWhen { get; }

    /// <summary>
    /// The legal basis: the law, order or notice the obligation comes from, e.g.
    /// 《非经营性互联网信息服务备案管理办法》（原信息产业部令第33号）第十三条 / MII (now MIIT) Order No. 33 (2005), art. 13.
    /// </summary>
    public LocalizedText Source { get; }

    /// <summary>
    /// Whether the obligation can apply to a site under <paramref name="rules"/>: the common ones everywhere, D6/D9 and
    /// D10 where <see cref="ProvinceRules"/> says so.
    /// </summary>
    public bool AppliesIn(ProvinceRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return _onlyWhere is null || _onlyWhere(rules);
    }
}
