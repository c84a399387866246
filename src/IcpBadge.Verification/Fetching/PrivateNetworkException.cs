using IcpBadge.Localization;

namespace IcpBadge.Verification.Fetching;

/// <summary>Thrown by the connect callback when every address of a target is in a private network; the fetcher reports it as NET001.</summary>
internal sealed class PrivateNetworkException(LocalizedText reason) : IOException(reason.En)
{
    /// <summary>Why the target was refused, in both languages.</summary>
    public LocalizedText Reason { get; } = reason;
}
