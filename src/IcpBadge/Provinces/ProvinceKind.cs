namespace IcpBadge.Provinces;

/// <summary>The administrative kind of a provincial-level division.</summary>
public enum ProvinceKind
{
    /// <summary>A province (省).</summary>
    Province,

    /// <summary>A municipality directly under the central government (直辖市).</summary>
    Municipality,

    /// <summary>An autonomous region (自治区).</summary>
    AutonomousRegion,
}
