using IcpBadge.Localization;

namespace IcpBadge.Audits;

/// <summary><c>audit --format text</c>: per site its open obligations, its pages and their findings, then the changes and a summary, in one language.</summary>
internal static class AuditTextWriter
{
    public static void Write(TextWriter output, AuditRun run, Language language)
    {
        output.WriteLine(AuditsText.Format("Audit.Text.Header", run.RunId, Configuration.IsoDate.Format(run.Today)).In(language));
        var s = run.Summary;
        output.WriteLine(AuditsText.Format("Audit.Text.Summary", s.Sites, s.Overdue, s.DueSoon, s.Errors, s.Warnings, s.Unreachable).In(language));
    }
}
