using System.Globalization;

namespace IcpBadge.Testing;

/// <summary>
/// The processes this test process started, directly or not, read from <c>/proc</c>: other tests (or other runs on
/// the machine) may run Chromium at the same time, so tests count only their OWN descendants.
/// </summary>
internal static class OwnProcesses
{
    /// <summary>The ids of every live descendant of <paramref name="root"/> (default: this process), zombies excluded.</summary>
    public static HashSet<int> Descendants(int? root = null)
    {
        var parents = new Dictionary<int, int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (fields[0] != "Z" && fields[0] != "X")
                {
                    parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }

        var found = new HashSet<int>();
        var queue = new Queue<int>([root ?? Environment.ProcessId]);
        while (queue.Count > 0)
        {
            var parent = queue.Dequeue();
            foreach (var (pid, ppid) in parents)
            {
                if (ppid == parent && found.Add(pid))
                {
                    queue.Enqueue(pid);
                }
            }
        }

        return found;
    }

    /// <summary>The descendants of this process whose executable name contains <paramref name="name"/> (e.g. "chrom").</summary>
    public static HashSet<int> DescendantsNamed(string name) =>
        [.. Descendants().Where(pid => CommandName(pid)?.Contains(name, StringComparison.OrdinalIgnoreCase) == true)];

    private static string? CommandName(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
