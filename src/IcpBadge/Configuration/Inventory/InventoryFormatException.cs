using IcpBadge.Localization;

namespace IcpBadge.Configuration;

/// <summary>
/// An inventory that cannot be read at all: not JSON, not <c>{ "Sites": [ ... ] }</c>, or a site's value of the wrong
/// JSON type. The message is one sentence naming the line, in English (<see cref="Text"/> has both languages);
/// <see cref="Line"/> and <see cref="Reason"/> give its parts.
/// </summary>
public sealed class InventoryFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="reason"/> (one language) at <paramref name="line"/> of the inventory <paramref name="sourceName"/>.</summary>
    public InventoryFormatException(string? sourceName, int? line, string reason)
        : this(sourceName, line, new LocalizedText(reason, reason))
    {
    }

    /// <summary>Creates the exception for <paramref name="reason"/> (both languages) at <paramref name="line"/> of the inventory <paramref name="sourceName"/>.</summary>
    public InventoryFormatException(string? sourceName, int? line, LocalizedText reason)
        : this(sourceName, line, reason, Describe(sourceName, line, reason ?? throw new ArgumentNullException(nameof(reason))))
    {
    }

    /// <summary>Creates the exception with its whole message given (a reader of another kind of file words it itself).</summary>
    internal InventoryFormatException(string? sourceName, int? line, LocalizedText reason, LocalizedText text)
        : base(text.En)
    {
        SourceName = sourceName;
        Line = line;
        Reason = reason.En;
        Text = text;
    }

    /// <summary>The name the inventory was read under, if one was given.</summary>
    public string? SourceName { get; }

    /// <summary>The line (from 1) where reading failed, when known.</summary>
    public int? Line { get; }

    /// <summary>What is wrong, in English, e.g. <c>Sites:2:Site:Domains:0: a domain is a host string or an object with Host and IcpNumber.</c></summary>
    public string Reason { get; }

    /// <summary>The whole message in both languages.</summary>
    public LocalizedText Text { get; }

    private static LocalizedText Describe(string? sourceName, int? line, LocalizedText reason) =>
        (sourceName, line) switch
        {
            (null, null) => CoreText.Resources.Format("Inventory.NotValid", reason),
            (null, { } number) => CoreText.Resources.Format("Inventory.NotValidAtLine", number, reason),
            (_, null) => CoreText.Resources.Format("Inventory.NamedNotValid", sourceName, reason),
            (_, { } number) => CoreText.Resources.Format("Inventory.NamedNotValidAtLine", sourceName, number, reason),
        };
}
