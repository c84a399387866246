using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using IcpBadge.Localization;

namespace IcpBadge.Audits.History;

/// <summary>Command and row helpers shared by every statement: parameters by name, values read the same from every driver.</summary>
public abstract partial class AuditHistoryStore
{
    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static async Task<int> ExecuteAsync(DbCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        Set(command, values);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(DbCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        Set(command, values);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static long Long(DbDataReader reader, int column) => Convert.ToInt64(reader.GetValue(column), CultureInfo.InvariantCulture);

    private static int? NullableInt(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : Convert.ToInt32(reader.GetValue(column), CultureInfo.InvariantCulture);

    private static string NotesJson(IEnumerable<LocalizedText> notes)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var note in notes)
            {
                json.WriteStartObject();
                json.WriteString("zh", note.Zh);
                json.WriteString("en", note.En);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static List<LocalizedText> ParseNotes(string? text)
    {
        var notes = new List<LocalizedText>();
        if (string.IsNullOrEmpty(text))
        {
            return notes;
        }

        using var document = JsonDocument.Parse(text);
        foreach (var note in document.RootElement.EnumerateArray())
        {
            notes.Add(new LocalizedText(note.GetProperty("zh").GetString() ?? string.Empty, note.GetProperty("en").GetString() ?? string.Empty));
        }

        return notes;
    }
}
