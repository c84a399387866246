using System.IO.Compression;
using System.Text;

namespace IcpBadge.Cli.Tests;

/// <summary>
/// A generated site of many pages (the tree of <c>bench/scripts/generate-site.py</c>, smaller pages), some with
/// <c>.gz</c> and <c>.br</c> copies, for killing <c>inject</c> over it: it knows each page's original bytes and, once
/// <see cref="LearnInjected"/> has read a completed copy, its injected bytes; <see cref="Check"/> says whether what is on
/// disk is a state an atomic run may leave.
/// </summary>
internal sealed class KilledSite
{
    private const string Paragraph = "<p>京华示例科技的静态站点页面，用于测试 icp-badge inject 被强行终止后的状态。The quick brown fox jumps over the lazy dog.</p>\n";

    private readonly Dictionary<string, byte[]> _original = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _originalCopies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _injected = new(StringComparer.Ordinal);

    public KilledSite(string folder, int pages, int everyNthWithCopies)
    {
        Folder = folder;
        for (var i = 0; i < pages; i++)
        {
            var page = $"section-{i / 100:D3}/post-{i:D5}/index.html";
            var body = string.Concat(Enumerable.Repeat(Paragraph, 12 + (i % 7)));
            _original[page] = Encoding.UTF8.GetBytes(
                "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n" +
                $"<title>文章 {i} - 京华示例科技</title>\n</head>\n<body>\n<header><h1>文章 {i}</h1></header>\n<main>\n{body}</main>\n" +
                "<footer class=\"site-footer\"><p>联系我们</p></footer>\n</body>\n</html>\n");
            if (i % everyNthWithCopies == 0)
            {
                foreach (var suffix in Suffixes)
                {
                    _originalCopies[page + suffix] = Compress(suffix, _original[page]);
                }
            }
        }

        Restore(_original.Keys);
    }

    public static IReadOnlyList<string> Suffixes { get; } = [".gz", ".br"];

    public string Folder { get; }

    public IReadOnlyCollection<string> Pages => _original.Keys;

    public int PagesWithCopies => _originalCopies.Count / Suffixes.Count;

    /// <summary>Reads the injected bytes of every page from <paramref name="completed"/>, a copy a whole run went over.</summary>
    public void LearnInjected(string completed)
    {
        foreach (var page in Pages)
        {
            var bytes = File.ReadAllBytes(Path.Combine(completed, page));
            Assert.False(bytes.AsSpan().SequenceEqual(_original[page]), $"The complete run left {page} as it was.");
            _injected[page] = bytes;
        }
    }

    /// <summary>Writes the original bytes (and copies) of <paramref name="pages"/> back, plainly.</summary>
    public void Restore(IEnumerable<string> pages)
    {
        foreach (var page in pages)
        {
            var path = Path.Combine(Folder, page);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, _original[page]);
            foreach (var suffix in Suffixes)
            {
                if (_originalCopies.TryGetValue(page + suffix, out var copy))
                {
                    File.WriteAllBytes(path + suffix, copy);
                }
            }
        }
    }

    /// <summary>
    /// Checks every page and copy on disk: each page is byte for byte its original or its injected version; each copy
    /// decompresses to one of the two, and to the injected one when its page is injected (copies are written first).
    /// </summary>
    /// <returns>The problems found (empty when the state is one an atomic run may leave) and the pages not yet injected.</returns>
    public (List<string> Problems, List<string> Old) Check()
    {
        var problems = new List<string>();
        var old = new List<string>();
        foreach (var page in Pages)
        {
            var path = Path.Combine(Folder, page);
            var bytes = File.ReadAllBytes(path);
            var isNew = bytes.AsSpan().SequenceEqual(_injected[page]);
            if (!isNew && !bytes.AsSpan().SequenceEqual(_original[page]))
            {
                problems.Add($"{page} ({bytes.Length} bytes) is neither its original nor its injected version");
                continue;
            }

            if (!isNew)
            {
                old.Add(page);
            }

            foreach (var suffix in Suffixes.Where(s => _originalCopies.ContainsKey(page + s)))
            {
                var content = Decompress(path + suffix);
                var copyIsNew = content is not null && content.AsSpan().SequenceEqual(_injected[page]);
                if (!copyIsNew && (isNew || content is null || !content.AsSpan().SequenceEqual(_original[page])))
                {
                    problems.Add($"{page}{suffix} holds neither the page's original nor its injected bytes, or is older than its injected page");
                }
            }
        }

        return (problems, old);
    }

    /// <summary>After a completed run: every page injected and every copy decompressing to its page.</summary>
    public List<string> CheckComplete()
    {
        var (problems, old) = Check();
        problems.AddRange(old.Select(p => $"{p} is not injected after a completed run"));
        foreach (var copy in _originalCopies.Keys)
        {
            var page = copy[..copy.LastIndexOf('.')];
            if (!(Decompress(Path.Combine(Folder, copy)) ?? []).AsSpan().SequenceEqual(_injected[page]))
            {
                problems.Add($"{copy} does not decompress to its page after a completed run");
            }
        }

        return problems;
    }

    /// <summary>The temporary files of atomic writes anywhere in the site.</summary>
    public List<string> TemporaryFiles() =>
        [.. Directory.EnumerateFiles(Folder, "*.icp-badge.tmp", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })];

    private static byte[] Compress(string suffix, byte[] page)
    {
        using var buffer = new MemoryStream();
        using (Stream compressor = suffix == ".gz"
            ? new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)
            : new BrotliStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            compressor.Write(page);
        }

        return buffer.ToArray();
    }

    /// <returns>The decompressed bytes, or null when the file is not valid in its format.</returns>
    private static byte[]? Decompress(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using Stream decompressor = path.EndsWith(".gz", StringComparison.Ordinal)
                ? new GZipStream(file, CompressionMode.Decompress)
                : new BrotliStream(file, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            decompressor.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
