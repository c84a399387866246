using IcpBadge.Deadlines;
using IcpBadge.Localization;

namespace IcpBadge.Audits.Spreadsheets;

/// <summary>
/// The deadlines report as an Excel workbook (what <c>icp-badge deadlines --format xlsx --output FILE</c> writes): the
/// columns of <see cref="Deadlines.Reports.DeadlinesCsvWriter"/>, one row per applicable obligation, the header,
/// titles, subjects, states and legal bases in the language chosen, dates as date cells and day counts as numbers.
/// Rows are written as sites are added.
/// </summary>
/// <example>
/// <code>
/// DeadlinesWorkbookWriter.Save("deadlines.xlsx", Language.Zh, profiles.Select(p => tracker.Evaluate(p, today)));
/// </code>
/// </example>
public sealed class DeadlinesWorkbookWriter : IDisposable
{
    private static readonly double[] Widths = [24, 24, 6, 36, 24, 12, 10, 10, 10, 12, 12, 60];
    private static readonly HashSet<int> DateColumns = [5, 9, 10];

    private readonly XlsxWriter _workbook;
    private readonly Language _language;

    /// <summary>Starts the workbook on <paramref name="output"/>, a seekable stream, with its header row in <paramref name="language"/>.</summary>
    public DeadlinesWorkbookWriter(Stream output, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        _language = language;
        var header = CoreText.Resources.Get("Deadlines.Csv.Header").In(language).Split(',');
        _workbook = new XlsxWriter(output, AuditsText.Get("Spreadsheet.DeadlinesSheet").In(language), header, Widths, DateColumns);
    }

    /// <summary>Writes the workbook of <paramref name="sites"/> to the file <paramref name="path"/>, whole or not at all.</summary>
    /// <exception cref="SpreadsheetException">The file cannot be written.</exception>
    public static void Save(string path, Language language, IEnumerable<SiteDeadlines> sites)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(sites);
        SpreadsheetFile.WriteAtomically(path, stream =>
        {
            using var writer = new DeadlinesWorkbookWriter(stream, language);
            foreach (var site in sites)
            {
                writer.Add(site);
            }

            writer.Complete();
        });
    }

    /// <summary>Writes a row for each applicable obligation of <paramref name="site"/>.</summary>
    public void Add(SiteDeadlines site)
    {
        ArgumentNullException.ThrowIfNull(site);
        foreach (var o in site.Obligations.Where(o => o.State != ObligationState.NotApplicable))
        {
            _workbook.WriteRow(
            [
                site.Name,
                site.Site.IcpNumber.ToString(),
                o.Id,
                o.Definition.Title.In(_language),
                o.Subject?.In(_language),
                o.Due,
                o.State.Text().In(_language),
                o.DaysLeft,
                o.DaysLate,
                o.DoneOn,
                o.StricterDue,
                o.Definition.Source.In(_language),
            ]);
        }
    }

    /// <summary>Ends the sheet and saves the workbook to the stream.</summary>
    public void Complete() => _workbook.Complete();

    /// <summary>Closes the workbook; without <see cref="Complete"/> first, what was written is not a usable workbook.</summary>
    public void Dispose() => _workbook.Dispose();
}
