using System.Net;
using System.Text;

namespace IcpBadge.Rendering;

/// <summary>Encodes configured strings for a template's output; Chinese text stays as characters.</summary>
internal static class ValueEncoder
{
    public static string? Encode(string? value, TemplateEncoding encoding) => value is null
        ? null
        : encoding switch
        {
            TemplateEncoding.Html => Html(value),
            TemplateEncoding.Markdown => Markdown(value),
            _ => value,
        };

    /// <summary>Encodes &amp; &lt; &gt; " ' only, so CJK text is written as characters, not entities.</summary>
    private static string Html(string value)
    {
        if (value.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static string Markdown(string value)
    {
        var html = Html(value);
        var builder = new StringBuilder(html.Length + 8);
        foreach (var c in html)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '|' or '!')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Decodes for tests and tooling that compare against raw text.</summary>
    internal static string HtmlDecode(string value) => WebUtility.HtmlDecode(value);
}
