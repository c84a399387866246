namespace IcpBadge.Verification.Tests;

/// <summary>
/// Tests that bound the process's allocations run alone: xunit runs other test classes in parallel, and a gzip bomb
/// or a 50 MB sitemap in another class would count against them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationSensitive
{
    public const string Name = "Allocation-sensitive";
}
