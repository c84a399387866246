using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace IcpBadge.Audits;

/// <summary>How audits write an instant: China time with its offset, <c>2026-12-03T17:25:04+08:00</c>.</summary>
public static class AuditTime
{
    private static readonly OffsetDateTimePattern Pattern =
        OffsetDateTimePattern.Create("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>", CultureInfo.InvariantCulture, default);

    /// <summary>Formats <paramref name="instant"/> in China time (<c>Asia/Shanghai</c>, <c>+08:00</c>), to the second.</summary>
    public static string Format(Instant instant) => Pattern.Format(instant.InZone(ChinaTime.Zone).ToOffsetDateTime());
}
