using System.Text;
using IcpBadge.Audits.History;

namespace IcpBadge.Audits.Reports;

/// <summary>
/// Reports on a run from the history (<c>icp-badge report</c>): HTML for people (self-contained, printable),
/// Markdown for CI step summaries, OpenMetrics for Prometheus. Chinese by default.
/// </summary>
/// <example>
/// <code>
/// await using var history = AuditHistory.Open("audit.db");
/// StoredRun run = await AuditReport.LoadRunAsync(history, "latest");
/// using var file = File.Create("report.html");
/// AuditReport.Write(file, run, ReportFormat.Html, new AuditReportOptions { Language = Language.Zh });
/// </code>
/// </example>
public static class AuditReport
{
    /// <summary>What <c>--run</c> takes for the newest run in the history, complete or not.</summary>
    public const string Latest = "latest";

    /// <summary>
    /// The run <paramref name="run"/> names (<see cref="Latest"/>: the newest run, complete or not — an incomplete
    /// one is marked in the report).
    /// </summary>
    /// <exception cref="AuditInputException">The history has no runs, or none with that id (exit 2).</exception>
    /// <exception cref="AuditHistoryException">The store failed (exit 3).</exception>
    public static async Task<StoredRun> LoadRunAsync(AuditHistoryStore history, string run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentException.ThrowIfNullOrWhiteSpace(run);
        var runId = run.Trim();
        if (string.Equals(runId, Latest, StringComparison.OrdinalIgnoreCase))
        {
            var newest = await history.ListRunsAsync(1, cancellationToken).ConfigureAwait(false);
            if (newest.Count == 0)
            {
                throw new AuditInputException(AuditsText.Format("Report.NoRuns", history.Description));
            }

            runId = newest[0].RunId;
        }

        return await history.LoadRunAsync(runId, cancellationToken).ConfigureAwait(false)
            ?? throw new AuditInputException(AuditsText.Format("Report.NoSuchRun", runId, history.Description));
    }

    /// <summary>Writes the report of <paramref name="run"/> in <paramref name="format"/> to <paramref name="output"/> (UTF-8, no BOM).</summary>
    public static void Write(Stream output, StoredRun run, ReportFormat format, AuditReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(run);
        options ??= new AuditReportOptions();
        var view = new ReportView(run.Run, run.MissingShards);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        switch (format)
        {
            case ReportFormat.Html:
                new HtmlReportWriter(writer, view, options).Write();
                break;
            case ReportFormat.Markdown:
                writer.Write(new MarkdownReportWriter(view, options.Language).Write());
                break;
            case ReportFormat.OpenMetrics:
                writer.Write(OpenMetricsWriter.Write(view));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    /// <summary>Reads <c>html</c>, <c>markdown</c> or <c>openmetrics</c> (case-insensitive).</summary>
    public static bool TryParseFormat(string? text, out ReportFormat format)
    {
        format = text?.Trim().ToLowerInvariant() switch
        {
            "html" => ReportFormat.Html,
            "markdown" or "md" => ReportFormat.Markdown,
            "openmetrics" => ReportFormat.OpenMetrics,
            _ => (ReportFormat)(-1),
        };
        return Enum.IsDefined(format);
    }
}
