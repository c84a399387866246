using System.Text.RegularExpressions;

namespace IcpBadge.Tests.Documentation;

/// <summary>One image a Markdown file shows: the file, its line, the path as written and the file it names.</summary>
internal sealed record ImageReference(string MarkdownFile, int Line, string Written, string? Resolved);

/// <summary>
/// The images a Markdown file shows as GitHub renders it: <c>![alt](path)</c>, <c>&lt;img src="…"&gt;</c> and
/// <c>&lt;source srcset="…"&gt;</c>. Fenced code blocks and inline code are examples, not pictures, and are skipped.
/// A relative path resolves from the Markdown file's folder, a path starting with <c>/</c> from the repository root
/// (as on GitHub); URLs (<c>https:</c>, <c>data:</c>, …) name no file here and resolve to null.
/// </summary>
internal static partial class MarkdownImages
{
    public static IEnumerable<ImageReference> In(string markdownFile, string repositoryRoot) =>
        Find(File.ReadAllText(markdownFile)).Select(found =>
            new ImageReference(markdownFile, found.Line, found.Path, Resolve(found.Path, Path.GetDirectoryName(markdownFile)!, repositoryRoot)));

    /// <summary>The image paths in <paramref name="markdown"/>, with their 1-based line numbers.</summary>
    public static IEnumerable<(int Line, string Path)> Find(string markdown)
    {
        string? fence = null;
        var lines = markdown.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var fenceMatch = Fence().Match(line);
            if (fenceMatch.Success && (fence is null || fenceMatch.Groups["fence"].Value.StartsWith(fence, StringComparison.Ordinal)))
            {
                fence = fence is null ? fenceMatch.Groups["fence"].Value : null;
                continue;
            }

            if (fence is not null)
            {
                continue;
            }

            var text = InlineCode().Replace(line, string.Empty);
            foreach (Match match in MarkdownImage().Matches(text))
            {
                yield return (index + 1, match.Groups["angled"].Success ? match.Groups["angled"].Value : match.Groups["bare"].Value);
            }

            foreach (Match match in ImgSource().Matches(text))
            {
                yield return (index + 1, match.Groups["path"].Value.Trim());
            }

            foreach (Match match in SourceSet().Matches(text))
            {
                foreach (var candidate in match.Groups["set"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return (index + 1, candidate.Split(' ')[0]);
                }
            }
        }
    }

    private static string? Resolve(string written, string markdownFolder, string repositoryRoot)
    {
        if (Scheme().IsMatch(written) || written.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(written.Split('#', '?')[0]);
        return path.StartsWith('/')
            ? Path.GetFullPath(Path.Combine(repositoryRoot, path.TrimStart('/')))
            : Path.GetFullPath(Path.Combine(markdownFolder, path));
    }

    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})")]
    private static partial Regex Fence();

    [GeneratedRegex(@"(?<ticks>`+).*?\k<ticks>")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"!\[(?:[^\]\\]|\\.)*\]\(\s*(?:<(?<angled>[^>]+)>|(?<bare>[^\s)]+))")]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"<img\b[^>]*?\bsrc\s*=\s*[""'](?<path>[^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex ImgSource();

    [GeneratedRegex(@"<source\b[^>]*?\bsrcset\s*=\s*[""'](?<set>[^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex SourceSet();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
