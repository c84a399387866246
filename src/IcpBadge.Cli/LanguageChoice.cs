using IcpBadge.Localization;

namespace IcpBadge.Cli;

/// <summary>
/// The language of one run, known before the command tree is built (help descriptions are in it): <c>--lang</c>
/// (or <c>--lang=</c>) anywhere before <c>--</c>, else <c>ICPBADGE_LANG</c>, else the POSIX locale.
/// </summary>
internal static class LanguageChoice
{
    /// <summary>The option's name.</summary>
    public const string OptionName = "--lang";

    /// <summary>
    /// The chosen language, or false with <paramref name="problem"/>: the one line naming an invalid <c>--lang</c> or
    /// <c>ICPBADGE_LANG</c> value (in the language the rest of the environment chooses).
    /// </summary>
    public static bool TryChoose(string[] args, Func<string, string?> getVariable, out Language language, out string? problem)
    {
        problem = null;
        var fallback = LanguageSelection.FromPosixLocale(getVariable);
        var variable = getVariable(LanguageSelection.EnvironmentVariable);
        var variableValid = LanguageSelection.TryParse(variable, out var fromVariable);
        if (string.IsNullOrWhiteSpace(variable))
        {
            variable = null;
        }

        if (FindOption(args) is { } given)
        {
            if (LanguageSelection.TryParse(given, out language))
            {
                return true;
            }

            language = variableValid ? fromVariable : fallback;
            problem = Invalid(OptionName, given, language);
            return false;
        }

        if (variable is not null)
        {
            language = variableValid ? fromVariable : fallback;
            problem = variableValid ? null : Invalid(LanguageSelection.EnvironmentVariable, variable, language);
            return variableValid;
        }

        language = fallback;
        return true;
    }

    /// <summary>The last <c>--lang</c> value before <c>--</c>, or null; a <c>--lang</c> without a value is left to the parser.</summary>
    private static string? FindOption(string[] args)
    {
        string? value = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                break;
            }

            if (arg == OptionName && i + 1 < args.Length)
            {
                value = args[++i];
            }
            else if (arg.StartsWith(OptionName + "=", StringComparison.Ordinal) || arg.StartsWith(OptionName + ":", StringComparison.Ordinal))
            {
                value = arg[(OptionName.Length + 1)..];
            }
        }

        return value;
    }

    private static string Invalid(string source, string value, Language language) =>
        new CliText(language).Format("Error.Language", source, CoreText.Resources.Format("Language.Invalid", value).In(language));
}
