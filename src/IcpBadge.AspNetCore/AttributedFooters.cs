using IcpBadge.AspNetCore.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

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
    private int _lastHit;

    /// <summary><paramref name="html"/> with the kept ones of a tag helper element's <paramref name="attributes"/> on its wrapper.</summary>
    public string Get(string html, TagHelperAttributeList attributes)
    {
        // A page's footer element usually has literal attributes: the same objects on every request, matched by reference.
        if (Volatile.Read(ref _entries[Volatile.Read(ref _lastHit)]) is { Source: { } source } hot &&
            ReferenceEquals(hot.Html, html) && KeptAttributes.AreSame(attributes, source))
        {
            return hot.Result;
        }

        var buffer = default(KeptAttributes.Buffer);
        Span<WrapperAttribute> kept = attributes.Count <= KeptAttributes.Buffer.Length ? buffer : new WrapperAttribute[attributes.Count];
        kept = kept[..KeptAttributes.Copy(attributes, kept)];
        return Get(html, kept, attributes);
    }

    /// <summary><paramref name="html"/> with <paramref name="attributes"/> on its wrapper.</summary>
    public string Get(string html, ReadOnlySpan<WrapperAttribute> attributes) => Get(html, attributes, source: null);

    /// <param name="html">The rendered footer.</param>
    /// <param name="attributes">The attributes for its wrapper.</param>
    /// <param name="source">The tag helper attributes they were kept from, remembered with a new entry.</param>
    private string Get(string html, ReadOnlySpan<WrapperAttribute> attributes, TagHelperAttributeList? source)
    {
        if (attributes.IsEmpty || html.Length == 0)
        {
            return html;
        }

        // A page's footer element is the same on every request: the entry found last is tried first.
        var last = Volatile.Read(ref _lastHit);
        if (Volatile.Read(ref _entries[last]) is { } hot && ReferenceEquals(hot.Html, html) && hot.Matches(attributes))
        {
            return hot.Result;
        }

        for (var i = 0; i < _entries.Length; i++)
        {
            if (Volatile.Read(ref _entries[i]) is { } entry && ReferenceEquals(entry.Html, html) && entry.Matches(attributes))
            {
                Volatile.Write(ref _lastHit, i);
                return entry.Result;
            }
        }

        var result = WrapperAttributes.Apply(html, attributes);
        var slot = (int)((uint)Interlocked.Increment(ref _next) % Capacity);
        var snapshot = source is null ? null : KeptAttributes.Snapshot(source);
        Volatile.Write(ref _entries[slot], new Entry(html, attributes.ToArray(), result, snapshot));
        Volatile.Write(ref _lastHit, slot);
        return result;
    }

    private sealed class Entry(string html, WrapperAttribute[] attributes, string result, TagHelperAttribute[]? source)
    {
        public string Html { get; } = html;

        /// <summary>The tag helper attributes this entry was made from, when their values are immutable.</summary>
        public TagHelperAttribute[]? Source { get; } = source;

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
