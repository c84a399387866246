using System.Globalization;
using IcpBadge.Localization;

namespace IcpBadge.Filing;

/// <summary>What is wrong with an input and where.</summary>
public sealed class FilingParseError
{
    // The Chinese sentence when it says more than the code's (a number of the wrong kind names both kinds).
    private readonly string? _chinese;

    internal FilingParseError(FilingParseErrorCode code, int position, string message, string? chinese = null)
    {
        Code = code;
        Position = position;
        Message = message;
        _chinese = chinese;
    }

    /// <summary>The kind of problem.</summary>
    public FilingParseErrorCode Code { get; }

    /// <summary>Zero-based index in the original input where the problem starts.</summary>
    public int Position { get; }

    /// <summary>One sentence in English saying precisely what is wrong and where (character positions are 1-based in the text).</summary>
    public string Message { get; }

    /// <summary>
    /// What is wrong in both languages: <see cref="Message"/> in English; in Chinese, one sentence for the
    /// <see cref="Code"/> naming the character where the problem starts.
    /// </summary>
    /// <remarks>Built when asked for: the verifier parses many candidates and reads only the messages it reports.</remarks>
    public LocalizedText Text =>
        new(_chinese ?? CoreText.Resources.Format("Filing.Error." + Code, (Position + 1).ToString(CultureInfo.InvariantCulture)).Zh, Message);

    /// <inheritdoc />
    public override string ToString() => Message;
}
