using System.Diagnostics.CodeAnalysis;
using IcpBadge.Rendering;

namespace IcpBadge.Cli;

/// <summary>Reads <c>--template NAME|DIR</c>: a folder of templates (with the default name) or a template name.</summary>
internal static class TemplateChoice
{
    public static bool TryCreate(
        string? value,
        string defaultName,
        out ITemplateSource source,
        out string templateName,
        [NotNullWhen(false)] out string? error)
    {
        source = EmbeddedTemplateSource.Instance;
        templateName = defaultName;
        error = null;
        if (value is null)
        {
            return true;
        }

        if (value.EndsWith(".scriban", StringComparison.Ordinal) && File.Exists(value))
        {
            // One template file: its folder is the template folder (its includes resolve there), its name the template.
            source = new DirectoryTemplateSource(Path.GetDirectoryName(Path.GetFullPath(value))!);
            templateName = Path.GetFileNameWithoutExtension(value);
            return true;
        }

        var looksLikePath = Directory.Exists(value) || value.Contains('/', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal);
        if (!looksLikePath)
        {
            templateName = value;
            return true;
        }

        if (!Directory.Exists(value))
        {
            error = $"--template: the template folder {Path.GetFullPath(value)} does not exist.";
            return false;
        }

        source = new DirectoryTemplateSource(value);
        return true;
    }
}
