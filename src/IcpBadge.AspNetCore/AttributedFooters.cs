namespace IcpBadge.AspNetCore;

/// <summary>
/// Footers with a page's attributes spliced in, remembered so a request with the same attributes writes a cached
/// string as a plain <c>&lt;icp-badge /&gt;</c> does. Bounded: attribute values may vary per request
/// (<c>data-user="@id"</c>), so at most <see cref="Capacity"/> results are kept, the oldest replaced first.
/// </summary>
internal sealed class AttributedFooters
{
    private const int Capacity = 32;

    private readonly Entry?[] _entries = new Entry?[Capacity];
    private int _next;

    /// <summary><paramref name="html"/> with <paramref name="attributes"/> on its wrapper.</summary>
    public string Get(string html, ReadOnlySpan<WrapperAttribute> attributes)
    {
        if (attributes.IsEmpty || html.Length == 0)
        {
            return html;
        }

        foreach (var entry in _entries)
        {
            if (entry is not null && ReferenceEquals(entry.Html, html) && entry.Matches(attributes))
            {
                return entry.Result;
            }
        }

        var result = WrapperAttributes.Apply(html, attributes);
        var slot = (int)((uint)Interlocked.Increment(ref _next) % Capacity);
        Volatile.Write(ref _entries[slot], new Entry(html, attributes.ToArray(), result));
        return result;
    }

    private sealed class Entry(string html, WrapperAttribute[] attributes, string result)
    {
        public string Html { get; } = html;

        public string Result { get; } = result;

        public bool Matches(ReadOnlySpan<WrapperAttribute> other)
        {
            if (other.Length != attributes.Length)
            {
                return false;
            }

            for (var i = 0; i < other.Length; i++)
            {
                if (!string.Equals(other[i].Name, attributes[i].Name, StringComparison.Ordinal) ||
                    !string.Equals(other[i].EncodedValue, attributes[i].EncodedValue, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
