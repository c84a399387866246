using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IcpBadge.AspNetCore.TagHelpers;

/// <summary>Which of a tag helper element's attributes go onto the footer's wrapper, with their values as Razor would write them.</summary>
internal static class KeptAttributes
{
    /// <summary>Copies the attributes carried over to the wrapper into <paramref name="kept"/>, their values HTML-encoded.</summary>
    /// <returns>How many were kept.</returns>
    public static int Copy(TagHelperAttributeList attributes, Span<WrapperAttribute> kept)
    {
        var count = 0;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            if (WrapperAttributes.IsKeptByTagHelpers(attribute.Name))
            {
                kept[count++] = new WrapperAttribute(attribute.Name, attribute.ValueStyle == HtmlAttributeValueStyle.Minimized ? null : Encode(attribute.Value));
            }
        }

        return count;
    }

    /// <summary>
    /// Whether <paramref name="attributes"/> are <paramref name="source"/> again: the same names and the same value objects.
    /// Only a string or an <see cref="HtmlString"/> value counts (both immutable), so an equal reference is an equal value.
    /// </summary>
    /// <remarks>
    /// Razor compiles a literal attribute (<c>class="site-footer"</c>) into one static <see cref="TagHelperAttribute"/>
    /// whose name and value are the same objects on every request; comparing references answers for it without
    /// filtering or encoding anything.
    /// </remarks>
    public static bool AreSame(TagHelperAttributeList attributes, TagHelperAttribute[] source)
    {
        if (attributes.Count != source.Length)
        {
            return false;
        }

        for (var i = 0; i < source.Length; i++)
        {
            var attribute = attributes[i];
            var known = source[i];
            if (!ReferenceEquals(attribute.Value, known.Value) ||
                attribute.ValueStyle != known.ValueStyle ||
                !string.Equals(attribute.Name, known.Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A copy of <paramref name="attributes"/> that <see cref="AreSame"/> can match later, or null when a value is not immutable.</summary>
    public static TagHelperAttribute[]? Snapshot(TagHelperAttributeList attributes)
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            if (attributes[i].Value is not (null or string or HtmlString))
            {
                return null;
            }
        }

        return [.. attributes];
    }

    private static string Encode(object? value)
    {
        switch (value)
        {
            case null:
                return string.Empty;
            case HtmlString html:
                return html.Value ?? string.Empty;
            case IHtmlContent content:
                using (var writer = new StringWriter(CultureInfo.InvariantCulture))
                {
                    content.WriteTo(writer, HtmlEncoder.Default);
                    return writer.ToString();
                }

            default:
                return HtmlEncoder.Default.Encode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
        }
    }

    /// <summary>Room for the attributes of a typical element (<c>class</c>, <c>id</c>, a few <c>data-*</c>) on the stack.</summary>
    [InlineArray(Length)]
    internal struct Buffer
    {
        public const int Length = 8;

        private WrapperAttribute _first;
    }
}
