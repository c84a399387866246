using IcpBadge.Localization;

namespace IcpBadge.Audits.Spreadsheets;

/// <summary>
/// A spreadsheet that cannot be written (the folder is missing or read-only, the disk is full) or a file name whose
/// extension is not <c>.csv</c> or <c>.xlsx</c> where a spreadsheet is asked for. The message is one sentence naming the
/// file, in English; <see cref="Text"/> has it in both languages.
/// </summary>
public sealed class SpreadsheetException : IOException
{
    /// <summary>Creates the exception with its message in both languages.</summary>
    public SpreadsheetException(LocalizedText text, Exception? innerException = null)
        : base((text ?? throw new ArgumentNullException(nameof(text))).En, innerException)
    {
        Text = text;
    }

    /// <summary>The message in both languages.</summary>
    public LocalizedText Text { get; }
}
