using System.Diagnostics.CodeAnalysis;
using IcpBadge.Filing;
using IcpBadge.Localization;

namespace IcpBadge.Rules;

/// <summary>The ICP number a footer must show, or why the configured number can't produce it.</summary>
public sealed class FooterNumberChoice
{
    private FooterNumberChoice(IcpFilingNumber? number, IcpDisplay effectiveDisplay, LocalizedText? errorText)
    {
        Number = number;
        EffectiveDisplay = effectiveDisplay;
        ErrorText = errorText;
    }

    /// <summary>The number to show, or <see langword="null"/> when <see cref="Error"/> is set.</summary>
    public IcpFilingNumber? Number { get; }

    /// <summary><see cref="IcpDisplay.Website"/> or <see cref="IcpDisplay.Main"/>: the rule that applied.</summary>
    public IcpDisplay EffectiveDisplay { get; }

    /// <summary>One sentence in English saying why no footer number could be chosen; <see langword="null"/> on success.</summary>
    public string? Error => ErrorText?.En;

    /// <summary>One sentence in both languages saying why no footer number could be chosen; <see langword="null"/> on success.</summary>
    public LocalizedText? ErrorText { get; }

    /// <summary>Whether a number was chosen.</summary>
    [MemberNotNullWhen(true, nameof(Number))]
    [MemberNotNullWhen(false, nameof(Error))]
    [MemberNotNullWhen(false, nameof(ErrorText))]
    public bool Success => Number is not null;

    internal static FooterNumberChoice Chosen(IcpFilingNumber number, IcpDisplay display) => new(number, display, null);

    internal static FooterNumberChoice Failed(IcpDisplay display, LocalizedText error) => new(null, display, error);
}
