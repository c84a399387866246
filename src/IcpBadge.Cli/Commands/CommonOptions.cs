using System.CommandLine;

namespace IcpBadge.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary>The name of the global <c>--verbose</c> option.</summary>
    public const string VerboseName = "--verbose";

    /// <summary><c>--verbose</c>: stack traces for unexpected errors. Options are mutable, so each root gets its own.</summary>
    public static Option<bool> CreateVerbose(CliText text) => new(VerboseName)
    {
        Description = text["Option.Verbose"],
        Recursive = true,
    };

    /// <summary>
    /// <c>--lang zh|en</c> on every command. <see cref="LanguageChoice"/> reads it from the arguments before the tree
    /// is built (help is in that language); the parser only accepts it.
    /// </summary>
    public static Option<string?> CreateLanguage(CliText text) => new(LanguageChoice.OptionName)
    {
        Description = text["Option.Lang"],
        HelpName = "zh|en",
        Recursive = true,
    };

    /// <summary><c>--config FILE</c>: the configuration file, <c>icpbadge.json</c> in the current folder by default.</summary>
    public static Option<string?> Config(CliText text) => new("--config", "-c")
    {
        Description = text["Option.Config"],
        HelpName = "FILE",
    };

    /// <summary>A <c>--format</c> option limited to <paramref name="formats"/>, the first being the default.</summary>
    public static Option<string> Format(CliText text, params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = text.Format("Option.Format", string.Join(text["List.Separator"], formats)),
            DefaultValueFactory = _ => formats[0],
            HelpName = string.Join('|', formats),
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>
    /// Reports a value such as <c>--bogus</c> as an unknown option. System.CommandLine would otherwise hand it to
    /// <paramref name="argument"/> as a number or province; no filing number or province name starts with '-'.
    /// </summary>
    public static void RejectUnknownOptions(Argument argument, CliText text) =>
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError(text.Format("Error.UnknownOption", token.Value));
                }
            }
        });
}
