using IcpBadge.Provinces;

namespace IcpBadge.Rules;

/// <summary>The filing obligations D1–D10 with their deadlines and legal bases. Days are calendar days in China time, start day excluded.</summary>
public static class ObligationCatalog
{
    // The texts (title, due, applies when, legal basis) are in Resources/Strings*.resx under Obligation.<id>.*.
    private static readonly ObligationDefinition[] Definitions =
    [
        new("D1"),
        new("D2"),
        new("D3"),
        new("D4"),
        new("D5"),
        new("D6", r => r.HasSecondPolicePlatform),
        new("D7"),
        new("D8"),
        new("D9", r => r.HasSecondPolicePlatform),
        new("D10", r => r.RequiresLiveSiteAfterIcpApproval),
    ];

    /// <summary>All ten obligations, D1 to D10.</summary>
    public static IReadOnlyList<ObligationDefinition> All => Definitions;

    /// <summary>The obligations that can apply to a site filed in <paramref name="province"/>.</summary>
    public static IReadOnlyList<ObligationDefinition> For(Province province)
    {
        ArgumentNullException.ThrowIfNull(province);
        return ProvinceRules.For(province).Obligations;
    }
}
