namespace IcpBadge.Localization;

/// <summary>
/// Which language a command prints in: an explicit choice (<c>--lang</c>, then <c>ICPBADGE_LANG</c>), else the POSIX
/// locale — the first of <c>LC_ALL</c>, <c>LC_MESSAGES</c> and <c>LANG</c> that is set — where <c>zh*</c> means Chinese
/// and anything else (<c>C</c>, <c>POSIX</c>, <c>en_US.UTF-8</c>…) English.
/// </summary>
public static class LanguageSelection
{
    /// <summary>The environment variable that chooses the language when no <c>--lang</c> is given.</summary>
    public const string EnvironmentVariable = "ICPBADGE_LANG";

    private static readonly string[] LocaleVariables = ["LC_ALL", "LC_MESSAGES", "LANG"];

    /// <summary>
    /// Reads <c>zh</c> or <c>en</c> (any case; a locale such as <c>zh_CN.UTF-8</c> or <c>en-US</c> is read by its
    /// language), or returns false for anything else.
    /// </summary>
    public static bool TryParse(string? value, out Language language)
    {
        var name = value?.Trim() ?? string.Empty;
        if (StartsWithLanguage(name, "zh"))
        {
            language = Language.Zh;
            return true;
        }

        if (StartsWithLanguage(name, "en"))
        {
            language = Language.En;
            return true;
        }

        language = Language.Zh;
        return false;
    }

    /// <summary>
    /// The language of terminal output when the user chose none: <c>ICPBADGE_LANG</c> when it names a language, else the
    /// POSIX locale.
    /// </summary>
    /// <param name="getVariable">Reads an environment variable (<see cref="Environment.GetEnvironmentVariable(string)"/>, or a test's table).</param>
    public static Language FromEnvironment(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        if (TryParse(getVariable(EnvironmentVariable), out var chosen))
        {
            return chosen;
        }

        return FromPosixLocale(getVariable);
    }

    /// <summary>The language of the POSIX locale: the first of <c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c> that is set and not empty; <c>zh*</c> → Chinese, anything else → English.</summary>
    public static Language FromPosixLocale(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        foreach (var variable in LocaleVariables)
        {
            var value = getVariable(variable);
            if (!string.IsNullOrEmpty(value))
            {
                return value.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Language.Zh : Language.En;
            }
        }

        return Language.En;
    }

    /// <summary>The code written in documents and accepted by <c>--lang</c>: <c>zh</c> or <c>en</c>.</summary>
    public static string Code(this Language language) => language == Language.En ? "en" : "zh";

    // "zh", "zh-CN", "zh_CN.UTF-8", "zh-Hans" — but not "zhx".
    private static bool StartsWithLanguage(string name, string code) =>
        name.StartsWith(code, StringComparison.OrdinalIgnoreCase)
        && (name.Length == code.Length || name[code.Length] is '-' or '_' or '.' or '@');
}
