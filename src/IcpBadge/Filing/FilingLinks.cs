namespace IcpBadge.Filing;

/// <summary>The canonical link targets for filing numbers.</summary>
public static class FilingLinks
{
    /// <summary>The national MIIT filing system, where every ICP number is checked: <c>https://beian.miit.gov.cn/</c>.</summary>
    public static Uri Miit { get; } = new("https://beian.miit.gov.cn/");

    /// <summary>The host of the national police filing platform since November 2023.</summary>
    public const string PoliceHost = "beian.mps.gov.cn";

    /// <summary>The public record of a police filing number: <c>https://beian.mps.gov.cn/#/query/webSearch?code=…</c>.</summary>
    /// <param name="digits">The number's 14 digits.</param>
    public static Uri PoliceRecord(string digits)
    {
        ArgumentException.ThrowIfNullOrEmpty(digits);
        return new Uri("https://" + PoliceHost + "/#/query/webSearch?code=" + Uri.EscapeDataString(digits));
    }
}
