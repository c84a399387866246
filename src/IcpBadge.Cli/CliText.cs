using IcpBadge.Localization;

namespace IcpBadge.Cli;

/// <summary>
/// The CLI's user-facing strings (<c>Resources/Strings.resx</c>, <c>Resources/Strings.zh-Hans.resx</c>) in the one
/// language of this run: help, errors, tables, summaries, progress and prompts.
/// </summary>
internal sealed class CliText(Language language)
{
    /// <summary>The CLI assembly's strings in both languages.</summary>
    public static TextResources Resources { get; } = new(typeof(CliText).Assembly, "IcpBadge.Cli.Resources.Strings");

    /// <summary>The language this run prints in.</summary>
    public Language Language { get; } = language;

    /// <summary>The text named <paramref name="key"/>.</summary>
    public string this[string key] => Resources.Get(key).In(Language);

    /// <summary>The text named <paramref name="key"/> with its placeholders filled in.</summary>
    public string Format(string key, params object?[] arguments) => Resources.Format(key, arguments).In(Language);

    /// <summary>A core or verifier text in this run's language.</summary>
    public string Of(LocalizedText text) => text.In(Language);
}
