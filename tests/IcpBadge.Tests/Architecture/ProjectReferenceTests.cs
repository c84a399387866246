namespace IcpBadge.Tests.Architecture;

/// <summary>
/// The allowed references between the projects (docs/architecture.md): the core knows no ASP.NET, HTML parser,
/// console or database; no library references the CLI or a console package; web apps never load the CLI.
/// A project may add a kept library for its own job, but never one of another layer's kind.
/// </summary>
public sealed class ProjectReferenceTests
{
    private static readonly ProjectGraph Graph = ProjectGraph.Load();

    /// <summary>Package kinds that belong to one layer only, by name prefix.</summary>
    private static readonly Dictionary<string, string[]> Kinds = new(StringComparer.Ordinal)
    {
        ["ASP.NET"] = ["Microsoft.AspNetCore."],
        ["HTML parser"] = ["HtmlAgilityPack", "AngleSharp"],
        ["console"] = ["Spectre.Console", "System.CommandLine"],
        ["database"] = ["Microsoft.Data.Sqlite", "Npgsql", "SQLitePCLRaw"],
    };

    public static TheoryData<string, string[], string[]> Layers => new()
    {
        // project, the projects it may reference, the package kinds it must not bring in
        { "IcpBadge", [], ["ASP.NET", "HTML parser", "console", "database"] },
        { "IcpBadge.StaticSites", ["IcpBadge"], ["ASP.NET", "HTML parser", "console", "database"] },
        { "IcpBadge.StaticSites.Tasks", ["IcpBadge", "IcpBadge.StaticSites"], ["ASP.NET", "HTML parser", "console", "database"] },
        { "IcpBadge.Verification", ["IcpBadge"], ["ASP.NET", "console", "database"] },
        { "IcpBadge.Audits", ["IcpBadge", "IcpBadge.Verification"], ["ASP.NET", "console"] },
        { "IcpBadge.AspNetCore", ["IcpBadge", "IcpBadge.Verification"], ["console", "database"] },
        { "IcpBadge.Cli", ["IcpBadge", "IcpBadge.StaticSites", "IcpBadge.Verification", "IcpBadge.Audits"], ["ASP.NET"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_library_references_only_the_layers_below_it(string project, string[] allowedProjects, string[] forbiddenKinds)
    {
        Assert.True(Graph.Contains(project), $"{project} is missing from src/");

        var references = Graph.TransitiveReferences(project);
        Assert.All(references, reference => Assert.True(allowedProjects.Contains(reference), $"{project} must not reference {reference}"));

        var dependencies = Graph.TransitiveDependencies(project);
        foreach (var kind in forbiddenKinds)
        {
            var offending = dependencies.Where(d => Kinds[kind].Any(prefix => d.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))).ToList();
            Assert.True(offending.Count == 0, $"{project} must not depend on a {kind} package, but brings in {string.Join(", ", offending)}");
        }
    }

    [Fact]
    public void The_core_references_only_its_three_packages()
    {
        Assert.Empty(Graph["IcpBadge"].ProjectReferences);
        Assert.Equal(["Microsoft.Extensions.Options", "NodaTime", "Scriban.Signed"], Graph["IcpBadge"].Dependencies.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_web_app_or_library_loads_the_cli()
    {
        var offenders = Graph.Projects
            .Where(p => p.Name != "IcpBadge.Cli" && Graph.TransitiveReferences(p.Name).Contains("IcpBadge.Cli"))
            .Select(p => p.Name)
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_graph_sees_every_shipping_project() =>
        Assert.True(Graph.Contains("IcpBadge") && Graph.Contains("IcpBadge.Verification") && Graph.Contains("IcpBadge.AspNetCore") && Graph.Contains("IcpBadge.Audits") && Graph.Contains("IcpBadge.Cli"));
}
