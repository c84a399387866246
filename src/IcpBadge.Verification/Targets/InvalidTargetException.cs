using IcpBadge.Localization;

namespace IcpBadge.Verification;

/// <summary>A target is neither a file, a folder, an http(s) URL nor a domain name; the message says so in one line.</summary>
public sealed class InvalidTargetException : Exception
{
    /// <summary>Creates the exception without a message.</summary>
    public InvalidTargetException()
    {
        Text = new LocalizedText(Message, Message);
    }

    /// <summary>Creates the exception with the reason, in English only.</summary>
    public InvalidTargetException(string message)
        : base(message)
    {
        Text = new LocalizedText(Message, Message);
    }

    /// <summary>Creates the exception with the reason and the error that caused it, in English only.</summary>
    public InvalidTargetException(string message, Exception innerException)
        : base(message, innerException)
    {
        Text = new LocalizedText(Message, Message);
    }

    /// <summary>Creates the exception with the reason in both languages; <see cref="Exception.Message"/> is the English.</summary>
    public InvalidTargetException(LocalizedText text)
        : base(text?.En)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The reason in Chinese and English, to show in the run's language.</summary>
    public LocalizedText Text { get; }

    /// <summary>The target as given.</summary>
    public string? Target { get; init; }
}
