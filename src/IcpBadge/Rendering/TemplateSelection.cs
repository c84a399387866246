using IcpBadge.Localization;
using System.Diagnostics.CodeAnalysis;

namespace IcpBadge.Rendering;

/// <summary>
/// Which templates a footer is rendered with, read from what a user names (<c>icp-badge render|inject --template</c>):
/// a built-in template's name, one <c>.scriban</c> file, or a folder of <c>.scriban</c> files that override the
/// built-in ones of the same name.
/// </summary>
/// <param name="Source">Where the templates come from.</param>
/// <param name="Name">The template to render.</param>
/// <example>
/// <code>
/// if (TemplateSelection.TryParse("my-templates/", TemplateNames.Default, out var selection, out var error))
/// {
///     var html = new FooterRenderer(selection.Source).Render(profile, selection.Name);
/// }
/// </code>
/// </example>
public sealed record TemplateSelection(ITemplateSource Source, string Name)
{
    /// <summary>
    /// Reads <paramref name="value"/>: null means the built-in <paramref name="defaultName"/>; an existing
    /// <c>.scriban</c> file is that template, its folder the template folder (so its includes resolve there); a value
    /// that names a folder (it exists, or contains a path separator) is a template folder rendering
    /// <paramref name="defaultName"/>; anything else is a built-in template's name.
    /// </summary>
    /// <returns>False, with <paramref name="error"/> saying so, when the folder named does not exist.</returns>
    public static bool TryParse(
        string? value,
        string defaultName,
        [NotNullWhen(true)] out TemplateSelection? selection,
        [NotNullWhen(false)] out LocalizedText? error)
    {
        ArgumentException.ThrowIfNullOrEmpty(defaultName);
        selection = new TemplateSelection(EmbeddedTemplateSource.Instance, defaultName);
        error = null;
        if (value is null)
        {
            return true;
        }

        if (value.EndsWith(".scriban", StringComparison.Ordinal) && File.Exists(value))
        {
            selection = new TemplateSelection(
                new DirectoryTemplateSource(Path.GetDirectoryName(Path.GetFullPath(value))!),
                Path.GetFileNameWithoutExtension(value));
            return true;
        }

        var looksLikePath = Directory.Exists(value) || value.Contains('/', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal);
        if (!looksLikePath)
        {
            selection = selection with { Name = value };
            return true;
        }

        if (!Directory.Exists(value))
        {
            selection = null;
            error = CoreText.Resources.Format("Template.FolderMissing", Path.GetFullPath(value));
            return false;
        }

        selection = selection with { Source = new DirectoryTemplateSource(value) };
        return true;
    }
}
