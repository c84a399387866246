using IcpBadge.Localization;

namespace IcpBadge.Configuration;

/// <summary>One problem in a configuration: the field path, the value found and the rule it breaks, in both languages.</summary>
public sealed class ConfigurationProblem
{
    /// <summary>Creates a problem whose rule is given in both languages.</summary>
    public ConfigurationProblem(string path, string? value, LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Path = path;
        Value = value;
        Text = text;
    }

    /// <summary>Creates a problem whose rule is given in one language only (it is then shown as it is in both).</summary>
    public ConfigurationProblem(string path, string? value, string message)
        : this(path, value, new LocalizedText(message, message))
    {
    }

    /// <summary>The field path, e.g. <c>IcpBadge:Police:Number</c>.</summary>
    public string Path { get; }

    /// <summary>The value found, or <see langword="null"/> when the field is missing.</summary>
    public string? Value { get; }

    /// <summary>The rule that is broken, as one sentence in each language.</summary>
    public LocalizedText Text { get; }

    /// <summary>The rule that is broken, as one sentence in English (<see cref="Text"/>'s <see cref="LocalizedText.En"/>).</summary>
    public string Message => Text.En;

    /// <summary><c>IcpBadge:Police:Number = '…': message</c>, one line in English.</summary>
    public override string ToString() => ToString(Language.En);

    /// <summary><c>IcpBadge:Police:Number = '…': message</c> (<c>IcpBadge:Police:Number = “…”：message</c> in Chinese), one line.</summary>
    public string ToString(Language language) =>
        language == Language.En
            ? Value is null ? $"{Path}: {Text.En}" : $"{Path} = '{Value}': {Text.En}"
            : Value is null ? $"{Path}：{Text.Zh}" : $"{Path} = “{Value}”：{Text.Zh}";

    /// <summary>The same problem under another path (e.g. prefixed with the site of an inventory).</summary>
    internal ConfigurationProblem At(string path) => new(path, Value, Text);
}
