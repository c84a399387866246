using System.Text.Json;
using IcpBadge.Configuration;
using IcpBadge.Deadlines;

namespace IcpBadge.Cli.Output;

/// <summary>
/// <c>deadlines --format json</c>, exactly the shape of SPEC §5: <c>today</c>, then per site its <c>Site.Name</c> and
/// the obligations that apply, each with <c>id</c>, <c>due</c>, <c>state</c> and <c>daysLeft</c> or <c>daysLate</c>.
/// Sites are written as they are added, so a large inventory is never held whole.
/// </summary>
internal sealed class DeadlinesJsonWriter : IDisposable
{
    // Flushing every few dozen kilobytes keeps the writer's buffer small instead of growing to the whole report.
    private const int FlushThreshold = 32 * 1024;

    private static readonly JsonEncodedText Site = JsonEncodedText.Encode("site");
    private static readonly JsonEncodedText Obligations = JsonEncodedText.Encode("obligations");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Due = JsonEncodedText.Encode("due");
    private static readonly JsonEncodedText State = JsonEncodedText.Encode("state");
    private static readonly JsonEncodedText DaysLeft = JsonEncodedText.Encode("daysLeft");
    private static readonly JsonEncodedText DaysLate = JsonEncodedText.Encode("daysLate");

    // Encoded once, indexed by the state's value: an enum's ToString would allocate for every obligation.
    private static readonly JsonEncodedText[] StateNames =
    [
        JsonEncodedText.Encode(nameof(ObligationState.NotApplicable)),
        JsonEncodedText.Encode(nameof(ObligationState.Pending)),
        JsonEncodedText.Encode(nameof(ObligationState.DueSoon)),
        JsonEncodedText.Encode(nameof(ObligationState.Overdue)),
        JsonEncodedText.Encode(nameof(ObligationState.Done)),
        JsonEncodedText.Encode(nameof(ObligationState.DoneLate)),
    ];

    // The obligation ids, encoded once: values written as encoded text skip the writer's escaping checks. Two plain
    // arrays, searched in order: ten entries, and no generic collection of a struct to compile at start-up.
    private static readonly string[] IdNames = [.. IcpBadge.Rules.ObligationCatalog.All.Select(d => d.Id)];

    private static readonly JsonEncodedText[] IdTexts = [.. IdNames.Select(id => JsonEncodedText.Encode(id))];

    private readonly Utf8JsonWriter _json;

    /// <summary>Starts the report for <paramref name="today"/> on <paramref name="output"/>.</summary>
    public DeadlinesJsonWriter(Stream output, NodaTime.LocalDate today)
    {
        _json = new Utf8JsonWriter(output, NumberJsonWriter.Options);
        _json.WriteStartObject();
        WriteDate(JsonEncodedText.Encode("today"), today);
        _json.WriteStartArray("sites");
    }

    /// <summary>Writes one site and its applicable obligations.</summary>
    public void Add(SiteDeadlines site)
    {
        _json.WriteStartObject();
        _json.WriteString(Site, site.Name);
        _json.WriteStartArray(Obligations);
        foreach (var obligation in site.Obligations)
        {
            if (obligation.State != ObligationState.NotApplicable)
            {
                WriteObligation(obligation);
            }
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        if (_json.BytesPending > FlushThreshold)
        {
            _json.Flush();
        }
    }

    /// <summary>Closes the report and flushes it to the stream.</summary>
    public void Complete()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();

    private void WriteObligation(Obligation obligation)
    {
        _json.WriteStartObject();
        var index = Array.IndexOf(IdNames, obligation.Id);
        _json.WriteString(Id, index >= 0 ? IdTexts[index] : JsonEncodedText.Encode(obligation.Id));
        if (obligation.Due is { } due)
        {
            WriteDate(Due, due);
        }
        else
        {
            _json.WriteString(Due, string.Empty);
        }

        _json.WriteString(State, StateNames[(int)obligation.State]);
        if (obligation.DaysLeft is { } left)
        {
            _json.WriteNumber(DaysLeft, left);
        }

        if (obligation.DaysLate is { } late)
        {
            _json.WriteNumber(DaysLate, late);
        }

        _json.WriteEndObject();
    }

    private void WriteDate(JsonEncodedText name, NodaTime.LocalDate date)
    {
        Span<char> text = stackalloc char[IsoDate.Length];
        if (!IsoDate.TryFormat(date, text))
        {
            _json.WriteString(name, IsoDate.Format(date));
            return;
        }

        // Digits and hyphens need no escaping: written as a raw, quoted value without the writer's checks.
        Span<byte> quoted = stackalloc byte[IsoDate.Length + 2];
        quoted[0] = (byte)'"';
        for (var i = 0; i < text.Length; i++)
        {
            quoted[i + 1] = (byte)text[i];
        }

        quoted[^1] = (byte)'"';
        _json.WritePropertyName(name);
        _json.WriteRawValue(quoted, skipInputValidation: true);
    }
}
