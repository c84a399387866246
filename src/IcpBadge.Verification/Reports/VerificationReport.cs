using IcpBadge.Localization;
using IcpBadge.Verification.Sitemaps;

namespace IcpBadge.Verification;

/// <summary>
/// What a <see cref="SiteVerifier"/> run found: one <see cref="TargetReport"/> per target, in target order, and the
/// sitemaps read. Its writers produce exactly what <c>icp-badge verify --format text|json|sarif|junit</c> prints.
/// </summary>
public sealed class VerificationReport
{
    /// <summary>Creates a report of <paramref name="targets"/>.</summary>
    /// <param name="targets">One report per target, in target order.</param>
    /// <param name="sitemaps">The sitemaps the run read, in the order given; none when null.</param>
    public VerificationReport(IReadOnlyList<TargetReport> targets, IReadOnlyList<SitemapPages>? sitemaps = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        Targets = targets;
        Sitemaps = sitemaps ?? [];
    }

    /// <summary>One report per target, in target order.</summary>
    public IReadOnlyList<TargetReport> Targets { get; }

    /// <summary>The sitemaps the run read, with their pages and notes (sitemaps listed twice, entries skipped).</summary>
    public IReadOnlyList<SitemapPages> Sitemaps { get; }

    /// <summary>The number of error findings over every target.</summary>
    public int Errors => Targets.Sum(t => t.Count(FindingSeverity.Error));

    /// <summary>The number of warning findings over every target.</summary>
    public int Warnings => Targets.Sum(t => t.Count(FindingSeverity.Warning));

    /// <summary>Whether any target has an error finding (<c>verify</c> exits 1).</summary>
    public bool HasErrors => Targets.Any(t => t.Findings.Any(f => f.Severity == FindingSeverity.Error));

    /// <summary>Writes the report as text (<c>verify --format text</c>): a block per target and a summary line, in <paramref name="language"/>.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="language">The language of every line: the findings' messages and the report's own words.</param>
    public void WriteText(TextWriter output, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        TextReportWriter.Write(output, Targets, language);
    }

    /// <summary>
    /// Writes the report as UTF-8 JSON (<c>verify --format json</c>), ending with a newline. It is the same in every
    /// language: each finding has its English <c>message</c> and <c>messages</c> in both languages.
    /// </summary>
    public void WriteJson(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        JsonReportWriter.Write(output, Targets);
    }

    /// <summary>
    /// Writes the report as UTF-8 SARIF 2.1.0 (<c>verify --format sarif</c>): every rule of
    /// <see cref="VerificationRules.All"/>, one result per finding, ending with a newline.
    /// </summary>
    public void WriteSarif(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        SarifReportWriter.Write(output, Targets);
    }

    /// <summary>
    /// Writes the report as UTF-8 JUnit XML (<c>verify --format junit</c>): a test suite per target, a test case per
    /// finding (errors fail), ending with a newline.
    /// </summary>
    public void WriteJUnit(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        JUnitReportWriter.Write(output, Targets);
    }
}
