using System.Text.Json;
using IcpBadge.Deadlines;

namespace IcpBadge.Cli.Output;

/// <summary>
/// <c>deadlines --format json</c>, exactly the shape of SPEC §5: <c>today</c>, then per site its <c>Site.Name</c> and
/// the obligations that apply, each with <c>id</c>, <c>due</c>, <c>state</c> and <c>daysLeft</c> or <c>daysLate</c>.
/// </summary>
internal static class DeadlinesJsonWriter
{
    public static void Write(TextWriter output, NodaTime.LocalDate today, IEnumerable<SiteDeadlines> sites)
    {
        // Large inventories: write straight to stdout's stream when there is one, not through a string.
        using var target = OutputStream.Open(output);
        using (var json = new Utf8JsonWriter(target.Stream, NumberJsonWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("today", DeadlineRows.Date(today));
            json.WriteStartArray("sites");
            foreach (var site in sites)
            {
                json.WriteStartObject();
                json.WriteString("site", site.Name);
                json.WriteStartArray("obligations");
                foreach (var obligation in site.Obligations.Where(o => o.State != ObligationState.NotApplicable))
                {
                    json.WriteStartObject();
                    json.WriteString("id", obligation.Id);
                    json.WriteString("due", DeadlineRows.Date(obligation.Due));
                    json.WriteString("state", obligation.State.ToString());
                    if (obligation.DaysLeft is { } left)
                    {
                        json.WriteNumber("daysLeft", left);
                    }

                    if (obligation.DaysLate is { } late)
                    {
                        json.WriteNumber("daysLate", late);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        target.Complete();
    }
}
