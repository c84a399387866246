using System.Globalization;
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
    /// itself a <see cref="LocalizedText"/> is filled in the language of each side, so a message can hold a phrase
    /// (a province's name, a reason) that differs by language.
    /// </summary>
    public static LocalizedText Format(string key, params object?[] arguments)
    {
        var text = Resources.Get(key);
        return new LocalizedText(Fill(text.Zh, Language.Zh, arguments), Fill(text.En, Language.En, arguments));
    }

    private static string Fill(string format, Language language, object?[] arguments)
    {
        var filled = new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            filled[i] = arguments[i] is LocalizedText localized ? localized.In(language) : arguments[i];
        }

        return string.Format(CultureInfo.InvariantCulture, format, filled);
    }
}
