using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Http;

namespace IcpBadge.AspNetCore.Components;

/// <summary>Renders a template's HTML as markup, exactly as the tag helpers and the CLI do.</summary>
public abstract class FooterComponentBase : ComponentBase
{
    /// <summary>The footer service.</summary>
    [Inject]
    public IcpBadgeFooter Footer { get; set; } = default!;

    /// <summary>The host the page is served on; taken from the request during static rendering when not set.</summary>
    [Parameter]
    public string? Host { get; set; }

    /// <summary>The request, available during static server rendering.</summary>
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    /// <summary>The template to render.</summary>
    protected abstract string TemplateName { get; }

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddMarkupContent(0, Footer.Render(TemplateName, Host, HttpContext));
    }
}
