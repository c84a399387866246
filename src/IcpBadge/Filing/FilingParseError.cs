namespace IcpBadge.Filing;

/// <summary>What is wrong with an input and where.</summary>
public sealed class FilingParseError
{
    internal FilingParseError(FilingParseErrorCode code, int position, string message)
    {
        Code = code;
        Position = position;
        Message = message;
    }

    /// <summary>The kind of problem.</summary>
    public FilingParseErrorCode Code { get; }

    /// <summary>Zero-based index in the original input where the problem starts.</summary>
    public int Position { get; }

    /// <summary>One sentence saying precisely what is wrong and where (character positions are 1-based in the text).</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Message;
}
