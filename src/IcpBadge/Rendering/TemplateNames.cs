namespace IcpBadge.Rendering;

/// <summary>The names of the built-in templates in <c>templates/</c>.</summary>
public static class TemplateNames
{
    /// <summary>The centred footer: copyright, ICP link and police badge, licence on its own line.</summary>
    public const string Default = "default";

    /// <summary>Everything on one line.</summary>
    public const string Compact = "compact";

    /// <summary>Plain text, one item a line.</summary>
    public const string Text = "text";

    /// <summary>Markdown.</summary>
    public const string Markdown = "markdown";

    /// <summary>The ICP number linked to MIIT, alone.</summary>
    public const string IcpLink = "icp-link";

    /// <summary>The police emblem and number linked to the record, alone.</summary>
    public const string PoliceBadge = "police-badge";

    /// <summary>How values are encoded for a template: by its name (<c>text</c>, <c>*.text</c>; <c>markdown</c>, <c>*.markdown</c>; everything else HTML).</summary>
    public static TemplateEncoding EncodingOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name == Text || name.EndsWith(".text", StringComparison.Ordinal))
        {
            return TemplateEncoding.Text;
        }

        return name == Markdown || name.EndsWith(".markdown", StringComparison.Ordinal) ? TemplateEncoding.Markdown : TemplateEncoding.Html;
    }
}
