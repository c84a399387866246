namespace IcpBadge.AspNetCore;

/// <summary>An attribute a page puts on a footer element (<c>class</c>, <c>id</c>, <c>data-*</c>…), its value already HTML-encoded.</summary>
/// <param name="Name">The attribute name, lower case as written.</param>
/// <param name="EncodedValue">The HTML-encoded value, or <see langword="null"/> for a minimized attribute (<c>hidden</c>).</param>
internal readonly record struct WrapperAttribute(string Name, string? EncodedValue);
