using IcpBadge.Filing;

namespace IcpBadge.Cli.Output;

/// <summary>What <c>icp-badge number</c> reports about one input, in the shape of its JSON output.</summary>
internal sealed record NumberExplanation(
    string Input,
    bool Valid,
    FilingNumberKind? Kind,
    Provinces.Province? Province,
    string? Canonical,
    string? Main,
    Uri? Link,
    IReadOnlyList<FilingNormalization> Normalizations,
    string? Error,
    bool HasUnusualSerialLength)
{
    /// <summary>Explains one input.</summary>
    public static NumberExplanation For(string input)
    {
        var result = FilingNumber.ParseAny(input);
        if (!result.TryGetValue(out var number))
        {
            return new NumberExplanation(input, false, null, null, null, null, null, result.Normalizations, result.Error!.Message, false);
        }

        var icp = number as IcpFilingNumber;
        return new NumberExplanation(
            input,
            true,
            number.Kind,
            number.Province,
            number.ToString(),
            icp is { IsMain: false } ? icp.Main.ToString() : null,
            number.Link,
            result.Normalizations,
            null,
            icp?.HasUnusualSerialLength ?? false);
    }
}
