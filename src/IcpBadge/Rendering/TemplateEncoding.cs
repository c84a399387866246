namespace IcpBadge.Rendering;

/// <summary>How configured strings are encoded before a template sees them, so no template can forget to.</summary>
public enum TemplateEncoding
{
    /// <summary>HTML-encoded, safe in element content and quoted attributes.</summary>
    Html,

    /// <summary>Raw text.</summary>
    Text,

    /// <summary>HTML-encoded and Markdown punctuation escaped.</summary>
    Markdown,
}
