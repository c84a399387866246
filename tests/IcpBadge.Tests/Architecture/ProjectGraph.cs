using System.Xml.Linq;

namespace IcpBadge.Tests.Architecture;

/// <summary>The repository's projects as their project files declare them: SDK, project, framework and package references.</summary>
internal sealed class ProjectGraph
{
    private static readonly string[] ProjectFolders = ["src", "sample-site", "bench"];

    private readonly Dictionary<string, ProjectNode> _projects;

    private ProjectGraph(Dictionary<string, ProjectNode> projects) => _projects = projects;

    public IEnumerable<ProjectNode> Projects => _projects.Values;

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Reads every project under src/, sample-site/ and bench/.</summary>
    public static ProjectGraph Load()
    {
        var files = ProjectFolders
            .Select(folder => Path.Combine(RepositoryRoot, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.csproj", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var projects = files.Select(Read).ToDictionary(p => p.Name, StringComparer.Ordinal);
        return new ProjectGraph(projects);
    }

    public ProjectNode this[string name] => _projects[name];

    public bool Contains(string name) => _projects.ContainsKey(name);

    /// <summary>Every project <paramref name="name"/> references, directly or through another project.</summary>
    public IReadOnlySet<string> TransitiveReferences(string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(_projects[name].ProjectReferences);
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next) && _projects.TryGetValue(next, out var node))
            {
                foreach (var reference in node.ProjectReferences)
                {
                    pending.Push(reference);
                }
            }
        }

        return seen;
    }

    /// <summary>The packages and frameworks a project brings in, its own and those of every project it references.</summary>
    public IReadOnlySet<string> TransitiveDependencies(string name)
    {
        var all = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var project in TransitiveReferences(name).Append(name).Where(_projects.ContainsKey))
        {
            all.UnionWith(_projects[project].Dependencies);
        }

        return all;
    }

    private static ProjectNode Read(string file)
    {
        var document = XDocument.Load(file);
        var items = document.Descendants().Where(e => e.Name.LocalName.EndsWith("Reference", StringComparison.Ordinal)).ToList();
        var projects = items.Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

        // Analyzers and build-only packages (PrivateAssets="all") never reach a consumer or the running code.
        var dependencies = items.Where(e => e.Name.LocalName is "PackageReference" or "FrameworkReference")
            .Where(e => (string?)e.Attribute("PrivateAssets") != "all")
            .Select(e => e.Attribute("Include")!.Value)
            .ToList();
        var sdk = (string?)document.Root!.Attribute("Sdk") ?? string.Empty;
        if (sdk is "Microsoft.NET.Sdk.Web" or "Microsoft.NET.Sdk.Razor")
        {
            dependencies.Add("Microsoft.AspNetCore.App");
        }

        return new ProjectNode(Path.GetFileNameWithoutExtension(file), projects, dependencies);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "IcpBadge.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("IcpBadge.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One project file: its name, the projects it references and its package and framework references.</summary>
internal sealed record ProjectNode(string Name, IReadOnlyList<string> ProjectReferences, IReadOnlyList<string> Dependencies);
