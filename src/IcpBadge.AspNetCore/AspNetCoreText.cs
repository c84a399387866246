using IcpBadge.Localization;

namespace IcpBadge.AspNetCore;

/// <summary>The Razor Class Library's user-facing strings (<c>Resources/Strings*.resx</c>): the health check's description and data.</summary>
internal static class AspNetCoreText
{
    /// <summary>The library's strings in both languages.</summary>
    public static TextResources Resources { get; } = new(typeof(AspNetCoreText).Assembly, "IcpBadge.AspNetCore.Resources.Strings");
}
