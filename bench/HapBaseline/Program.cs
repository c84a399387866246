// P3 baseline: parse every .html/.htm file under the given folders with HtmlAgilityPack and exit. This is the floor
// `icp-badge verify` is measured against (SPEC §8, P3): the same files read and parsed, nothing inspected.
using HtmlAgilityPack;

var files = 0;
var nodes = 0L;
foreach (var root in args)
{
    foreach (var file in Directory.EnumerateFiles(root, "*.htm*", SearchOption.AllDirectories))
    {
        var document = new HtmlDocument();
        document.LoadHtml(File.ReadAllText(file));
        nodes += document.DocumentNode.ChildNodes.Count;
        files++;
    }
}

Console.WriteLine($"{files} files parsed ({nodes} top-level nodes)");
