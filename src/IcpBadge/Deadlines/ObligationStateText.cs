using IcpBadge.Localization;

namespace IcpBadge.Deadlines;

/// <summary>
/// The words for an <see cref="ObligationState"/> in reports: 已逾期, 即将到期, 待办, 已完成, 逾期完成, 不适用 in Chinese; the
/// state's own name (<c>Overdue</c>, <c>DueSoon</c>, …) in English, as the English reports have always written it.
/// </summary>
public static class ObligationStateText
{
    private static readonly Dictionary<ObligationState, LocalizedText> Words =
        Enum.GetValues<ObligationState>().ToDictionary(state => state, state => CoreText.Resources.Get("ObligationState." + state));

    /// <summary>The word for <paramref name="state"/> in both languages.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a defined state.</exception>
    public static LocalizedText Text(this ObligationState state) =>
        Words.TryGetValue(state, out var text) ? text : throw new ArgumentOutOfRangeException(nameof(state), state, "not an ObligationState");
}
