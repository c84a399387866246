using System.Diagnostics.CodeAnalysis;

namespace IcpBadge.Filing;

/// <summary>
/// The outcome of parsing a filing or licence number: the value and the normalisations applied, or a precise error.
/// Parsing never throws; <see cref="GetValueOrThrow"/> turns a failure into a <see cref="FormatException"/>.
/// </summary>
/// <typeparam name="T">The kind of number parsed.</typeparam>
public sealed class FilingParseResult<T>
    where T : FilingNumber
{
    private readonly T? _value;

    private FilingParseResult(string input, T? value, FilingParseError? error, IReadOnlyList<FilingNormalization> normalizations)
    {
        Input = input;
        _value = value;
        Error = error;
        Normalizations = normalizations;
    }

    /// <summary>The text that was parsed.</summary>
    public string Input { get; }

    /// <summary>Whether the input is a valid number of the requested kind.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>The parsed number.</summary>
    /// <exception cref="InvalidOperationException">The parse failed.</exception>
    public T Value => _value ?? throw new InvalidOperationException("The parse failed: " + Error!.Message);

    /// <summary>Why the parse failed, or <see langword="null"/> on success.</summary>
    public FilingParseError? Error { get; }

    /// <summary>The normalisations the lenient parser applied, in a fixed order; empty for canonical input and when the parse failed.</summary>
    public IReadOnlyList<FilingNormalization> Normalizations { get; }

    /// <summary>Returns the value, or throws a <see cref="FormatException"/> carrying the error message.</summary>
    /// <exception cref="FormatException">The parse failed.</exception>
    public T GetValueOrThrow() => _value ?? throw new FormatException(Error!.Message);

    /// <summary>Gets the value when the parse succeeded.</summary>
    public bool TryGetValue([NotNullWhen(true)] out T? value)
    {
        value = _value;
        return value is not null;
    }

    internal static FilingParseResult<T> ForValue(string input, T value, IReadOnlyList<FilingNormalization> normalizations) =>
        new(input, value, null, normalizations);

    internal static FilingParseResult<T> ForError(string input, FilingParseError error, IReadOnlyList<FilingNormalization> normalizations) =>
        new(input, null, error, normalizations);
}
