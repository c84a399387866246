namespace IcpBadge.Audits.Spreadsheets;

/// <summary>Spreadsheet files on disk: which format a name says, and writing one whole or not at all.</summary>
internal static class SpreadsheetFile
{
    /// <summary>The format of <paramref name="path"/> by its extension, in any letter case; null for anything else.</summary>
    public static SpreadsheetFormat? FormatOf(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => SpreadsheetFormat.Csv,
            ".xlsx" => SpreadsheetFormat.Xlsx,
            _ => null,
        };

    /// <summary>The format of <paramref name="path"/>, which must be a <c>.csv</c> or <c>.xlsx</c> file.</summary>
    /// <exception cref="SpreadsheetException">The extension is neither.</exception>
    public static SpreadsheetFormat RequireFormat(string path) =>
        FormatOf(path) ?? throw new SpreadsheetException(AuditsText.Format("Spreadsheet.NotASpreadsheetName", path));

    /// <summary>
    /// Writes the file through <paramref name="write"/> into a temporary file beside it, then moves that over
    /// <paramref name="path"/>: a failed write leaves the old file, or none, never half a spreadsheet.
    /// </summary>
    /// <exception cref="SpreadsheetException">The file cannot be written.</exception>
    public static void WriteAtomically(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(file);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException && exception is not SpreadsheetException)
        {
            Delete(temporary);
            throw new SpreadsheetException(AuditsText.Format("Spreadsheet.CannotWrite", full, exception.Message.ReplaceLineEndings(" ")), exception);
        }
        catch
        {
            Delete(temporary);
            throw;
        }
    }

    private static void Delete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nothing was created, or it cannot be removed either: the first error is the one to report.
        }
    }
}
