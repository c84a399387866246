namespace IcpBadge.Rules;

/// <summary>One filing obligation with a deadline (SPEC §1.6), as a definition: what, when due, where it comes from.</summary>
public sealed class ObligationDefinition
{
    // The province fact limiting the obligation (a ProvinceRules property), or null when it applies everywhere.
    private readonly Func<ProvinceRules, bool>? _onlyWhere;

    internal ObligationDefinition(string id, string title, string due, string appliesWhen, string source, Func<ProvinceRules, bool>? onlyWhere = null)
    {
        Id = id;
        Title = title;
        Due = due;
        AppliesWhen = appliesWhen;
        Source = source;
        _onlyWhere = onlyWhere;
    }

    /// <summary>The stable id, <c>D1</c> to <c>D10</c>.</summary>
    public string Id { get; }

    /// <summary>What must be done.</summary>
    public string Title { get; }

    /// <summary>When it is due, e.g. "launch + 30 days".</summary>
    public string Due { get; }

    /// <summary>When the obligation applies to a site.</summary>
    public string AppliesWhen { get; }

    /// <summary>Where the rule comes from (seed and line, as in SPEC).</summary>
    public string Source { get; }

    /// <summary>
    /// Whether the obligation can apply to a site under <paramref name="rules"/>: the common ones everywhere, D6/D9 and
    /// D10 where <see cref="ProvinceRules"/> says so.
    /// </summary>
    public bool AppliesIn(ProvinceRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return _onlyWhere is null || _onlyWhere(rules);
    }
}
