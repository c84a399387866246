using System.Text.Json;
using IcpBadge.Localization;

namespace IcpBadge.Configuration.Inventory;

/// <summary>
/// Walks the <c>Sites</c> of an inventory one site per call. The JSON reader is a ref struct that cannot live across
/// the <c>yield</c> of a lazy sequence, so its state and position are kept here and a reader is rebuilt for each site.
/// </summary>
internal sealed class InventoryCursor(ReadOnlyMemory<byte> json, string? sourceName)
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private JsonReaderState _state = new(ReaderOptions);
    private int _consumed;
    private bool _started;
    private bool _inSites;
    private bool _finished;

    /// <summary>The index in <c>Sites</c> of the site <see cref="Next"/> returned last (sites of several <c>Sites</c> arrays count on).</summary>
    public int Index { get; private set; } = -1;

    /// <summary>The next site's raw options, or null after the last one.</summary>
    /// <exception cref="InventoryFormatException">The inventory is not valid JSON or has a value of the wrong type.</exception>
    public IcpBadgeOptions? Next()
    {
        if (_finished)
        {
            return null;
        }

        var reader = new Utf8JsonReader(json.Span[_consumed..], isFinalBlock: true, _state);
        try
        {
            IcpBadgeOptions? options = null;
            if (MoveToSite(ref reader))
            {
                Index++;
                options = InventorySiteReader.Read(ref reader);
            }
            else
            {
                _finished = true;
            }

            _consumed += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            return options;
        }
        catch (ShapeException exception)
        {
            _finished = true;
            throw new InventoryFormatException(sourceName, null, exception.Text);
        }
        catch (JsonException exception)
        {
            _finished = true;
            throw new InventoryFormatException(sourceName, exception.LineNumber is { } line ? (int)line + 1 : null, ReaderMessage(exception));
        }
        catch (InvalidOperationException)
        {
            // GetString on an escape that is no text, such as a lone "\ud800": the reader says so only when decoding.
            _finished = true;
            var line = json.Span[..Math.Min(json.Length, _consumed + (int)reader.BytesConsumed)].Count((byte)'\n') + 1;
            throw new InventoryFormatException(sourceName, line, CoreText.Resources.Get("Inventory.InvalidString"));
        }
        catch (InventoryJsonException exception)
        {
            _finished = true;
            var line = json.Span[..(_consumed + (int)exception.Offset)].Count((byte)'\n') + 1;
            throw new InventoryFormatException(sourceName, line, CoreText.Resources.Format("Inventory.FieldReason", Index, exception.Field, exception.Reason));
        }
    }

    /// <summary>Puts the reader on the first token of the next site; false (after checking what follows) at the end.</summary>
    private bool MoveToSite(ref Utf8JsonReader reader)
    {
        if (!_started)
        {
            _started = true;
            ThrowIfNotUtf8(json.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new ShapeException(CoreText.Resources.Get("Inventory.NotAnObject"));
            }
        }

        while (true)
        {
            if (_inSites)
            {
                if (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    return true;
                }

                _inSites = false;
            }

            if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
            {
                // Reading past the end makes the reader check that nothing but whitespace and comments follows.
                reader.Read();
                return false;
            }

            var isSites = string.Equals(reader.GetString(), "Sites", StringComparison.OrdinalIgnoreCase);
            reader.Read();
            if (!isSites || reader.TokenType == JsonTokenType.Null)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new ShapeException(CoreText.Resources.Get("Inventory.SitesNotArray"));
            }

            _inSites = true;
        }
    }

    /// <summary>
    /// Refuses bytes that are not UTF-8 before reading: the JSON reader checks a string's UTF-8 only when it is decoded
    /// (<c>GetString</c>), and then throws <see cref="InvalidOperationException"/> rather than a <see cref="JsonException"/>.
    /// </summary>
    private void ThrowIfNotUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return;
        }

        var chars = new char[bytes.Length];
        System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var valid, out _, replaceInvalidSequences: false);
        var line = bytes[..valid].Count((byte)'\n') + 1;
        throw new InventoryFormatException(sourceName, line, CoreText.Resources.Get("Inventory.InvalidUtf8"));
    }

    /// <summary>The reader's own sentence, without the position and path it appends (the line is given already).</summary>
    private static string ReaderMessage(JsonException exception) =>
        exception.Message.Split([" Path:", " LineNumber:"], 2, StringSplitOptions.None)[0];

    /// <summary>The inventory is JSON but not shaped as one: what is wrong, in both languages.</summary>
    private sealed class ShapeException(LocalizedText text) : JsonException(text.En)
    {
        public LocalizedText Text { get; } = text;
    }
}
