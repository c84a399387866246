using NodaTime;

namespace IcpBadge.Configuration;

/// <summary>A validated entry of <c>Changes</c>.</summary>
/// <param name="Filing">The filing concerned.</param>
/// <param name="EffectiveOn">The day the change takes effect.</param>
/// <param name="FiledOn">The day it was filed, if it was.</param>
public sealed record FilingChange(FilingKind Filing, LocalDate EffectiveOn, LocalDate? FiledOn);
