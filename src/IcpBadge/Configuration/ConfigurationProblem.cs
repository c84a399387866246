namespace IcpBadge.Configuration;

/// <summary>One problem in a configuration: the field path, the value found and the rule it breaks.</summary>
public sealed class ConfigurationProblem
{
    /// <summary>Creates a problem.</summary>
    public ConfigurationProblem(string path, string? value, string message)
    {
        Path = path;
        Value = value;
        Message = message;
    }

    /// <summary>The field path, e.g. <c>IcpBadge:Police:Number</c>.</summary>
    public string Path { get; }

    /// <summary>The value found, or <see langword="null"/> when the field is missing.</summary>
    public string? Value { get; }

    /// <summary>The rule that is broken, as one sentence.</summary>
    public string Message { get; }

    /// <summary><c>IcpBadge:Police:Number = '…': message</c>, one line.</summary>
    public override string ToString() =>
        Value is null ? $"{Path}: {Message}" : $"{Path} = '{Value}': {Message}";
}
