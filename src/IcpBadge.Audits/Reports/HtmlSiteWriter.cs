using System.Security.Cryptography;
using IcpBadge.Configuration;
using IcpBadge.Localization;
using IcpBadge.Verification;

namespace IcpBadge.Audits.Reports;

/// <summary>One site's section of the HTML report: its open and done obligations with their legal basis, its pages' findings with evidence, and its changes since the last run.</summary>
internal sealed class HtmlSiteWriter(TextWriter output, SiteView view, AuditReportOptions options)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly Language _language = options.Language;

    public void Write()
    {
        var site = view.Site;
        output.Write($"<article class=\"site k-{view.Standing}\" id=\"{view.Anchor}\" data-site=\"{E(site.Id)}\">\n<header><h3>{E(site.Name)}</h3><span class=\"id\">{E(site.Id)}</span><span class=\"badge s-{view.Standing}\">{E(ReportView.Word(view.Standing).In(_language))}</span></header>\n");
        WriteObligations();
        WriteTargets();
        WriteChanges();
        output.Write("</article>\n");
    }

    private void WriteObligations()
    {
        var obligations = view.Site.Obligations;
        if (obligations.Count == 0)
        {
            return;
        }

        output.Write($"<h4>{E(T("Report.Obligations"))}</h4>\n<table class=\"obligations\"><thead><tr><th>{E(T("Report.Column.Obligation"))}</th><th>{E(T("Report.Column.Due"))}</th><th>{E(T("Report.Column.State"))}</th><th>{E(T("Report.Column.Basis"))}</th></tr></thead><tbody>\n");
        foreach (var obligation in obligations)
        {
            var badge = obligation.State switch
            {
                Deadlines.ObligationState.Overdue => "s-Overdue",
                Deadlines.ObligationState.DueSoon => "s-DueSoon",
                Deadlines.ObligationState.Done or Deadlines.ObligationState.DoneLate => "s-Ok",
                _ => "",
            };
            var subject = obligation.Subject is { } s ? $" <span class=\"muted\">({E(s.In(_language))})</span>" : "";
            output.Write($"<tr data-obligation=\"{E(obligation.Id)}\" data-state=\"{obligation.State}\"><td><b>{E(obligation.Id)}</b> {E(obligation.Definition.Title.In(_language))}{subject}</td>");
            output.Write($"<td>{E(obligation.Due is { } due ? IsoDate.Format(due) : "—")}</td>");
            output.Write($"<td><span class=\"badge {badge}\">{E(ReportView.ObligationStatus(obligation).In(_language))}</span></td>");
            output.Write($"<td class=\"basis\">{E(obligation.Definition.Source.In(_language))}</td></tr>\n");
        }

        output.Write("</tbody></table>\n");
    }

    private void WriteTargets()
    {
        var site = view.Site;
        if (site.Targets.Count == 0)
        {
            return;
        }

        output.Write($"<h4>{E(T("Report.Pages"))}</h4>\n");
        foreach (var target in site.Targets)
        {
            var status = target.Status == TargetStatus.Ok ? "" : $" <span class=\"badge s-Unreachable\">{E(T("Report.Standing.Unreachable"))}</span>";
            output.Write($"<p class=\"target\" data-target=\"{E(target.Target)}\"><span class=\"url\">{E(target.Target)}</span>{status}</p>\n");
            if (target.Findings.Count == 0)
            {
                output.Write($"<p class=\"muted\">{E(T("Report.NoFindings"))}</p>\n");
            }
            else
            {
                output.Write($"<table class=\"findings\"><thead><tr><th>{E(T("Report.Column.Rule"))}</th><th>{E(T("Report.Column.Severity"))}</th><th>{E(T("Report.Column.Finding"))}</th><th>{E(T("Report.Column.Evidence"))}</th></tr></thead><tbody>\n");
                foreach (var finding in target.Findings)
                {
                    var severity = AuditNames.Severity(finding.Severity);
                    var badge = finding.Severity switch
                    {
                        FindingSeverity.Error => finding.Rule == ReportView.UnreachableRule ? "s-Unreachable" : "s-Error",
                        FindingSeverity.Warning => "s-Warning",
                        _ => "",
                    };
                    output.Write($"<tr data-rule=\"{E(finding.Rule)}\" data-severity=\"{severity}\"><td><b>{E(finding.Rule)}</b></td><td><span class=\"badge {badge}\">{E(ReportView.StateWord(severity).In(_language))}</span></td>");
                    output.Write($"<td>{E(finding.Message.In(_language))}</td><td><code>{E(finding.Evidence)}</code></td></tr>\n");
                }

                output.Write("</tbody></table>\n");
            }

            foreach (var evidence in site.Evidence.Where(e => e.Target == target.Target))
            {
                WriteEvidence(evidence);
            }
        }
    }

    private void WriteEvidence(EvidenceEntry evidence)
    {
        output.Write("<div class=\"thumbs\">");
        foreach (var file in evidence.Files)
        {
            var (bytes, intact) = Read(file);
            var hash = intact switch
            {
                true => $"<span class=\"ok-hash\">✓ {E(T("Report.Evidence.Intact"))}</span>",
                false => $"<span class=\"bad-hash\">✗ {E(T("Report.Evidence.Changed"))}</span>",
                null => "",
            };
            var caption = $"<figcaption>{E(file.Kind)} · SHA-256 <code>{E(file.Sha256)}</code> {hash}</figcaption>";
            if (file.Kind == "png" && bytes is not null && bytes.AsSpan().StartsWith(PngSignature) && bytes.Length <= options.MaxThumbnailBytes)
            {
                output.Write($"<figure><img alt=\"{E(F("Report.Evidence.Screenshot", evidence.Target))}\" src=\"data:image/png;base64,{Convert.ToBase64String(bytes)}\">{caption}</figure>");
            }
            else
            {
                output.Write($"<figure>{caption}</figure>");
            }
        }

        foreach (var note in evidence.Notes)
        {
            output.Write($"<p class=\"muted\">{E(note.In(_language))}</p>");
        }

        output.Write("</div>\n");
    }

    /// <summary>The file's bytes from the evidence folder (never outside it) and whether they still have their recorded hash; nulls without a folder.</summary>
    private (byte[]? Bytes, bool? Intact) Read(EvidenceFile file)
    {
        // Only screenshots are read: they are what the report shows, and the HTML copies may be large.
        if (options.EvidenceDirectory is not { } directory || file.Kind != "png")
        {
            return (null, null);
        }

        var root = Path.GetFullPath(directory);
        var path = Path.GetFullPath(Path.Combine(root, file.Path));
        if (!path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            return (null, false);
        }

        if (new FileInfo(path).Length > options.MaxThumbnailBytes)
        {
            return (null, null);
        }

        var bytes = File.ReadAllBytes(path);
        var intact = string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256, StringComparison.OrdinalIgnoreCase);
        return (intact ? bytes : null, intact);
    }

    private void WriteChanges()
    {
        if (view.Changes.Count == 0)
        {
            return;
        }

        output.Write($"<h4>{E(T("Report.Changes"))}</h4>\n<ul class=\"changes\">");
        foreach (var change in view.Changes)
        {
            output.Write($"<li data-change=\"{change.Kind}\">{E(ReportView.Describe(change).In(_language))}</li>");
        }

        output.Write("</ul>\n");
    }

    private string T(string key) => AuditsText.Get(key).In(_language);

    private string F(string key, params object?[] arguments) => AuditsText.Format(key, arguments).In(_language);

    private static string E(string? text) => HtmlText.Encode(text);
}
