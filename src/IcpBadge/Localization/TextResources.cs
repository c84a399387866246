using System.Globalization;
using System.Reflection;
using System.Resources;

namespace IcpBadge.Localization;

/// <summary>
/// One assembly's user-facing strings: <c>Resources/Strings.resx</c> (English) and <c>Resources/Strings.zh-Hans.resx</c>
/// (简体中文), both embedded in the assembly itself — not as a satellite assembly, which a NativeAOT binary cannot
/// load. Every lookup returns both languages; the caller picks one with <see cref="LocalizedText.In"/>.
/// </summary>
public sealed class TextResources
{
    private readonly ResourceManager _english;
    private readonly ResourceManager _chinese;

    /// <summary>Reads the strings of <paramref name="assembly"/> under <paramref name="baseName"/>, e.g. <c>IcpBadge.Resources.Strings</c>.</summary>
    public TextResources(Assembly assembly, string baseName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrEmpty(baseName);
        _english = new ResourceManager(baseName, assembly);
        _chinese = new ResourceManager(baseName + ".zh-Hans", assembly);
    }

    /// <summary>The text named <paramref name="key"/> in both languages.</summary>
    /// <exception cref="KeyNotFoundException">The key is missing in either language (a test keeps both files complete).</exception>
    public LocalizedText Get(string key) => new(Read(_chinese, key, "zh-Hans"), Read(_english, key, "en"));

    /// <summary>
    /// The text named <paramref name="key"/> with <c>{0}</c>, <c>{1}</c>… filled in (invariant formatting), in both
    /// languages. An argument that is itself a <see cref="LocalizedText"/> is filled in in the same language.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The key is missing in either language.</exception>
    public LocalizedText Format(string key, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var text = Get(key);
        return new LocalizedText(
            string.Format(CultureInfo.InvariantCulture, text.Zh, In(arguments, Language.Zh)),
            string.Format(CultureInfo.InvariantCulture, text.En, In(arguments, Language.En)));
    }

    private static object?[] In(object?[] arguments, Language language) =>
        Array.Exists(arguments, a => a is LocalizedText)
            ? Array.ConvertAll(arguments, a => a is LocalizedText localized ? localized.In(language) : a)
            : arguments;

    private static string Read(ResourceManager manager, string key, string languageName) =>
        manager.GetString(key, CultureInfo.InvariantCulture)
        ?? throw new KeyNotFoundException($"The {languageName} resources have no string named '{key}'.");
}
