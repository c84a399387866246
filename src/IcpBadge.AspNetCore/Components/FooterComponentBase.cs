using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IcpBadge.AspNetCore.Components;

/// <summary>
/// Renders a template's HTML as markup, exactly as the tag helpers and the CLI do. Works with static server rendering
/// (the request's host comes from <see cref="HttpContext"/>) and interactive rendering (from the page's address).
/// </summary>
public abstract class FooterComponentBase : ComponentBase
{
    /// <summary>The footer service.</summary>
    [Inject]
    public IcpBadgeFooter Footer { get; set; } = default!;

    /// <summary>The services, for the page's address when there is no request (interactive rendering).</summary>
    [Inject]
    public IServiceProvider Services { get; set; } = default!;

    /// <summary>
    /// The host whose number to show (a domain filed under its own number); the request's host, or the page's, when
    /// not set. With <c>Site.UnlistedHosts: Hide</c>, nothing is rendered for a host outside <c>Site.Domains</c>.
    /// </summary>
    [Parameter]
    public string? Host { get; set; }

    /// <summary>The template to render (a built-in name such as <c>compact</c>, or a custom template's); the component's own when not set.</summary>
    [Parameter]
    public string? Template { get; set; }

    /// <summary>
    /// Every other attribute (<c>class</c>, <c>id</c>, <c>style</c>, <c>data-*</c>, <c>aria-*</c>…), put on the footer's
    /// wrapper element: <c>class</c> is added to its classes, <c>style</c> after its own declarations. <c>true</c>
    /// writes the bare attribute, <c>false</c> and <see langword="null"/> leave it out; event handlers are not
    /// supported (the footer is static markup).
    /// </summary>
    [Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? AdditionalAttributes { get; set; }

    /// <summary>The request, available during static server rendering.</summary>
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    /// <summary>The template this component renders when <see cref="Template"/> is not set.</summary>
    protected abstract string TemplateName { get; }

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var host = Host;
        if (host is null && HttpContext is null && Footer.HostMatters)
        {
            host = PageHost();
        }

        var html = Footer.Render(Template ?? TemplateName, host, HttpContext, Attributes());
        if (html.Length > 0)
        {
            builder.AddMarkupContent(0, html);
        }
    }

    /// <summary>The host of the page's address during interactive rendering; null where there is none.</summary>
    private string? PageHost()
    {
        try
        {
            return Services.GetService<NavigationManager>() is { } navigation ? new Uri(navigation.BaseUri).Host : null;
        }
        catch (InvalidOperationException)
        {
            // A NavigationManager that was never initialised (a component rendered outside a page).
            return null;
        }
    }

    private WrapperAttribute[] Attributes()
    {
        if (AdditionalAttributes is not { Count: > 0 } attributes)
        {
            return [];
        }

        var kept = new List<WrapperAttribute>(attributes.Count);
        foreach (var (name, value) in attributes)
        {
            if (!WrapperAttributes.IsValidName(name))
            {
                continue;
            }

            switch (value)
            {
                case null or false or Delegate or EventCallback:
                    break;
                case true:
                    kept.Add(new WrapperAttribute(name, null));
                    break;
                default:
                    if (value.GetType().Name.StartsWith("EventCallback", StringComparison.Ordinal))
                    {
                        break;
                    }

                    kept.Add(new WrapperAttribute(name, HtmlEncoder.Default.Encode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty)));
                    break;
            }
        }

        return [.. kept];
    }
}
