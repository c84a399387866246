using IcpBadge.Configuration;
using IcpBadge.Filing;
using IcpBadge.Provinces;
using IcpBadge.Rules;
using NodaTime.Text;

namespace IcpBadge.Cli.Commands;

/// <summary>Asks for each value on the terminal, checking it with the same rules as the configuration, and asks again until it is valid.</summary>
internal sealed class InitPrompter(CliConsole console, string baseDirectory)
{
    public InitAnswers Ask(InitAnswers defaults)
    {
        var province = Ask("Province of the ICP filing (e.g. 北京, 粤, 44; Enter to take it from the number)", defaults.Province, optional: true, text =>
            ProvinceCatalog.Lookup(text) is { Success: false } lookup ? lookup.Error : null);
        var icp = Ask("ICP filing number (e.g. 京ICP备12345678号-1)", defaults.IcpNumber, optional: false, text => CheckIcp(text, province));
        var police = Ask("Police filing number (Enter if not approved yet)", defaults.PoliceNumber, optional: true, text =>
            PoliceFilingNumber.ParsePattern(text) is { Success: false } result ? result.Error.Message : null);
        var name = Ask("Filed site name (网站名称)", defaults.SiteName, optional: true, _ => null);
        var holder = Ask("Copyright holder (the filed organisation)", defaults.Holder, optional: true, _ => null);
        var launched = Ask("Launch date, YYYY-MM-DD", defaults.LaunchedOn, optional: false, text =>
            LocalDatePattern.Iso.Parse(text).Success ? null : "not a date: write it as YYYY-MM-DD, e.g. 2026-11-01.");
        var emblem = Ask("Police emblem image file (Enter to skip)", defaults.Emblem, optional: true, CheckEmblem);
        return new InitAnswers(province, icp, police, name, holder, launched, emblem);
    }

    private string? Ask(string question, string? current, bool optional, Func<string, string?> check)
    {
        while (true)
        {
            console.Out.Write(current is null ? $"{question}: " : $"{question} [{current}]: ");
            var line = console.In.ReadLine();
            if (line is null)
            {
                return current;
            }

            var answer = line.Trim().Length == 0 ? current : line.Trim();
            if (answer is null)
            {
                if (optional)
                {
                    return null;
                }

                console.Out.WriteLine("  A value is required.");
                continue;
            }

            if (check(answer) is { } problem)
            {
                console.Out.WriteLine("  " + problem);
                continue;
            }

            return answer;
        }
    }

    private static string? CheckIcp(string text, string? province)
    {
        var result = IcpFilingNumber.ParsePattern(text);
        if (!result.TryGetValue(out var number))
        {
            return result.Error!.Message;
        }

        if (province is not null && ProvinceCatalog.Lookup(province).Province is { } expected && expected != number.Province)
        {
            return $"{number} is a {number.Province.Name} number, but the province is {expected.Name}.";
        }

        var choice = FooterNumberRule.Choose(number, IcpDisplay.Auto);
        return choice.Success ? null : choice.Error;
    }

    private string? CheckEmblem(string text)
    {
        var options = new IcpBadgeOptions();
        options.Icp.Number = "京ICP备12345678号-1";
        options.Police.Icon = text;
        var problems = SiteProfile.Create(options, IcpBadgeOptions.SectionName, baseDirectory).Problems;
        return problems.Count == 0 ? null : problems[0].Message;
    }
}
