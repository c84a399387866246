using System.Diagnostics.CodeAnalysis;

namespace IcpBadge.Rendering;

/// <summary>
/// A user's template folder: <c>&lt;name&gt;.scriban</c> files that override the built-in templates of the same name;
/// names it lacks come from the fallback. Lookups never leave the folder.
/// </summary>
public sealed class DirectoryTemplateSource : ITemplateSource
{
    private readonly string _root;
    private readonly ITemplateSource _fallback;

    /// <summary>Creates a source over <paramref name="directory"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public DirectoryTemplateSource(string directory, ITemplateSource? fallback = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        _root = Path.GetFullPath(directory);
        if (!Directory.Exists(_root))
        {
            throw new DirectoryNotFoundException($"The template folder {_root} does not exist.");
        }

        _fallback = fallback ?? EmbeddedTemplateSource.Instance;
    }

    /// <inheritdoc />
    public string Description => _root;

    /// <inheritdoc />
    public bool TryGetTemplate(string name, [NotNullWhen(true)] out string? text)
    {
        text = null;
        if (!TemplateName.IsValid(name))
        {
            return false;
        }

        var path = Path.GetFullPath(Path.Combine(_root, name + ".scriban"));
        var inside = path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (inside && File.Exists(path) && !IsLinkOutside(path))
        {
            text = File.ReadAllText(path);
            return true;
        }

        return _fallback.TryGetTemplate(name, out text);
    }

    /// <summary>A symbolic link may not lead out of the template folder.</summary>
    private bool IsLinkOutside(string path)
    {
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
        return target is not null && !Path.GetFullPath(target.FullName).StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
