using AngleSharp.Diffing;

namespace IcpBadge.Tests.Support;

/// <summary>Semantic HTML comparison: attribute order and insignificant whitespace don't matter, content does.</summary>
internal static class HtmlAssert
{
    public static void Equivalent(string expected, string actual, string context)
    {
        var diffs = DiffBuilder.Compare(expected).WithTest(actual).Build().ToList();
        Assert.True(
            diffs.Count == 0,
            $"{context}: {diffs.Count} difference(s):{Environment.NewLine}" + string.Join(Environment.NewLine, diffs.Select(d => "  " + d.Result + " " + d.Target + " " + Describe(d))) +
            $"{Environment.NewLine}actual:{Environment.NewLine}{actual}");
    }

    private static string Describe(AngleSharp.Diffing.Core.IDiff diff) => diff switch
    {
        AngleSharp.Diffing.Core.NodeDiff n => $"expected '{n.Control.Node.TextContent}' / actual '{n.Test.Node.TextContent}' at {n.Control.Path}",
        AngleSharp.Diffing.Core.AttrDiff a => $"attribute {a.Control.Attribute.Name}: expected '{a.Control.Attribute.Value}' / actual '{a.Test.Attribute.Value}' at {a.Control.Path}",
        AngleSharp.Diffing.Core.MissingNodeDiff m => $"missing {m.Control.Path}",
        AngleSharp.Diffing.Core.UnexpectedNodeDiff u => $"unexpected {u.Test.Path}",
        AngleSharp.Diffing.Core.MissingAttrDiff m => $"missing attribute {m.Control.Attribute.Name} at {m.Control.Path}",
        AngleSharp.Diffing.Core.UnexpectedAttrDiff u => $"unexpected attribute {u.Test.Attribute.Name} at {u.Test.Path}",
        _ => diff.ToString() ?? string.Empty,
    };
}
