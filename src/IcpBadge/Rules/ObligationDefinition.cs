namespace IcpBadge.Rules;

/// <summary>One filing obligation with a deadline (SPEC §1.6), as a definition: what, when due, where it comes from.</summary>
public sealed class ObligationDefinition
{
    internal ObligationDefinition(string id, string title, string due, string appliesWhen, string source, int? onlyInProvince)
    {
        Id = id;
        Title = title;
        Due = due;
        AppliesWhen = appliesWhen;
        Source = source;
        OnlyInProvince = onlyInProvince;
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

    /// <summary>The province code the obligation is limited to (31 Shanghai, 44 Guangdong), or <see langword="null"/> for all.</summary>
    public int? OnlyInProvince { get; }
}
