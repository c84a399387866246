using IcpBadge.Localization;

namespace IcpBadge.Audits;

/// <summary>
/// The audits' user-facing strings (<c>Resources/Strings*.resx</c>): audit, history, report and notification words.
/// Every message is made here, in both languages at once.
/// </summary>
internal static class AuditsText
{
    private static readonly TextResources Resources = new(typeof(AuditsText).Assembly, "IcpBadge.Audits.Resources.Strings");

    /// <summary>The text named <paramref name="key"/> in both languages.</summary>
    public static LocalizedText Get(string key) => Resources.Get(key);

    /// <summary>The text named <paramref name="key"/> with <c>{0}</c>, <c>{1}</c>… filled in, invariantly.</summary>
    public static LocalizedText Format(string key, params object?[] arguments) => Resources.Format(key, arguments);
}
