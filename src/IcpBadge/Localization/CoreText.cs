namespace IcpBadge.Localization;

/// <summary>The core's user-facing strings (<c>Resources/Strings*.resx</c>): obligations, configuration problems, reports.</summary>
public static class CoreText
{
    /// <summary>The core assembly's strings in both languages.</summary>
    public static TextResources Resources { get; } = new(typeof(CoreText).Assembly, "IcpBadge.Resources.Strings");
}
