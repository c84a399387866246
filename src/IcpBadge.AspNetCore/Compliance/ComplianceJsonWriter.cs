using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using IcpBadge.Deadlines;
using IcpBadge.Deadlines.Reports;

namespace IcpBadge.AspNetCore.Compliance;

/// <summary>
/// The compliance endpoint's JSON: the same obligations as <c>icp-badge deadlines --format json</c> and the same
/// report as <c>icp-badge verify --format json</c>, each embedded as those writers write it, plus the request host's
/// footer display and when and how the self-check ran. Language-neutral: prose comes as <c>{ "zh", "en" }</c>.
/// </summary>
internal static class ComplianceJsonWriter
{
    public static byte[] Write(SiteDeadlines deadlines, SelfCheckResult check, string requestHost, bool footerShown)
    {
        using var output = new MemoryStream();
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("site", deadlines.Name);
            json.WriteStartObject("footer");
            json.WriteString("host", requestHost);
            json.WriteBoolean("shown", footerShown);
            json.WriteEndObject();
            json.WritePropertyName("deadlines");
            json.WriteRawValue(Deadlines(deadlines));
            json.WriteStartObject("selfCheck");
            json.WriteString("checkedAt", check.CheckedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            if (check.Url is null)
            {
                json.WriteNull("url");
            }
            else
            {
                json.WriteString("url", check.Url.AbsoluteUri);
            }

            if (check.Host is null)
            {
                json.WriteNull("host");
            }
            else
            {
                json.WriteString("host", check.Host);
            }

            json.WritePropertyName("report");
            if (check.Report is { } report)
            {
                using var buffer = new MemoryStream();
                report.WriteJson(buffer);
                json.WriteRawValue(buffer.ToArray());
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return output.ToArray();
    }

    private static byte[] Deadlines(SiteDeadlines deadlines)
    {
        using var buffer = new MemoryStream();
        using (var writer = new DeadlinesJsonWriter(buffer, deadlines.Today))
        {
            writer.Add(deadlines);
            writer.Complete();
        }

        return buffer.ToArray();
    }
}
