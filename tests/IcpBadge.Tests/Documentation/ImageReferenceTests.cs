using System.Text;
using IcpBadge.Tests.Architecture;

namespace IcpBadge.Tests.Documentation;

/// <summary>
/// The pictures in the docs and the files in docs/images/ match: every image README*.md and docs/**/*.md show exists
/// and is a real PNG or SVG, and every file in docs/images/ is shown somewhere (eng/make-images.sh makes them).
/// </summary>
public sealed class ImageReferenceTests
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static string Root => ProjectGraph.RepositoryRoot;

    private static string ImagesFolder => Path.Combine(Root, "docs", "images");

    private static IEnumerable<string> MarkdownFiles() =>
        Directory.EnumerateFiles(Root, "README*.md")
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);

    private static List<ImageReference> References() =>
        [.. MarkdownFiles().SelectMany(file => MarkdownImages.In(file, Root))];

    private static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    [Fact]
    public void The_readme_shows_pictures()
    {
        Assert.Contains(References(), r => Relative(r.MarkdownFile) == "README.md" && r.Resolved is not null);
    }

    [Fact]
    public void Every_referenced_image_exists_and_is_a_png_or_svg()
    {
        var problems = References()
            .Where(r => r.Resolved is not null)
            .Select(r => Problem(r.Resolved!) is { } problem ? $"{Relative(r.MarkdownFile)}:{r.Line}: {r.Written}: {problem}" : null)
            .OfType<string>()
            .ToList();

        Assert.True(problems.Count == 0, "Broken pictures (run eng/make-images.sh):\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Every_file_in_docs_images_is_shown_somewhere()
    {
        var shown = References().Select(r => r.Resolved).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var orphans = Directory.EnumerateFiles(ImagesFolder, "*", SearchOption.AllDirectories)
            .Where(file => !shown.Contains(Path.GetFullPath(file)))
            .Select(Relative)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(orphans.Count == 0, "Files in docs/images/ that no README*.md or docs/**/*.md shows:\n" + string.Join('\n', orphans));
    }

    [Fact]
    public void Images_in_code_are_examples_and_not_pictures()
    {
        var markdown = """
            ![footer](docs/images/a.png "title") and <img alt="x" src="images/b.png" width="400">
            `![not a picture](c.png)` and ``<img src="d.png">``
            ```html
            <img src="/images/police-emblem.png">
            ```
            ~~~
            ![also not](e.png)
            ~~~
            <picture><source media="(prefers-color-scheme: dark)" srcset="f.png 2x, g.png"><img src="h.png"></picture>
            ![angled](<j k.png>)
            """;

        var found = MarkdownImages.Find(markdown.ReplaceLineEndings("\n")).ToList();

        Assert.Equal(
            [(1, "docs/images/a.png"), (1, "images/b.png"), (9, "h.png"), (9, "f.png"), (9, "g.png"), (10, "j k.png")],
            found);
    }

    /// <summary>Why <paramref name="file"/> is not a usable picture, or null when it is one.</summary>
    private static string? Problem(string file)
    {
        if (!File.Exists(file))
        {
            return "no such file";
        }

        var bytes = File.ReadAllBytes(file);
        if (bytes.Length == 0)
        {
            return "the file is empty";
        }

        return Path.GetExtension(file).ToUpperInvariant() switch
        {
            ".PNG" when bytes.AsSpan().StartsWith(PngSignature) => null,
            ".PNG" => "not a PNG (no PNG signature)",
            ".SVG" when Encoding.UTF8.GetString(bytes).Contains("<svg", StringComparison.Ordinal) => null,
            ".SVG" => "not an SVG (no <svg> element)",
            _ => "only PNG and SVG pictures are allowed",
        };
    }
}
