using IcpBadge.Localization;

namespace IcpBadge.Configuration;

/// <summary>
/// An inventory file that cannot be read: it does not exist, is a folder, or opening or reading it failed. The
/// message is one sentence in English naming the file's full path, e.g. <c>the inventory file /srv/sites.json does
/// not exist.</c>; <see cref="Text"/> has it in both languages.
/// </summary>
public sealed class InventoryFileException : IOException
{
    /// <summary>Creates the exception for the file at <paramref name="fullPath"/>, its message in both languages.</summary>
    public InventoryFileException(string fullPath, LocalizedText text, Exception? innerException = null)
        : base((text ?? throw new ArgumentNullException(nameof(text))).En, innerException)
    {
        FullPath = fullPath;
        Text = text;
    }

    /// <summary>The full path of the inventory file.</summary>
    public string FullPath { get; }

    /// <summary>The message in both languages.</summary>
    public LocalizedText Text { get; }
}
