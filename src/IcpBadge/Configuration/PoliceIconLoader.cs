using System.Buffers.Binary;
using System.Text;
using IcpBadge.Localization;

namespace IcpBadge.Configuration;

/// <summary>
/// Turns <c>Police:Icon</c> into an <c>&lt;img src&gt;</c>: a local file is inlined as a <c>data:</c> URI so static
/// sites need no extra asset; <c>http(s)</c> and site-relative URLs are used as they are; any other scheme is refused.
/// </summary>
internal static class PoliceIconLoader
{
    /// <summary>The emblem is displayed this tall, as the platform snippet and most sites do.</summary>
    public const int DisplayHeight = 20;

    private const int MaxFileBytes = 256 * 1024;

    /// <summary>Reads <paramref name="text"/>; with <paramref name="strictCsp"/>, only a URL is accepted (no <c>data:</c> URI may be rendered).</summary>
    public static PoliceIcon? Load(string text, string baseDirectory, bool strictCsp, out LocalizedText? error)
    {
        error = null;
        if (strictCsp && (!IsUrl(text) || (text[0] == '/' && File.Exists(text))))
        {
            // A file path (an absolute one too, though it looks like a site-relative URL) would be inlined as data:.
            error = CoreText.Resources.Get("Configuration.Icon.StrictCspNeedsUrl");
            return null;
        }

        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            {
                error = CoreText.Resources.Get("Configuration.Icon.BadUrl");
                return null;
            }

            return new PoliceIcon(uri.AbsoluteUri, DisplayHeight, DisplayHeight, false, null);
        }

        if (text.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            if (!IsImageDataUri(text))
            {
                error = CoreText.Resources.Get("Configuration.Icon.BadDataUri");
                return null;
            }

            return new PoliceIcon(text, DisplayHeight, DisplayHeight, true, null);
        }

        if (text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith("\\\\", StringComparison.Ordinal))
        {
            error = CoreText.Resources.Get("Configuration.Icon.ProtocolRelative");
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 1 && text[..colon].All(char.IsAsciiLetter))
        {
            error = CoreText.Resources.Format("Configuration.Icon.Scheme", text[..colon]);
            return null;
        }

        var path = Path.GetFullPath(text, baseDirectory);
        if (File.Exists(path))
        {
            return LoadFile(path, out error);
        }

        if (text.StartsWith('/') && Uri.TryCreate(text, UriKind.Relative, out _))
        {
            return new PoliceIcon(text, DisplayHeight, DisplayHeight, false, null);
        }

        error = CoreText.Resources.Format("Configuration.Icon.FileMissing", path, baseDirectory);
        return null;
    }

    /// <summary>An <c>http(s)</c> URL or a site-relative URL (one leading <c>/</c>): what a strict policy allows as an emblem.</summary>
    private static bool IsUrl(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || (text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal) && Uri.TryCreate(text, UriKind.Relative, out _));

    private static PoliceIcon? LoadFile(string path, out LocalizedText? error)
    {
        error = null;
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            error = CoreText.Resources.Format("Configuration.Icon.TooLarge", path, length / 1024, MaxFileBytes / 1024);
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var (mediaType, width, height) = Sniff(bytes);
        if (mediaType is null)
        {
            error = CoreText.Resources.Format("Configuration.Icon.NotAnImage", path);
            return null;
        }

        var displayWidth = width > 0 && height > 0
            ? Math.Clamp((int)Math.Round(DisplayHeight * (double)width / height), 1, DisplayHeight * 5)
            : DisplayHeight;
        var source = "data:" + mediaType + ";base64," + Convert.ToBase64String(bytes);
        return new PoliceIcon(source, displayWidth, DisplayHeight, true, path);
    }

    /// <summary>The media type and, where the header gives it cheaply, the pixel size.</summary>
    private static (string? MediaType, int Width, int Height) Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 24 && bytes[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ("image/png", BinaryPrimitives.ReadInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadInt32BigEndian(bytes[20..]));
        }

        if (bytes.Length >= 10 && (bytes[..6].SequenceEqual("GIF87a"u8) || bytes[..6].SequenceEqual("GIF89a"u8)))
        {
            return ("image/gif", BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]));
        }

        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return ("image/jpeg", 0, 0);
        }

        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return ("image/webp", 0, 0);
        }

        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        return head.Contains("<svg", StringComparison.OrdinalIgnoreCase) ? ("image/svg+xml", 0, 0) : (null, 0, 0);
    }

    private static bool IsImageDataUri(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return false;
        }

        var header = text[5..comma];
        return header is "image/png;base64" or "image/gif;base64" or "image/jpeg;base64" or "image/webp;base64" or "image/svg+xml;base64"
            && text[(comma + 1)..].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=');
    }
}
