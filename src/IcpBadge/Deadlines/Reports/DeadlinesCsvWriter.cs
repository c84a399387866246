using System.Globalization;
using System.Text;
using IcpBadge.Configuration;
using IcpBadge.Localization;
using NodaTime;

namespace IcpBadge.Deadlines.Reports;

/// <summary>
/// The deadlines report as CSV (what <c>icp-badge deadlines --format csv</c> writes): a header row, then one row per
/// applicable obligation, RFC 4180 quoting, CRLF line ends. The header, titles, subjects, states and legal bases are
/// in the language chosen; dates and numbers are the same in both. Sites are written as they are added, so a large
/// inventory is never held whole.
/// </summary>
/// <example>
/// <code>
/// using var text = new StreamWriter("deadlines.csv", false, new UTF8Encoding(false));
/// var report = new DeadlinesCsvWriter(text, Language.Zh);
/// foreach (var profile in profiles) { report.Add(tracker.Evaluate(profile, today)); }
/// </code>
/// </example>
public sealed class DeadlinesCsvWriter
{
    private readonly TextWriter _output;
    private readonly Language _language;
    private readonly StringBuilder _line = new(200);

    /// <summary>Writes the header row to <paramref name="output"/> in <paramref name="language"/>.</summary>
    public DeadlinesCsvWriter(TextWriter output, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _language = language;
        output.Write(CoreText.Resources.Get("Deadlines.Csv.Header").In(language));
        output.Write("\r\n");
    }

    /// <summary>Writes a row for each applicable obligation of <paramref name="site"/>.</summary>
    public void Add(SiteDeadlines site)
    {
        ArgumentNullException.ThrowIfNull(site);
        foreach (var o in site.Obligations.Where(o => o.State != ObligationState.NotApplicable))
        {
            _line.Clear();
            Field(site.Name).Append(',');
            Field(site.Site.IcpNumber.ToString()).Append(',');
            Field(o.Id).Append(',');
            Field(o.Definition.Title.In(_language)).Append(',');
            Field(o.Subject?.In(_language)).Append(',');
            Field(Date(o.Due)).Append(',');
            Field(o.State.Text().In(_language)).Append(',');
            Field(o.DaysLeft?.ToString(CultureInfo.InvariantCulture)).Append(',');
            Field(o.DaysLate?.ToString(CultureInfo.InvariantCulture)).Append(',');
            Field(Date(o.DoneOn)).Append(',');
            Field(Date(o.StricterDue)).Append(',');
            Field(o.Definition.Source.In(_language)).Append("\r\n");
            _output.Write(_line);
        }
    }

    private static string? Date(LocalDate? date) => date is { } value ? IsoDate.Format(value) : null;

    private StringBuilder Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return _line;
        }

        // A leading = + - @ would run as a formula in a spreadsheet; a quote keeps it text.
        var guarded = value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return guarded.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? _line.Append('"').Append(guarded.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"')
            : _line.Append(guarded);
    }
}
