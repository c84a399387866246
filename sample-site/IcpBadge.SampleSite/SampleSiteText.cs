using IcpBadge.Localization;

namespace IcpBadge.SampleSite;

/// <summary>The sample site's own words (<c>Resources/Strings*.resx</c>): the compliance page's headings and phrases.</summary>
internal static class SampleSiteText
{
    /// <summary>The site's strings in both languages.</summary>
    public static TextResources Resources { get; } = new(typeof(SampleSiteText).Assembly, "IcpBadge.SampleSite.Resources.Strings");
}
