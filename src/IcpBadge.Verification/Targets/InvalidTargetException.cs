namespace IcpBadge.Verification;

/// <summary>A target is neither a file, a folder, an http(s) URL nor a domain name; the message says so in one line.</summary>
public sealed class InvalidTargetException : Exception
{
    /// <summary>Creates the exception without a message.</summary>
    public InvalidTargetException()
    {
    }

    /// <summary>Creates the exception with the reason.</summary>
    public InvalidTargetException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and the error that caused it.</summary>
    public InvalidTargetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The target as given.</summary>
    public string? Target { get; init; }
}
