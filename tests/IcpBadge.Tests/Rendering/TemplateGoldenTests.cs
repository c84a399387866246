using System.Text.Json;
using IcpBadge.Rendering;
using IcpBadge.Tests.Support;
using NodaTime.Text;

namespace IcpBadge.Tests.Rendering;

/// <summary>
/// Each <c>TestFiles/NNN-topic/name.input.json</c> (a configuration plus <c>Template</c> and <c>Today</c>) renders to
/// <c>name.expected.html</c> (compared semantically), <c>name.expected.txt</c> (text and Markdown, exact), or — when the
/// configuration is invalid — <c>name.expected-problems.txt</c>, one problem a line.
/// </summary>
public sealed class TemplateGoldenTests
{
    private static readonly string Root = Path.Combine(GoldenFiles.ProjectDirectory, "Rendering", "TestFiles");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Root, "*.input.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Root, file)[..^".input.json".Length]);
        }

        return data;
    }

    [Fact]
    public void Cases_CoverAllProvincesAndVariants()
    {
        var cases = Cases().Cast<object[]>().Select(row => (string)row[0]).ToList();
        Assert.Equal(31, cases.Count(c => c.StartsWith("010-provinces", StringComparison.Ordinal)));
        Assert.True(cases.Count(c => c.StartsWith("020-variants", StringComparison.Ordinal)) >= 15);
        Assert.True(cases.Count(c => c.StartsWith("030-hostile", StringComparison.Ordinal)) >= 8);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_MatchesGoldenFile(string name)
    {
        var inputPath = Path.Combine(Root, name + ".input.json");
        using var input = JsonDocument.Parse(File.ReadAllText(inputPath));
        var template = input.RootElement.GetProperty("Template").GetString()!;
        var today = LocalDatePattern.Iso.Parse(input.RootElement.GetProperty("Today").GetString()!).Value;

        var loaded = TestProfiles.FromJsonFile(inputPath);
        if (!loaded.Success)
        {
            // Messages name absolute paths; golden files must not depend on where the repository is cloned.
            var problems = string.Join("\n", loaded.Problems.Select(p => p.ToString())).Replace(Root, "<TestFiles>", StringComparison.Ordinal) + "\n";
            var expectedProblems = GoldenFiles.ReadOrUpdate(Path.Combine(Root, name + ".expected-problems.txt"), problems);
            Assert.Equal(expectedProblems, problems);
            return;
        }

        var renderer = new FooterRenderer(EmbeddedTemplateSource.Instance, TestProfiles.ChinaNoon(today));
        var actual = renderer.Render(loaded.Profile, template);
        if (TemplateNames.EncodingOf(template) == TemplateEncoding.Html)
        {
            var expected = GoldenFiles.ReadOrUpdate(Path.Combine(Root, name + ".expected.html"), actual);
            HtmlAssert.Equivalent(expected, actual, name);
        }
        else
        {
            var expected = GoldenFiles.ReadOrUpdate(Path.Combine(Root, name + ".expected.txt"), actual);
            Assert.Equal(expected, actual);
        }
    }
}
