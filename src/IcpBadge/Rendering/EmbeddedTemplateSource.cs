using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace IcpBadge.Rendering;

/// <summary>The templates of <c>templates/</c>, embedded in the core assembly.</summary>
public sealed class EmbeddedTemplateSource : ITemplateSource
{
    private const string Prefix = "IcpBadge.Templates.";
    private const string Extension = ".scriban";

    private readonly ConcurrentDictionary<string, string?> _cache = new(StringComparer.Ordinal);

    /// <summary>The shared instance; it holds only immutable embedded text.</summary>
    public static EmbeddedTemplateSource Instance { get; } = new();

    /// <inheritdoc />
    public string Description => "built-in templates";

    /// <summary>The names of the embedded templates.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. typeof(EmbeddedTemplateSource).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^Extension.Length])
            .Order(StringComparer.Ordinal),
    ];

    /// <inheritdoc />
    public bool TryGetTemplate(string name, [NotNullWhen(true)] out string? text)
    {
        text = _cache.GetOrAdd(name, static n =>
        {
            using var stream = typeof(EmbeddedTemplateSource).Assembly.GetManifestResourceStream(Prefix + n + Extension);
            if (stream is null)
            {
                return null;
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });
        return text is not null;
    }
}
