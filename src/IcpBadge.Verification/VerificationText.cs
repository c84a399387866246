using IcpBadge.Localization;

namespace IcpBadge.Verification;

/// <summary>
/// The verifier's user-facing strings (<c>Resources/Strings*.resx</c>): rule titles, finding messages, fetch failures
/// and the text report's words. Every message is made here, in both languages at once.
/// </summary>
internal static class VerificationText
{
    private static readonly TextResources Resources = new(typeof(VerificationText).Assembly, "IcpBadge.Verification.Resources.Strings");

    /// <summary>The text named <paramref name="key"/> in both languages.</summary>
    public static LocalizedText Get(string key) => Resources.Get(key);

    /// <summary>
    /// The text named <paramref name="key"/> with <c>{0}</c>, <c>{1}</c>… filled in, invariantly. An argument that is
    /// itself a <see cref="LocalizedText"/> (a province's name, a reason) is filled in the language of each side.
    /// </summary>
    public static LocalizedText Format(string key, params object?[] arguments) => Resources.Format(key, arguments);
}
