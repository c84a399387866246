using System.Text.Json;
using IcpBadge.Localization;

namespace IcpBadge.Configuration.Inventory;

/// <summary>
/// Reads the site in one section of a configuration file (<c>icpbadge.json</c>, <c>appsettings.json</c>) with the
/// inventory's own site reader, so a site written in a configuration file and one written in an inventory are read by
/// the same code: plain-string and object domains alike.
/// </summary>
internal static class ConfigurationFileReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The section's raw options (defaults when the file has no such section).</summary>
    /// <exception cref="InventoryFormatException">The file is not a JSON object, or not valid JSON; the message names the line.</exception>
    /// <exception cref="InventoryJsonException">A value of the section has the wrong JSON type.</exception>
    public static IcpBadgeOptions Read(ReadOnlySpan<byte> json, string sectionName)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            throw Malformed(null, CoreText.Resources.Get("Configuration.FileNotUtf8"));
        }

        var reader = new Utf8JsonReader(json, ReaderOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Malformed(null, CoreText.Resources.Format("Configuration.FileNotObject", sectionName));
            }

            var options = new IcpBadgeOptions();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // Like the configuration providers: names in any letter case, the last of two sections wins.
                var isSection = string.Equals(reader.GetString(), sectionName, StringComparison.OrdinalIgnoreCase);
                reader.Read();
                if (!isSection)
                {
                    reader.Skip();
                }
                else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.Null)
                {
                    options = InventorySiteReader.Read(ref reader);
                }
                else
                {
                    throw new InventoryJsonException(string.Empty, CoreText.Resources.Get("Inventory.MustBeObject"), reader.TokenStartIndex);
                }
            }

            // Reading past the end makes the reader check that nothing but whitespace and comments follows.
            reader.Read();
            return options;
        }
        catch (JsonException exception)
        {
            var reason = exception.Message.Split([" Path:", " LineNumber:"], 2, StringSplitOptions.None)[0];
            throw Malformed(exception.LineNumber is { } line ? (int)line + 1 : null, new LocalizedText(reason, reason));
        }
        catch (InvalidOperationException)
        {
            // GetString on an escape that is no text, such as a lone "\ud800".
            var line = json[..Math.Min(json.Length, (int)reader.BytesConsumed)].Count((byte)'\n') + 1;
            throw Malformed(line, CoreText.Resources.Get("Inventory.InvalidString"));
        }
    }

    private static InventoryFormatException Malformed(int? line, LocalizedText reason) =>
        new(null, line, reason, line is { } number
            ? CoreText.Resources.Format("Configuration.FileNotValidAtLine", number, reason)
            : CoreText.Resources.Format("Configuration.FileNotValid", reason));
}
