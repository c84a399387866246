using System.Text.RegularExpressions;
using System.Xml.Linq;
using IcpBadge.Tests.Architecture;

namespace IcpBadge.Tests.Localization;

/// <summary>
/// Every assembly's English strings have a Chinese counterpart and the other way round: same keys, no empty value,
/// the same <c>{0}</c> placeholders. A key added in one language only fails here, not in front of a user.
/// </summary>
public sealed partial class ResourceParityTests
{
    public static TheoryData<string> NeutralResourceFiles() => new(NeutralFiles());

    private static IEnumerable<string> NeutralFiles()
    {
        foreach (var folder in new[] { "src", "sample-site" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(ProjectGraph.RepositoryRoot, folder), "*.resx", SearchOption.AllDirectories)
                         .Where(path => !path.EndsWith(".zh-Hans.resx", StringComparison.Ordinal))
                         .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                         .Order(StringComparer.Ordinal))
            {
                yield return Path.GetRelativePath(ProjectGraph.RepositoryRoot, file);
            }
        }
    }

    [Fact]
    public void The_core_has_resources()
    {
        Assert.Contains(Path.Combine("src", "IcpBadge", "Resources", "Strings.resx"), NeutralFiles());
    }

    [Theory]
    [MemberData(nameof(NeutralResourceFiles))]
    public void Both_languages_have_the_same_keys_and_placeholders(string neutralFile)
    {
        var english = Read(Path.Combine(ProjectGraph.RepositoryRoot, neutralFile));
        var chineseFile = Path.ChangeExtension(Path.Combine(ProjectGraph.RepositoryRoot, neutralFile), ".zh-Hans.resx");
        Assert.True(File.Exists(chineseFile), $"{neutralFile} has no Chinese counterpart {Path.GetFileName(chineseFile)}.");
        var chinese = Read(chineseFile);

        Assert.Empty(english.Keys.Except(chinese.Keys).Select(key => $"{key}: missing in Chinese"));
        Assert.Empty(chinese.Keys.Except(english.Keys).Select(key => $"{key}: missing in English"));
        foreach (var (key, value) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(value), $"{key} is empty in English.");
            Assert.False(string.IsNullOrWhiteSpace(chinese[key]), $"{key} is empty in Chinese.");
            Assert.True(
                Placeholders(value).SetEquals(Placeholders(chinese[key])),
                $"{key}: English has placeholders {{{string.Join(",", Placeholders(value))}}}, Chinese {{{string.Join(",", Placeholders(chinese[key]))}}}.");
        }
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string?)data.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
