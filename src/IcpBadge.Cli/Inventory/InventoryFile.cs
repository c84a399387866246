using IcpBadge.Configuration;

namespace IcpBadge.Cli.Inventory;

/// <summary>
/// <c>--inventory FILE</c>: opens the file and reads it with <see cref="SiteInventory.Read"/>, turning every problem
/// (a missing or unreadable file, a file that is no inventory, each invalid site) into one line naming the option.
/// </summary>
internal static class InventoryFile
{
    /// <summary>Every valid site of the inventory, and every problem.</summary>
    public static (List<SiteProfile> Sites, List<string> Problems) Load(string path)
    {
        var sites = new List<SiteProfile>();
        var problems = new List<string>();
        Read(path, sites.Add, problems);
        return (sites, problems);
    }

    /// <summary>
    /// Hands each valid site to <paramref name="onSite"/> as soon as it is read and adds every problem to
    /// <paramref name="problems"/>. A file that cannot be read, or is not an inventory, gives that one problem alone.
    /// Exceptions of <paramref name="onSite"/> itself pass through.
    /// </summary>
    public static void Read(string path, Action<SiteProfile> onSite, List<string> problems)
    {
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            problems.Add($"--inventory = '{path}': {fullPath} is a folder, not an inventory file.");
            return;
        }

        if (!File.Exists(fullPath))
        {
            problems.Add($"--inventory = '{path}': the inventory file {fullPath} does not exist.");
            return;
        }

        FileStream stream;
        try
        {
            stream = File.OpenRead(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add(CannotRead(path, fullPath, exception));
            return;
        }

        var firstProblem = problems.Count;
        var count = 0;
        using (stream)
        using (var sites = SiteInventory.Read(stream, Path.GetDirectoryName(fullPath), path).GetEnumerator())
        {
            while (MoveNext(sites, path, fullPath, problems, firstProblem))
            {
                count++;
                if (sites.Current.Success)
                {
                    onSite(sites.Current.Profile);
                }
                else
                {
                    problems.AddRange(sites.Current.Problems.Select(p => p.ToString()));
                }
            }
        }

        if (count == 0 && problems.Count == firstProblem)
        {
            problems.Add($"--inventory = '{path}': no sites: the file must look like {{ \"Sites\": [ {{ \"Icp\": {{ \"Number\": \"京ICP备12345678号-1\" }} }} ] }}.");
        }
    }

    /// <summary>The next site; false at the end, or when the file turns out unreadable or no inventory (then that is its only problem).</summary>
    private static bool MoveNext(IEnumerator<SiteProfileResult> sites, string path, string fullPath, List<string> problems, int firstProblem)
    {
        string problem;
        try
        {
            return sites.MoveNext();
        }
        catch (InventoryFormatException exception)
        {
            var where = exception.Line is { } line ? $" (line {line})" : string.Empty;
            problem = $"--inventory = '{path}': not a valid inventory{where}: {exception.Reason}";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = CannotRead(path, fullPath, exception);
        }

        problems.RemoveRange(firstProblem, problems.Count - firstProblem);
        problems.Add(problem);
        return false;
    }

    private static string CannotRead(string path, string fullPath, Exception exception) =>
        $"--inventory = '{path}': cannot read the inventory file {fullPath}: {exception.Message.ReplaceLineEndings(" ")}";
}
