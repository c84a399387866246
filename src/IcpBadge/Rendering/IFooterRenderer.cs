using IcpBadge.Configuration;

namespace IcpBadge.Rendering;

/// <summary>The one renderer behind the tag helpers, the Razor components and the CLI.</summary>
public interface IFooterRenderer
{
    /// <summary>Renders template <paramref name="templateName"/> for <paramref name="profile"/>; cached until the profile or the China year changes.</summary>
    /// <param name="profile">The validated site.</param>
    /// <param name="templateName">A template name, e.g. <see cref="TemplateNames.Default"/>.</param>
    /// <param name="host">The host the page is served on (a domain may have its own number); null for the site's number.</param>
    /// <exception cref="FooterTemplateException">The template is missing or broken.</exception>
    string Render(SiteProfile profile, string templateName = TemplateNames.Default, string? host = null);
}
