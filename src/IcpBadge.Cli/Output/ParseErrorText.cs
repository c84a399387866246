using System.Text.RegularExpressions;
using IcpBadge.Localization;

namespace IcpBadge.Cli.Output;

/// <summary>
/// System.CommandLine's parse errors in the run's language. Its translations are satellite assemblies, which
/// neither the NativeAOT binary nor invariant globalization loads, so the common messages are recognised by their
/// English wording (each resource's English text is the parser's own format) and told again from our resources.
/// </summary>
internal static class ParseErrorText
{
    // The more specific formats first: "for option" before the bare "Cannot parse argument".
    private static readonly string[] Keys =
    [
        "ParseError.CannotParseForOption",
        "ParseError.CannotParseForCommand",
        "ParseError.CannotParse",
        "ParseError.CommandArgumentMissing",
        "ParseError.OptionArgumentMissing",
        "ParseError.OptionExpectsOne",
        "ParseError.OptionRequired",
        "ParseError.NotOneOf",
        "ParseError.Unrecognized",
    ];

    /// <summary><paramref name="message"/> in the language of <paramref name="text"/>; unchanged in English or when not recognised.</summary>
    public static string Translate(string message, CliText text)
    {
        if (text.Language == Language.En)
        {
            return message;
        }

        foreach (var key in Keys)
        {
            var match = Pattern(CliText.Resources.Get(key).En).Match(message);
            if (match.Success)
            {
                var values = Enumerable.Range(0, 4).Select(i => match.Groups["p" + i] is { Success: true } g ? g.Value : null).ToArray();
                return text.Format(key, values);
            }
        }

        return message;
    }

    private static Regex Pattern(string format) =>
        new("^" + Regex.Replace(Regex.Escape(format), @"\\\{(\d)}", m => "(?<p" + m.Groups[1].Value + ">.*?)") + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
}
