using System.Text.RegularExpressions;

namespace IcpBadge.Verification.Tests;

/// <summary>
/// docs/verification.md and its Chinese counterpart docs/zh-CN/verification.md explain every rule of the catalog, in its
/// order, and mark the rules that need a configuration.
/// </summary>
public sealed partial class RuleDocumentationTests
{
    [Theory]
    [InlineData("verification.md")]
    [InlineData("zh-CN/verification.md")]
    public void The_documentation_has_one_section_per_catalog_rule_in_catalog_order(string document)
    {
        var headings = Headings().Matches(File.ReadAllText(DocumentPath(document))).Select(m => (Id: m.Groups["id"].Value, Star: m.Groups["star"].Success)).ToList();

        Assert.Equal(VerificationRules.All.Select(r => r.Id), headings.Select(h => h.Id));
        Assert.Equal(VerificationRules.All.Select(r => r.NeedsConfiguration), headings.Select(h => h.Star));
    }

    private static string DocumentPath(string document)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "docs", document);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"docs/{document} not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^### (?<id>[A-Z]{3}\d{3})(?<star>\\\*)?\s*$", RegexOptions.Multiline)]
    private static partial Regex Headings();
}
