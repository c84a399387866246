namespace IcpBadge.Rendering;

/// <summary>The rule for template names: lower-case letters, digits, '.', '-' and '_', no path separators.</summary>
internal static class TemplateName
{
    public static bool IsValid(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 64 && char.IsAsciiLetterOrDigit(name[0]) && !name.Contains("..", StringComparison.Ordinal) &&
        name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '_');
}
