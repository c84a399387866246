using System.Diagnostics.CodeAnalysis;
using IcpBadge.Localization;

namespace IcpBadge.Provinces;

/// <summary>The outcome of <see cref="ProvinceCatalog.Lookup(string?)"/>: a province, or one sentence saying why not.</summary>
public sealed class ProvinceLookupResult
{
    private ProvinceLookupResult(string? input, Province? province, LocalizedText? errorText)
    {
        Input = input;
        Province = province;
        ErrorText = errorText;
    }

    /// <summary>The text that was looked up.</summary>
    public string? Input { get; }

    /// <summary>The province found, or <see langword="null"/> on failure.</summary>
    public Province? Province { get; }

    /// <summary>Why the lookup failed, listing the accepted forms, in English; <see langword="null"/> on success.</summary>
    public string? Error => ErrorText?.En;

    /// <summary>Why the lookup failed, listing the accepted forms, in both languages; <see langword="null"/> on success.</summary>
    public LocalizedText? ErrorText { get; }

    /// <summary>Whether a province was found.</summary>
    [MemberNotNullWhen(true, nameof(Province))]
    [MemberNotNullWhen(false, nameof(Error))]
    [MemberNotNullWhen(false, nameof(ErrorText))]
    public bool Success => Province is not null;

    internal static ProvinceLookupResult Found(string? input, Province province) => new(input, province, null);

    internal static ProvinceLookupResult Failure(string? input, LocalizedText error) => new(input, null, error);
}
