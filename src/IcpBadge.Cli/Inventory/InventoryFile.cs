using IcpBadge.Configuration;
using IcpBadge.Localization;

namespace IcpBadge.Cli.Inventory;

/// <summary>
/// <c>--inventory FILE</c>: reads the file with <see cref="SiteInventory.ReadFile"/>, turning every problem (a missing
/// or unreadable file, a file that is no inventory, each invalid site) into one line naming the option.
/// </summary>
internal static class InventoryFile
{
    /// <summary>Every valid site of the inventory, and every problem.</summary>
    public static (List<SiteProfile> Sites, List<string> Problems) Load(string path, CliText text, bool uniqueIds = false)
    {
        var sites = new List<SiteProfile>();
        var problems = new List<string>();
        Read(path, sites.Add, problems, text, uniqueIds);
        return (sites, problems);
    }

    /// <summary>
    /// Hands each valid site to <paramref name="onSite"/> as soon as it is read and adds every problem to
    /// <paramref name="problems"/>. A file that cannot be read, or is not an inventory, gives that one problem alone.
    /// Exceptions of <paramref name="onSite"/> itself pass through.
    /// </summary>
    public static void Read(string path, Action<SiteProfile> onSite, List<string> problems, CliText text, bool uniqueIds = false)
    {
        var firstProblem = problems.Count;
        var count = 0;
        var read = SiteInventory.ReadFile(path);
        using (var sites = (uniqueIds ? SiteInventory.WithUniqueIds(read) : read).GetEnumerator())
        {
            while (MoveNext(sites, path, problems, firstProblem, text))
            {
                count++;
                if (sites.Current.Success)
                {
                    onSite(sites.Current.Profile);
                }
                else
                {
                    problems.AddRange(sites.Current.Problems.Select(p => p.ToString(text.Language)));
                }
            }
        }

        if (count == 0 && problems.Count == firstProblem)
        {
            problems.Add(text.Format("Inventory.NoSites", path));
        }
    }

    /// <summary>The next site; false at the end, or when the file turns out unreadable or no inventory (then that is its only problem).</summary>
    private static bool MoveNext(IEnumerator<SiteProfileResult> sites, string path, List<string> problems, int firstProblem, CliText text)
    {
        string problem;
        try
        {
            return sites.MoveNext();
        }
        catch (InventoryFormatException exception)
        {
            // The core gives the reason alone in English only; in Chinese its whole sentence is used.
            problem = text.Language == Language.Zh
                ? exception.Text.Zh
                : exception.Line is { } line
                    ? text.Format("Inventory.InvalidAtLine", line, exception.Reason)
                    : text.Format("Inventory.Invalid", exception.Reason);
        }
        catch (InventoryFileException exception)
        {
            problem = text.Of(exception.Text);
        }

        problems.RemoveRange(firstProblem, problems.Count - firstProblem);
        problems.Add(text.Format("Inventory.Problem", path, problem));
        return false;
    }
}
