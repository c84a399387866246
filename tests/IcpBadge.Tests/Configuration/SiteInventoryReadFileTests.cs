using IcpBadge.Configuration;

namespace IcpBadge.Tests.Configuration;

/// <summary><see cref="SiteInventory.ReadFile"/>: an inventory file, its problems as one exception naming the file.</summary>
public sealed class SiteInventoryReadFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("icpbadge-read-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ReadFile_GivesEverySiteInFileOrder()
    {
        var path = Write("""
            { "Sites": [
              { "Site": { "Name": "甲" }, "Icp": { "Number": "京ICP备12345678号-1" } },
              { "Icp": { "Number": "x" } }
            ] }
            """);

        var sites = SiteInventory.ReadFile(path).ToList();

        Assert.Equal(2, sites.Count);
        Assert.True(sites[0].Success);
        Assert.Equal("甲", sites[0].Profile!.Name);
        Assert.False(sites[1].Success);
        Assert.StartsWith("[site 1] Sites:1:Icp:Number", sites[1].Problems[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_MissingFile_FailsOnTheFirstStepNamingTheFullPath()
    {
        var path = Path.Combine(_folder, "missing.json");
        var sites = SiteInventory.ReadFile(path);

        var exception = Assert.Throws<InventoryFileException>(() => sites.First());

        Assert.Equal(path, exception.FullPath);
        Assert.Equal($"the inventory file {path} does not exist.", exception.Message);
    }

    [Fact]
    public void ReadFile_Folder_SaysItIsAFolder()
    {
        var exception = Assert.Throws<InventoryFileException>(() => SiteInventory.ReadFile(_folder).ToList());

        Assert.Equal($"{_folder} is a folder, not an inventory file.", exception.Message);
    }

    [Fact]
    public void ReadFile_LockedFile_CannotBeRead()
    {
        var path = Write("""{ "Sites": [] }""");
        using var holder = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var exception = Assert.Throws<InventoryFileException>(() => SiteInventory.ReadFile(path).ToList());

        Assert.StartsWith($"cannot read the inventory file {path}: ", exception.Message, StringComparison.Ordinal);
        Assert.NotNull(exception.InnerException);
    }

    [Fact]
    public void ReadFile_NoInventory_IsAFormatErrorNamingThePathAsGiven()
    {
        var path = Write("""{ "Sites": 3 }""");

        var exception = Assert.Throws<InventoryFormatException>(() => SiteInventory.ReadFile(path).ToList());

        Assert.Equal(path, exception.SourceName);
        Assert.Equal("Sites must be an array of sites.", exception.Reason);
    }

    private string Write(string json)
    {
        var path = Path.Combine(_folder, "sites.json");
        File.WriteAllText(path, json);
        return path;
    }
}
