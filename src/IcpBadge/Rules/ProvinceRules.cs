using IcpBadge.Provinces;

namespace IcpBadge.Rules;

/// <summary>
/// What applies to a site in one province: the footer number, the copyright line, extra platforms, deadlines. Every
/// province-specific fact of the footer and deadline rules (Guangdong, Shanghai, Jiangsu) lives here and nowhere else; the footer
/// number rule, the obligation catalog, the deadline tracker and the verifier ask these properties.
/// </summary>
public sealed class ProvinceRules
{
    private const int ShanghaiCode = 31;
    private const int JiangsuCode = 32;
    private const int GuangdongCode = 44;

    /// <summary>The rules of every province, made once: they are immutable facts.</summary>
    private static readonly Dictionary<int, ProvinceRules> ByCode = ProvinceCatalog.All.ToDictionary(p => p.Code, p => new ProvinceRules(p));

    private ProvinceRules(Province province)
    {
        Province = province;
        ShowsMainNumber = province.Code == GuangdongCode;
        CopyrightRequired = province.Code == JiangsuCode;
        HasSecondPolicePlatform = province.Code == ShanghaiCode;
        RequiresLiveSiteAfterIcpApproval = province.Code == GuangdongCode;

        // The facts above are set first: an obligation's condition reads them.
        Obligations = [.. ObligationCatalog.All.Where(d => d.AppliesIn(this))];
    }

    /// <summary>The province.</summary>
    public Province Province { get; }

    /// <summary>
    /// Whether the footer shows the main number (<c>粤ICP备19015064号</c>, no <c>-n</c>) by default: Guangdong (粤) only
    /// (its communications administration's filing guide); every other province shows the website number.
    /// </summary>
    public bool ShowsMainNumber { get; }

    /// <summary>Which number the footer shows by default: <see cref="IcpDisplay.Main"/> in Guangdong, <see cref="IcpDisplay.Website"/> elsewhere.</summary>
    public IcpDisplay FooterNumber => ShowsMainNumber ? IcpDisplay.Main : IcpDisplay.Website;

    /// <summary>Whether a copyright line naming the filed organisation is required (Jiangsu); elsewhere it is recommended.</summary>
    public bool CopyrightRequired { get; }

    /// <summary>
    /// Whether a site whose police filing is here must also be filed on a second, provincial police platform and answer
    /// its notices (Shanghai, obligations D6 and D9).
    /// </summary>
    public bool HasSecondPolicePlatform { get; }

    /// <summary>A second police platform the site must also be filed on (Shanghai), or <see langword="null"/>.</summary>
    public string? SecondPolicePlatform => HasSecondPolicePlatform ? "上海互联网安全综合服务网 (wa.police.sh.cn)" : null;

    /// <summary>
    /// Whether a site filed here must be live, with its footer number, within a month of its ICP approval (Guangdong's
    /// commitment letter, obligation D10).
    /// </summary>
    public bool RequiresLiveSiteAfterIcpApproval { get; }

    /// <summary>The obligations D1–D10 that can apply here (D6/D9 Shanghai only, D10 Guangdong only).</summary>
    public IReadOnlyList<ObligationDefinition> Obligations { get; }

    /// <summary>The rules for <paramref name="province"/>.</summary>
    public static ProvinceRules For(Province province)
    {
        ArgumentNullException.ThrowIfNull(province);
        return ByCode.TryGetValue(province.Code, out var rules) && ReferenceEquals(rules.Province, province)
            ? rules
            : new ProvinceRules(province);
    }
}
