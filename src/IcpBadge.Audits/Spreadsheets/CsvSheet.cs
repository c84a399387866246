using System.Text;
using IcpBadge.Configuration;

namespace IcpBadge.Audits.Spreadsheets;

/// <summary>
/// A CSV inventory (RFC 4180: fields separated by commas, quoted with <c>"</c> when they hold a comma, a quote or a line
/// break, a quote inside doubled). The text is UTF-8 when it starts with a byte order mark or when its bytes are valid
/// UTF-8, and GB18030 otherwise: what Excel on Chinese Windows saves as "CSV (逗号分隔)" is GBK, which GB18030 contains.
/// A row's number is the line it starts on.
/// </summary>
internal sealed class CsvSheet(string text, string? sourceName) : ISheetSource
{
    /// <summary>GB18030's code page; from the code-pages provider, which .NET has but does not register by default.</summary>
    private const int Gb18030CodePage = 54936;

    /// <summary>Decodes <paramref name="bytes"/> as the class comment says.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        // Asked of the provider itself: nothing is registered process-wide.
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage)!;
        return gb18030.GetString(bytes);
    }

    public IEnumerable<SheetRow> Rows()
    {
        var fields = new List<SheetCell?>();
        var field = new StringBuilder();
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var start = line;
            fields.Clear();
            while (true)
            {
                field.Clear();
                var quoted = false;
                if (i < text.Length && text[i] == '"')
                {
                    quoted = true;
                    i++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            throw new InventoryFormatException(sourceName, start, AuditsText.Format("Spreadsheet.UnclosedQuote", start));
                        }

                        var c = text[i++];
                        if (c == '"')
                        {
                            if (i < text.Length && text[i] == '"')
                            {
                                field.Append('"');
                                i++;
                                continue;
                            }

                            break;
                        }

                        if (c == '\n')
                        {
                            line++;
                        }

                        field.Append(c);
                    }
                }

                // Unquoted text, or what follows a closing quote up to the separator (kept, as spreadsheets do).
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    field.Append(text[i++]);
                }

                fields.Add(field.Length == 0 && !quoted ? null : new SheetCell(field.ToString()));
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }

                break;
            }

            // The record's line end: CRLF, LF or a lone CR.
            if (i < text.Length && text[i] == '\r')
            {
                i++;
            }

            if (i < text.Length && text[i] == '\n')
            {
                i++;
            }

            line++;
            yield return new SheetRow(start, [.. fields]);
        }
    }

    public string CellName(int row, int column, string field) => FieldName(row, field);

    public string FieldName(int row, string field) => sourceName is null ? $"{row}:{field}" : $"{sourceName}:{row}:{field}";

    public void Dispose()
    {
    }
}
