namespace IcpBadge.Cli.Output;

/// <summary>
/// Puts the section headings of System.CommandLine's help ("Usage:", "Options:"…) into the run's language. Its own
/// translations live in satellite assemblies, which neither the NativeAOT binary nor invariant globalization loads,
/// so the headings are replaced in the finished text instead; everything else in help is already ours.
/// </summary>
internal static class HelpHeadings
{
    private static readonly (string English, string Key)[] Headings =
    [
        ("Description:", "Help.Description"),
        ("Usage:", "Help.Usage"),
        ("Arguments:", "Help.Arguments"),
        ("Options:", "Help.Options"),
        ("Commands:", "Help.Commands"),
    ];

    /// <summary>
    /// <paramref name="help"/> with each heading line, the <c>[default: …]</c> label and the usage line's
    /// <c>[command]</c> and <c>[options]</c> in the language of <paramref name="text"/>.
    /// </summary>
    public static string Translate(string help, CliText text)
    {
        var lines = help.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            foreach (var (english, key) in Headings)
            {
                if (line == english)
                {
                    lines[i] = text[key];
                    break;
                }
            }

            lines[i] = lines[i]
                .Replace("[default: ", text["Help.DefaultLabel"], StringComparison.Ordinal)
                .Replace("[command]", text["Help.UsageCommand"], StringComparison.Ordinal)
                .Replace("[options]", text["Help.UsageOptions"], StringComparison.Ordinal);
        }

        return string.Join('\n', lines);
    }
}
