using System.Text.RegularExpressions;
using IcpBadge.Tests.Architecture;

namespace IcpBadge.Tests.Documentation;

/// <summary>
/// The documents users read (the READMEs, docs/ and its Chinese pages, the package and npm READMEs) cite laws, not our
/// internal notes: no "SPEC §", no SPEC.md, no seed-line references such as <c>000:3742</c>. The two READMEs link each
/// other in their first line, and every relative link in a user document leads to a file that exists.
/// </summary>
public sealed partial class DocumentationTests
{
    /// <summary>Contributor documents: they may speak of the specification. Everything else under docs/ is for users.</summary>
    private static readonly string[] ContributorDocuments =
    [
        Path.Combine("docs", "performance.md"),
        Path.Combine("docs", "architecture.md"),
    ];

    public static TheoryData<string> UserDocuments() => new(UserDocumentPaths());

    private static IEnumerable<string> UserDocumentPaths()
    {
        var root = ProjectGraph.RepositoryRoot;
        var files = Directory.EnumerateFiles(root, "README*.md", SearchOption.TopDirectoryOnly)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateDirectories(Path.Combine(root, "src"))
                .Select(project => Path.Combine(project, "README.md"))
                .Where(File.Exists))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "npm"), "README.md", SearchOption.AllDirectories)
                .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            .Select(path => Path.GetRelativePath(root, path))
            .Where(path => !ContributorDocuments.Contains(path, StringComparer.Ordinal));
        return files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
    }

    [Fact]
    public void The_user_documents_include_both_readmes_the_chinese_docs_and_the_package_readmes()
    {
        var documents = UserDocumentPaths().ToList();

        Assert.Contains("README.md", documents);
        Assert.Contains("README.zh-CN.md", documents);
        Assert.Contains(Path.Combine("docs", "zh-CN", "README.md"), documents);
        Assert.Contains(Path.Combine("docs", "verification.md"), documents);
        Assert.Contains(Path.Combine("src", "IcpBadge", "README.md"), documents);
        Assert.Contains(Path.Combine("npm", "icp-badge", "README.md"), documents);
        Assert.DoesNotContain(Path.Combine("docs", "performance.md"), documents);
    }

    [Theory]
    [MemberData(nameof(UserDocuments))]
    public void A_user_document_cites_no_specification_section_and_no_seed_line(string document)
    {
        var lines = File.ReadAllLines(Path.Combine(ProjectGraph.RepositoryRoot, document));

        var internalReferences = lines
            .Select((line, index) => (Line: line, Number: index + 1))
            .SelectMany(l => InternalReference().Matches(l.Line).Select(m => $"{document}:{l.Number}: '{m.Value}' in: {l.Line.Trim()}"))
            .ToList();

        Assert.True(internalReferences.Count == 0, "Internal references in a user document (cite the law or say it in plain words):\n" + string.Join('\n', internalReferences));
    }

    [Theory]
    [InlineData("README.md", "README.zh-CN.md")]
    [InlineData("README.zh-CN.md", "README.md")]
    public void Each_readme_links_the_other_in_its_first_line(string readme, string other)
    {
        var firstLine = File.ReadLines(Path.Combine(ProjectGraph.RepositoryRoot, readme)).FirstOrDefault() ?? "";

        Assert.Contains($"]({other})", firstLine, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(UserDocuments))]
    public void Every_relative_link_of_a_user_document_leads_to_a_file_that_exists(string document)
    {
        var path = Path.Combine(ProjectGraph.RepositoryRoot, document);
        var folder = Path.GetDirectoryName(path)!;

        var broken = RelativeLinks(File.ReadAllText(path))
            .Where(target => !File.Exists(Path.Combine(folder, target)) && !Directory.Exists(Path.Combine(folder, target)))
            .ToList();

        Assert.True(broken.Count == 0, $"{document} links to files that do not exist: {string.Join(", ", broken)}");
    }

    [Theory]
    [InlineData("the source is 000:3742", true)]
    [InlineData("Source: 000:425\\, 003:314", true)]
    [InlineData("003:1041-1042", true)]
    [InlineData("see SPEC §6", true)]
    [InlineData("SPEC §1.5 item 2", true)]
    [InlineData("read /work/shared/SPEC.md", true)]
    [InlineData("the seed-11 site", true)]
    [InlineData("seed 000, line 425", true)]
    [InlineData("open http://127.0.0.1:5080", false)]
    [InlineData("at 17:00 on 30 November", false)]
    [InlineData("2026-11-24T10:00:00+08:00", false)]
    [InlineData("http://localhost:5000/ and [::1]:8080", false)]
    [InlineData("DTSTART;VALUE=DATE:20261201", false)]
    [InlineData("31 January + 1 month", false)]
    public void The_internal_reference_pattern_catches_seed_lines_and_spares_times_and_ports(string text, bool internalReference)
    {
        Assert.Equal(internalReference, InternalReference().IsMatch(text));
    }

    [Fact]
    public void Links_in_code_images_and_absolute_links_are_not_checked()
    {
        const string markdown = """
            See [the CLI](docs/cli.md#recipes), [mail](mailto:a@b.c), [site](https://example.cn/) and [top](#top).
            ![footer](docs/images/missing.png) `[not](a-link.md)`
            ```
            [also not](code.md)
            ```
            """;

        Assert.Equal(["docs/cli.md"], RelativeLinks(markdown));
    }

    /// <summary>The relative targets of the Markdown links outside code, without their #fragment; images excluded.</summary>
    private static IEnumerable<string> RelativeLinks(string markdown)
    {
        var prose = InlineCode().Replace(FencedCode().Replace(markdown, ""), "");
        return Link().Matches(prose)
            .Select(m => m.Groups["target"].Value)
            .Where(target => !target.StartsWith('#') && !Scheme().IsMatch(target))
            .Select(target => Uri.UnescapeDataString(target.Split('#')[0]))
            .Where(target => target.Length > 0);
    }

    /// <summary>"SPEC §…", SPEC.md, a seed-line reference (three-digit seed number, colon, line number), "seed-11" / "seed 000".</summary>
    [GeneratedRegex(@"SPEC\s*§|SPEC\.md|(?<![\d.:\[])\b\d{3}:\d{2,5}\b(?![:.]\d)|\bseed[- ]\d", RegexOptions.IgnoreCase)]
    private static partial Regex InternalReference();

    [GeneratedRegex(@"(?<!!)\[[^\]\n]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^[ \t]*(?<fence>```|~~~).*?^[ \t]*\k<fence>[^\n]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();
}
