using System.Text;
using IcpBadge.Configuration;
using NodaTime;

namespace IcpBadge.Deadlines.Reports;

/// <summary>
/// The deadlines report as plain text (what <c>icp-badge deadlines</c> writes when its output is redirected): a
/// heading, one aligned line per applicable obligation, most urgent first (<see cref="DeadlineRow.ByUrgency"/>), and
/// a <see cref="DeadlineTally"/>. Lines never wrap, so each obligation stays one greppable line.
/// </summary>
/// <example>
/// <code>
/// DeadlinesTextWriter.Write(Console.Out, today, profiles.Select(p => tracker.Evaluate(p, today)).ToList());
/// </code>
/// </example>
public static class DeadlinesTextWriter
{
    /// <summary>The report's first line, e.g. <c>Filing obligations on 2026-11-24 (China time)</c>.</summary>
    public static string Heading(LocalDate today) => $"Filing obligations on {IsoDate.Format(today)} (China time)";

    /// <summary>Writes the report for <paramref name="sites"/>, evaluated on <paramref name="today"/>, to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, LocalDate today, IReadOnlyCollection<SiteDeadlines> sites)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sites);
        output.WriteLine(Heading(today));
        var line = new StringBuilder(160);
        foreach (var row in DeadlineRow.ByUrgency(sites))
        {
            line.Clear()
                .Append(row.Obligation.State.ToString().PadRight(13))
                .Append(row.Obligation.Id.PadRight(4))
                .Append(row.DueText.PadRight(11))
                .Append(row.Site.Name)
                .Append(": ")
                .Append(row.Title);
            var detail = row.Detail;
            if (detail.Length > 0)
            {
                line.Append(" - ").Append(detail);
            }

            output.WriteLine(line);
        }

        output.WriteLine(DeadlineTally.Of(sites).ToString());
    }
}
