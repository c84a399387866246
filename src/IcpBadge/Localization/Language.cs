namespace IcpBadge.Localization;

/// <summary>
/// The language of prose meant for people: terminal output, reports, notifications. JSON carries both languages and
/// does not depend on it.
/// </summary>
public enum Language
{
    /// <summary>Simplified Chinese (简体中文), the default for reports and the compliance page.</summary>
    Zh,

    /// <summary>English.</summary>
    En,
}
