using IcpBadge.Provinces;

namespace IcpBadge.Filing;

/// <summary>
/// A parsed filing or licence number: an ICP filing number (<see cref="IcpFilingNumber"/>), an operating licence
/// (<see cref="OperatingLicenceNumber"/>) or a police filing number (<see cref="PoliceFilingNumber"/>).
/// </summary>
/// <remarks>
/// Values are immutable and compare equal when they have the same kind and canonical text. <see cref="ToString"/>
/// returns the canonical form, and parsing the canonical form gives an equal value.
/// </remarks>
public abstract class FilingNumber : IEquatable<FilingNumber>
{
    private protected FilingNumber(Province? province, string canonical)
    {
        Province = province;
        Canonical = canonical;
    }

    /// <summary>What kind of number this is.</summary>
    public abstract FilingNumberKind Kind { get; }

    /// <summary>The issuing province; <see langword="null"/> only for a national telecom licence without prefix (<c>B2-20233776</c>).</summary>
    public Province? Province { get; }

    /// <summary>The canonical link for this number: the MIIT system for ICP numbers, the public record for police numbers, none for licences.</summary>
    public abstract Uri? Link { get; }

    /// <summary>The canonical text, e.g. <c>京ICP备12345678号-1</c>.</summary>
    private protected string Canonical { get; }

    /// <summary>Equality operator.</summary>
    public static bool operator ==(FilingNumber? left, FilingNumber? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(FilingNumber? left, FilingNumber? right) => !Equals(left, right);

    /// <summary>Parses any kind of filing or licence number, reporting precisely what is wrong on failure; never throws.</summary>
    /// <param name="text">The number, possibly with full-width characters, spaces or a leading label.</param>
    public static FilingParseResult<FilingNumber> ParseAny(string? text) => FilingNumberParser.Parse(text);

    /// <summary>Returns the canonical text, e.g. <c>京ICP备12345678号-1</c>.</summary>
    public sealed override string ToString() => Canonical;

    /// <inheritdoc />
    public bool Equals(FilingNumber? other) =>
        other is not null && other.Kind == Kind && string.Equals(other.Canonical, Canonical, StringComparison.Ordinal);

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => obj is FilingNumber other && Equals(other);

    /// <inheritdoc />
    public sealed override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Canonical));
}
