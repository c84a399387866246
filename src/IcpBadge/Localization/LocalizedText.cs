namespace IcpBadge.Localization;

/// <summary>One piece of user-facing text in both languages: the Chinese first, as it is shown by default.</summary>
/// <param name="Zh">The text in simplified Chinese.</param>
/// <param name="En">The same text in English.</param>
public sealed record LocalizedText(string Zh, string En)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string In(Language language) => language == Language.En ? En : Zh;

    /// <summary>Returns the Chinese text.</summary>
    public override string ToString() => Zh;
}
