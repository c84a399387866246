using System.CommandLine;

namespace IcpBadge.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary>The name of the global <c>--verbose</c> option.</summary>
    public const string VerboseName = "--verbose";

    /// <summary><c>--verbose</c>: stack traces for unexpected errors. Options are mutable, so each root gets its own.</summary>
    public static Option<bool> CreateVerbose() => new(VerboseName)
    {
        Description = "Show details (stack traces) for unexpected errors.",
        Recursive = true,
    };

    /// <summary><c>--config FILE</c>: the configuration file, <c>icpbadge.json</c> in the current folder by default.</summary>
    public static Option<string?> Config() => new("--config", "-c")
    {
        Description = "The configuration file (SPEC §2 schema, an \"IcpBadge\" section). Default: icpbadge.json in the current folder.",
        HelpName = "FILE",
    };

    /// <summary>A <c>--format</c> option limited to <paramref name="formats"/>, the first being the default.</summary>
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", formats) + ".",
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
    public static void RejectUnknownOptions(Argument argument) =>
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
}
