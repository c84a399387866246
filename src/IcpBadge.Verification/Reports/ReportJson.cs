using System.Text.Encodings.Web;
using System.Text.Json;

namespace IcpBadge.Verification;

/// <summary>The JSON settings of the reports: indented, and Chinese kept readable (the output is data, never embedded in HTML).</summary>
internal static class ReportJson
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
