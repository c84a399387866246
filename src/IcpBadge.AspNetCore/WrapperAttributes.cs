using System.Buffers;
using System.Text;

namespace IcpBadge.AspNetCore;

/// <summary>
/// Puts a page's own attributes on the first element of a rendered footer (its wrapper): <c>class</c> is added to the
/// wrapper's classes, <c>style</c> after the wrapper's own declarations, anything else after the wrapper's attributes.
/// </summary>
/// <remarks>
/// The footer stays the renderer's cached string; this only splices text into its first start tag, so the markup
/// still comes from the templates alone. Attributes the wrapper already has (other than <c>class</c> and
/// <c>style</c>) are left as rendered: a page cannot change <c>lang</c> or a link's <c>href</c>.
/// </remarks>
internal static class WrapperAttributes
{
    /// <summary>The printable ASCII characters that end or break an attribute name.</summary>
    private static readonly SearchValues<char> NameBreakers = SearchValues.Create("\"'=<>/`");

    /// <summary>
    /// The names a tag helper carries over (<c>class</c>, <c>id</c>, <c>style</c>, <c>data-*</c>, <c>aria-*</c>, each a
    /// valid attribute name); the components carry every unmatched attribute.
    /// </summary>
    /// <remarks>Runs for every attribute of every footer element on every request, so the length picks the comparisons.</remarks>
    public static bool IsKeptByTagHelpers(string name) => name.Length switch
    {
        2 => name.Equals("id", StringComparison.OrdinalIgnoreCase),
        5 => name.Equals("class", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase),
        < 5 => false,
        _ => (name.StartsWith("data-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("aria-", StringComparison.OrdinalIgnoreCase)) && IsValidName(name),
    };

    /// <summary>Whether <paramref name="name"/> may be written as an attribute name (no quotes, spaces, <c>=</c>, <c>&lt;</c>, <c>&gt;</c>, <c>/</c>).</summary>
    public static bool IsValidName(string name)
    {
        var span = name.AsSpan();
        if (span.IsEmpty)
        {
            return false;
        }

        // Nearly every name is printable ASCII: two vectorized scans answer for it; anything else is checked per character.
        if (!span.ContainsAnyExceptInRange('!', '~'))
        {
            return !span.ContainsAny(NameBreakers);
        }

        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\'' or '=' or '<' or '>' or '/' or '`')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><paramref name="html"/> with <paramref name="attributes"/> on its first element; unchanged when it has none or no element.</summary>
    public static string Apply(string html, ReadOnlySpan<WrapperAttribute> attributes)
    {
        if (attributes.IsEmpty || html.Length == 0)
        {
            return html;
        }

        var tag = StartTag.Find(html);
        if (tag.End < 0)
        {
            return html;
        }

        var classes = new StringBuilder();
        var styles = new StringBuilder();
        var others = new StringBuilder();
        foreach (var attribute in attributes)
        {
            if (attribute.Name.Equals("class", StringComparison.OrdinalIgnoreCase))
            {
                Join(classes, attribute.EncodedValue, " ");
            }
            else if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                Join(styles, attribute.EncodedValue?.Trim().TrimEnd(';'), ";");
            }
            else if (!tag.Has(html, attribute.Name))
            {
                others.Append(' ').Append(attribute.Name);
                if (attribute.EncodedValue is not null)
                {
                    others.Append("=\"").Append(attribute.EncodedValue).Append('"');
                }
            }
        }

        // Insertions in order of position (a user template may put style before class); equal positions keep this order.
        var insertions = new List<(int At, string Text)>(3);
        AddTo(insertions, html, tag.ClassEnd, tag.End, "class", classes, " ");
        AddTo(insertions, html, tag.StyleEnd, tag.End, "style", styles, ";");
        if (others.Length > 0)
        {
            insertions.Add((tag.End, others.ToString()));
        }

        var result = new StringBuilder(html.Length + classes.Length + styles.Length + others.Length + 16);
        var position = 0;
        foreach (var (at, text) in insertions.OrderBy(i => i.At))
        {
            result.Append(html, position, at - position).Append(text);
            position = at;
        }

        return result.Append(html, position, html.Length - position).ToString();
    }

    private static void Join(StringBuilder into, string? value, string separator)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (into.Length > 0)
        {
            into.Append(separator);
        }

        into.Append(value.Trim());
    }

    /// <summary>Adds <paramref name="extra"/> inside the existing value ending at <paramref name="valueEnd"/>, or as a new attribute at the tag's end.</summary>
    private static void AddTo(List<(int At, string Text)> insertions, string html, int valueEnd, int tagEnd, string name, StringBuilder extra, string separator)
    {
        if (extra.Length == 0)
        {
            return;
        }

        if (valueEnd < 0)
        {
            insertions.Add((tagEnd, " " + name + "=\"" + extra + "\""));
            return;
        }

        var existing = ValueBefore(html, valueEnd);
        var join = existing.Length == 0 || (separator == ";" && existing.EndsWith(';')) ? string.Empty : separator;
        insertions.Add((valueEnd, join + extra));
    }

    /// <summary>The value that ends at the quote at <paramref name="quote"/>.</summary>
    private static ReadOnlySpan<char> ValueBefore(string html, int quote)
    {
        var start = html.LastIndexOf('"', quote - 1) + 1;
        return html.AsSpan(start, quote - start).Trim();
    }

    /// <summary>Where the first start tag of a rendered footer ends, and where its <c>class</c> and <c>style</c> values end.</summary>
    private readonly record struct StartTag(int NameEnd, int End, int ClassEnd, int StyleEnd)
    {
        /// <summary>Scans the first start tag; the templates write attribute values in double quotes.</summary>
        public static StartTag Find(string html)
        {
            var open = html.IndexOf('<', StringComparison.Ordinal);
            while (open >= 0 && (open + 1 >= html.Length || !char.IsAsciiLetter(html[open + 1])))
            {
                open = html.IndexOf('<', open + 1);
            }

            if (open < 0)
            {
                return new StartTag(-1, -1, -1, -1);
            }

            var i = open + 1;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not '>' and not '/')
            {
                i++;
            }

            var nameEnd = i;
            int classEnd = -1, styleEnd = -1;
            while (i < html.Length)
            {
                var c = html[i];
                if (c == '>' || (c == '/' && i + 1 < html.Length && html[i + 1] == '>'))
                {
                    return new StartTag(nameEnd, i, classEnd, styleEnd);
                }

                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                var nameStart = i;
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not '=' and not '>' and not '/')
                {
                    i++;
                }

                var attributeName = html.AsSpan(nameStart, i - nameStart);
                if (i < html.Length && html[i] == '=')
                {
                    i++;
                    var quote = i < html.Length && html[i] is '"' or '\'' ? html[i] : '\0';
                    if (quote != '\0')
                    {
                        var close = html.IndexOf(quote, i + 1);
                        if (close < 0)
                        {
                            break;
                        }

                        if (quote == '"' && attributeName.Equals("class", StringComparison.OrdinalIgnoreCase))
                        {
                            classEnd = close;
                        }
                        else if (quote == '"' && attributeName.Equals("style", StringComparison.OrdinalIgnoreCase))
                        {
                            styleEnd = close;
                        }

                        i = close + 1;
                    }
                    else
                    {
                        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                        {
                            i++;
                        }
                    }
                }
            }

            return new StartTag(-1, -1, -1, -1);
        }

        /// <summary>Whether the tag already has an attribute called <paramref name="name"/>.</summary>
        public bool Has(string html, string name)
        {
            var tag = html.AsSpan(NameEnd, End - NameEnd);
            var at = 0;
            while (true)
            {
                var found = tag[at..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    return false;
                }

                found += at;
                var after = found + name.Length;
                if (found > 0 && char.IsWhiteSpace(tag[found - 1]) && (after == tag.Length || tag[after] is '=' or ' ' or '/' or '>'))
                {
                    return true;
                }

                at = found + 1;
            }
        }
    }
}
