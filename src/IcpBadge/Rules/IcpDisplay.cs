namespace IcpBadge.Rules;

/// <summary>Which ICP number a site's footer shows (the main or the website number).</summary>
public enum IcpDisplay
{
    /// <summary>The province's rule: the main number in Guangdong (粤), the website number everywhere else.</summary>
    Auto,

    /// <summary>Always the website number (<c>京ICP备12345678号-1</c>).</summary>
    Website,

    /// <summary>Always the main number (<c>粤ICP备19015064号</c>).</summary>
    Main,
}
