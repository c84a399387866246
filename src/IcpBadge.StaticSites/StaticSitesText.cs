using IcpBadge.Localization;

namespace IcpBadge.StaticSites;

/// <summary>The injection engine's user-facing strings (<c>Resources/Strings*.resx</c>): why a page was skipped or failed.</summary>
internal static class StaticSitesText
{
    private static readonly TextResources Resources = new(typeof(StaticSitesText).Assembly, "IcpBadge.StaticSites.Resources.Strings");

    /// <summary>The text named <paramref name="key"/> in both languages.</summary>
    public static LocalizedText Get(string key) => Resources.Get(key);

    /// <summary>The text named <paramref name="key"/> with its placeholders filled in, in both languages.</summary>
    public static LocalizedText Format(string key, params object?[] arguments) => Resources.Format(key, arguments);
}
