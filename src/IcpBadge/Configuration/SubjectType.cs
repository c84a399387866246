namespace IcpBadge.Configuration;

/// <summary>Who holds the filing (备案主体).</summary>
public enum SubjectType
{
    /// <summary>An organisation (单位): company, institution, government body.</summary>
    Unit,

    /// <summary>An individual (个人).</summary>
    Personal,
}
