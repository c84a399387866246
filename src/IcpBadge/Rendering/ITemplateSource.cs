namespace IcpBadge.Rendering;

/// <summary>Where template text comes from: the embedded templates, or a user folder over them.</summary>
public interface ITemplateSource
{
    /// <summary>A short description for messages, e.g. <c>built-in templates</c> or a folder path.</summary>
    string Description { get; }

    /// <summary>Gets the text of template <paramref name="name"/> (without extension), if this source has it.</summary>
    bool TryGetTemplate(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text);
}
