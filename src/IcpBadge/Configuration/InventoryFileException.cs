namespace IcpBadge.Configuration;

/// <summary>
/// An inventory file that cannot be read: it does not exist, is a folder, or opening or reading it failed. The
/// message is one sentence naming the file's full path, e.g. <c>the inventory file /srv/sites.json does not exist.</c>
/// </summary>
public sealed class InventoryFileException : IOException
{
    /// <summary>Creates the exception for the file at <paramref name="fullPath"/>.</summary>
    public InventoryFileException(string fullPath, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        FullPath = fullPath;
    }

    /// <summary>The full path of the inventory file.</summary>
    public string FullPath { get; }
}
