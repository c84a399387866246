using System.Text;
using IcpBadge.Deadlines;

namespace IcpBadge.Cli.Output;

/// <summary>
/// <c>deadlines --format csv</c>: one row per applicable obligation, RFC 4180 quoting, a header row. Sites are
/// written as they are added, so a large inventory is never held whole.
/// </summary>
internal sealed class DeadlinesCsvWriter
{
    private readonly TextWriter _output;
    private readonly StringBuilder _line = new(200);

    /// <summary>Writes the header row to <paramref name="output"/>.</summary>
    public DeadlinesCsvWriter(TextWriter output)
    {
        _output = output;
        output.Write("site,icpNumber,id,obligation,subject,due,state,daysLeft,daysLate,doneOn,stricterDue,source\r\n");
    }

    /// <summary>Writes a row for each applicable obligation of <paramref name="site"/>.</summary>
    public void Add(SiteDeadlines site)
    {
        var line = _line;
        foreach (var o in site.Obligations)
        {
            if (o.State != ObligationState.NotApplicable)
            {
                line.Clear();
                Field(line, site.Name).Append(',');
                Field(line, site.Site.IcpNumber.ToString()).Append(',');
                Field(line, o.Id).Append(',');
                Field(line, o.Definition.Title).Append(',');
                Field(line, o.Subject).Append(',');
                Field(line, DeadlineRows.Date(o.Due)).Append(',');
                Field(line, o.State.ToString()).Append(',');
                Field(line, o.DaysLeft?.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(',');
                Field(line, o.DaysLate?.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(',');
                Field(line, DeadlineRows.Date(o.DoneOn)).Append(',');
                Field(line, DeadlineRows.Date(o.StricterDue)).Append(',');
                Field(line, o.Definition.Source).Append("\r\n");
                _output.Write(line);
            }
        }
    }

    private static StringBuilder Field(StringBuilder line, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return line;
        }

        // A leading = + - @ would run as a formula in a spreadsheet; a quote keeps it text.
        var guarded = value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return guarded.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? line.Append('"').Append(guarded.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"')
            : line.Append(guarded);
    }
}
