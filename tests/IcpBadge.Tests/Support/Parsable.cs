using System.Diagnostics.CodeAnalysis;

namespace IcpBadge.Tests.Support;

/// <summary>Calls the <see cref="IParsable{TSelf}"/> / <see cref="ISpanParsable{TSelf}"/> members, which the number types implement explicitly.</summary>
internal static class Parsable
{
    public static T Parse<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);

    public static T Span<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), null);

    public static bool TryParse<T>(string? text, [MaybeNullWhen(false)] out T result)
        where T : IParsable<T> => T.TryParse(text, null, out result);

    public static bool TrySpan<T>(string? text, [MaybeNullWhen(false)] out T result)
        where T : ISpanParsable<T> => T.TryParse(text.AsSpan(), null, out result);
}
