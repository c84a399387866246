using System.Globalization;

namespace IcpBadge.Screenshots;

/// <summary>A command, its positional arguments and its <c>--name value</c> options (a name alone is a flag).</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options;

    private CommandLine(string command, List<string> positionals, Dictionary<string, string?> options)
    {
        Command = command;
        Positionals = positionals;
        _options = options;
    }

    private static readonly HashSet<string> Flags = ["dark"];

    public string Command { get; }

    public IReadOnlyList<string> Positionals { get; }

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positionals.Add(args[i]);
                continue;
            }

            var name = args[i][2..];
            if (Flags.Contains(name))
            {
                options[name] = null;
            }
            else if (i + 1 < args.Count)
            {
                options[name] = args[++i];
            }
            else
            {
                throw new ArgumentException($"--{name} needs a value.");
            }
        }

        return new CommandLine(args.Count > 0 ? args[0] : string.Empty, positionals, options);
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Value(string name) => _options.GetValueOrDefault(name);

    public int Int(string name, int fallback) =>
        Value(name) is { } text ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) =>
        Value(name) is { } text ? double.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : fallback;
}
