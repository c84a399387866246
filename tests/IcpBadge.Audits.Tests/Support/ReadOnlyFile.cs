using System.Diagnostics;

namespace IcpBadge.Audits.Tests.Support;

/// <summary>
/// Makes a file read-only for this process until disposed: its mode bits for an ordinary user, the immutable
/// attribute (<c>chattr +i</c>) for root, whom mode bits do not stop.
/// </summary>
internal sealed class ReadOnlyFile : IDisposable
{
    private readonly string _path;

    private ReadOnlyFile(string path) => _path = path;

    public static ReadOnlyFile Make(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, FileAttributes.ReadOnly);
        }
        else if (Environment.IsPrivilegedProcess)
        {
            Chattr("+i", path);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        }

        return new ReadOnlyFile(path);
    }

    public void Dispose()
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(_path, FileAttributes.Normal);
        }
        else if (Environment.IsPrivilegedProcess)
        {
            Chattr("-i", _path);
        }
        else
        {
            File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static void Chattr(string change, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [change, path]) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"chattr {change} {path}: {error}");
    }
}
