using IcpBadge.Configuration;
using IcpBadge.Localization;
using Microsoft.Extensions.Configuration;

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

        IcpBadgeOptions options;
        try
        {
            var configuration = new ConfigurationBuilder().AddJsonFile(fullPath, optional: false, reloadOnChange: false).Build();
            options = configuration.GetSection(IcpBadgeOptions.SectionName).Get<IcpBadgeOptions>() ?? new IcpBadgeOptions();
        }
        catch (Exception exception) when (exception is FormatException or InvalidDataException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            var message = exception.InnerException is { } inner ? $"{exception.Message} {inner.Message}" : exception.Message;
            return Failed("--config", path ?? DefaultFileName, new LocalizedText(message.ReplaceLineEndings(" "), message.ReplaceLineEndings(" ")));
        }

        return SiteProfile.Create(options, IcpBadgeOptions.SectionName, Path.GetDirectoryName(fullPath));
    }

    private static SiteProfileResult Failed(string path, string value, LocalizedText message) =>
        SiteProfileResult.Failure(new ConfigurationProblem(path, value, message));
}
