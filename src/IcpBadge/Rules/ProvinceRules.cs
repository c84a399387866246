using IcpBadge.Provinces;

namespace IcpBadge.Rules;

/// <summary>What applies to a site in one province: the footer number, the copyright line, extra platforms, deadlines.</summary>
public sealed class ProvinceRules
{
    private ProvinceRules(Province province)
    {
        Province = province;
        FooterNumber = FooterNumberRule.DefaultFor(province);
        CopyrightRequired = province.Code == 32;
        SecondPolicePlatform = province.Code == 31 ? "上海互联网安全综合服务网 (wa.police.sh.cn)" : null;
        Obligations = ObligationCatalog.For(province);
    }

    /// <summary>The province.</summary>
    public Province Province { get; }

    /// <summary>Which number the footer shows by default: <see cref="IcpDisplay.Main"/> in Guangdong, <see cref="IcpDisplay.Website"/> elsewhere.</summary>
    public IcpDisplay FooterNumber { get; }

    /// <summary>Whether a copyright line naming the filed organisation is required (Jiangsu, 003:3855-3857); elsewhere it is recommended.</summary>
    public bool CopyrightRequired { get; }

    /// <summary>A second police platform the site must also be filed on (Shanghai), or <see langword="null"/>.</summary>
    public string? SecondPolicePlatform { get; }

    /// <summary>The obligations D1–D10 that can apply here (D6/D9 Shanghai only, D10 Guangdong only).</summary>
    public IReadOnlyList<ObligationDefinition> Obligations { get; }

    /// <summary>The rules for <paramref name="province"/>.</summary>
    public static ProvinceRules For(Province province)
    {
        ArgumentNullException.ThrowIfNull(province);
        return new ProvinceRules(province);
    }
}
