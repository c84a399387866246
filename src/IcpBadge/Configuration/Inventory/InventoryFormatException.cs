namespace IcpBadge.Configuration;

/// <summary>
/// An inventory that cannot be read at all: not JSON, not <c>{ "Sites": [ ... ] }</c>, or a site's value of the wrong
/// JSON type. The message is one sentence naming the line; <see cref="Line"/> and <see cref="Reason"/> give its parts.
/// </summary>
public sealed class InventoryFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="reason"/> at <paramref name="line"/> of the inventory <paramref name="sourceName"/>.</summary>
    public InventoryFormatException(string? sourceName, int? line, string reason)
        : base(Describe(sourceName, line, reason))
    {
        SourceName = sourceName;
        Line = line;
        Reason = reason;
    }

    /// <summary>The name the inventory was read under, if one was given.</summary>
    public string? SourceName { get; }

    /// <summary>The line (from 1) where reading failed, when known.</summary>
    public int? Line { get; }

    /// <summary>What is wrong, e.g. <c>Sites:2:Site:Domains:0: a domain is a host string or an object with Host and IcpNumber.</c></summary>
    public string Reason { get; }

    private static string Describe(string? sourceName, int? line, string reason)
    {
        var where = line is { } number ? $" (line {number})" : string.Empty;
        return sourceName is null ? $"not a valid inventory{where}: {reason}" : $"{sourceName}: not a valid inventory{where}: {reason}";
    }
}
