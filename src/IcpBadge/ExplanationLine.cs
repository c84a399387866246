namespace IcpBadge;

/// <summary>One labelled line of an explanation, e.g. <c>kind</c> = <c>ICP website number (网站备案号)</c>.</summary>
/// <param name="Label">A short lower-case label.</param>
/// <param name="Value">What the line says.</param>
public readonly record struct ExplanationLine(string Label, string Value);
