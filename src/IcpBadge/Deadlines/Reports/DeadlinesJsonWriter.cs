using System.Text.Json;
using IcpBadge.Configuration;
using IcpBadge.Localization;
using NodaTime;

namespace IcpBadge.Deadlines.Reports;

/// <summary>
/// The deadlines report as JSON (what <c>icp-badge deadlines --format json</c> writes): <c>today</c>, then per site its
/// name and the obligations that apply, each with <c>id</c>, <c>due</c>, <c>state</c>, <c>daysLeft</c> or
/// <c>daysLate</c>, then <c>title</c> and <c>source</c> (its legal basis) as <c>{ "zh", "en" }</c> and its
/// <c>notes</c> as an array of <c>{ "zh", "en" }</c>. The same in every language. Sites are written as they are added,
/// so a large inventory is never held whole.
/// </summary>
/// <example>
/// <code>
/// using (var report = new DeadlinesJsonWriter(stream, today))
/// {
///     foreach (var profile in profiles) { report.Add(tracker.Evaluate(profile, today)); }
///     report.Complete();
/// }
/// </code>
/// </example>
public sealed class DeadlinesJsonWriter : IDisposable
{
    // Flushing every few dozen kilobytes keeps the writer's buffer small instead of growing to the whole report.
    private const int FlushThreshold = 32 * 1024;

    private readonly Utf8JsonWriter _json;

    /// <summary>Starts the report for <paramref name="today"/> (China date) on <paramref name="output"/>, which stays open.</summary>
    public DeadlinesJsonWriter(Stream output, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(output);
        _json = new Utf8JsonWriter(output, JsonOutput.Options);
        _json.WriteStartObject();
        _json.WriteString("today", IsoDate.Format(today));
        _json.WriteStartArray("sites");
    }

    /// <summary>Writes one site and its applicable obligations (those not <see cref="ObligationState.NotApplicable"/>).</summary>
    public void Add(SiteDeadlines site)
    {
        ArgumentNullException.ThrowIfNull(site);
        _json.WriteStartObject();
        _json.WriteString("site", site.Name);
        _json.WriteStartArray("obligations");
        foreach (var obligation in site.Obligations.Where(o => o.State != ObligationState.NotApplicable))
        {
            WriteObligation(_json, obligation);
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        if (_json.BytesPending > FlushThreshold)
        {
            _json.Flush();
        }
    }

    /// <summary>
    /// Writes one obligation as this report does — <c>id</c>, <c>due</c>, <c>state</c>, <c>daysLeft</c> or
    /// <c>daysLate</c>, <c>title</c>, <c>source</c> and <c>notes</c> — as an array item of <paramref name="json"/>,
    /// for documents that embed obligations (audits).
    /// </summary>
    public static void WriteObligation(Utf8JsonWriter json, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(obligation);
        json.WriteStartObject();
        json.WriteString("id", obligation.Id);
        json.WriteString("due", obligation.Due is { } due ? IsoDate.Format(due) : string.Empty);
        json.WriteString("state", obligation.State.ToString());
        if (obligation.DaysLeft is { } left)
        {
            json.WriteNumber("daysLeft", left);
        }

        if (obligation.DaysLate is { } late)
        {
            json.WriteNumber("daysLate", late);
        }

        WriteText(json, "title", obligation.Definition.Title);
        WriteText(json, "source", obligation.Definition.Source);
        json.WriteStartArray("notes");
        foreach (var note in obligation.Notes)
        {
            WriteText(json, null, note);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes <c>{ "zh": …, "en": … }</c>, as the property <paramref name="name"/> or, when null, as an array item.</summary>
    private static void WriteText(Utf8JsonWriter json, string? name, LocalizedText text)
    {
        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name);
        }

        json.WriteString("zh", text.Zh);
        json.WriteString("en", text.En);
        json.WriteEndObject();
    }

    /// <summary>Closes the report (no newline after it) and flushes it to the stream.</summary>
    public void Complete()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => _json.Dispose();
}
