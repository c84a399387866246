namespace IcpBadge.Audits.Reports;

/// <summary>The formats of <c>icp-badge report</c>.</summary>
public enum ReportFormat
{
    /// <summary>One self-contained, printable HTML file (no request leaves it; readable without JavaScript).</summary>
    Html,

    /// <summary>A Markdown summary of at most 1 MB, for CI step summaries (<c>$GITHUB_STEP_SUMMARY</c>).</summary>
    Markdown,

    /// <summary>OpenMetrics text for node_exporter's textfile collector.</summary>
    OpenMetrics,
}
