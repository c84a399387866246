using IcpBadge.Configuration;
using IcpBadge.Localization;

namespace IcpBadge.Cli;

/// <summary>Reads <c>icpbadge.json</c> (its <c>IcpBadge</c> section) into a validated <see cref="SiteProfile"/>.</summary>
internal static class ConfigFileLoader
{
    /// <summary>The file the CLI reads when <c>--config</c> is not given.</summary>
    public const string DefaultFileName = "icpbadge.json";

    /// <summary>Loads and validates <paramref name="path"/>; relative paths inside it resolve from its folder.</summary>
    /// <param name="path">The file; null for <see cref="DefaultFileName"/> in the current folder.</param>
    public static SiteProfileResult Load(string? path)
    {
        var fullPath = Path.GetFullPath(path ?? DefaultFileName);
        if (!File.Exists(fullPath))
        {
            var message = path is null
                ? CliText.Resources.Format("Config.MissingDefault", fullPath, DefaultFileName)
                : CliText.Resources.Format("Config.Missing", fullPath);
            return Failed("--config", path ?? DefaultFileName, message);
        }

        try
        {
            // The core's one reader of site JSON, the one inventories use: no second binder with rules of its own.
            return SiteInventory.ReadConfiguration(File.ReadAllBytes(fullPath), Path.GetDirectoryName(fullPath));
        }
        catch (Exception exception) when (exception is InventoryFormatException or IOException or UnauthorizedAccessException)
        {
            var message = exception.Message.ReplaceLineEndings(" ");
            return Failed("--config", path ?? DefaultFileName, (exception as InventoryFormatException)?.Text ?? new LocalizedText(message, message));
        }
    }

    private static SiteProfileResult Failed(string path, string value, LocalizedText message) =>
        SiteProfileResult.Failure(new ConfigurationProblem(path, value, message));
}
