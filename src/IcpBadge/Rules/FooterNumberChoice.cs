using System.Diagnostics.CodeAnalysis;
using IcpBadge.Filing;

namespace IcpBadge.Rules;

/// <summary>The ICP number a footer must show, or why the configured number can't produce it.</summary>
public sealed class FooterNumberChoice
{
    private FooterNumberChoice(IcpFilingNumber? number, IcpDisplay effectiveDisplay, string? error)
    {
        Number = number;
        EffectiveDisplay = effectiveDisplay;
        Error = error;
    }

    /// <summary>The number to show, or <see langword="null"/> when <see cref="Error"/> is set.</summary>
    public IcpFilingNumber? Number { get; }

    /// <summary><see cref="IcpDisplay.Website"/> or <see cref="IcpDisplay.Main"/>: the rule that applied.</summary>
    public IcpDisplay EffectiveDisplay { get; }

    /// <summary>One sentence saying why no footer number could be chosen; <see langword="null"/> on success.</summary>
    public string? Error { get; }

    /// <summary>Whether a number was chosen.</summary>
    [MemberNotNullWhen(true, nameof(Number))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Number is not null;

    internal static FooterNumberChoice Chosen(IcpFilingNumber number, IcpDisplay display) => new(number, display, null);

    internal static FooterNumberChoice Failed(IcpDisplay display, string error) => new(null, display, error);
}
