using IcpBadge.Configuration;
using IcpBadge.Filing;
using IcpBadge.Provinces;
using IcpBadge.Rules;
using NodaTime.Text;

namespace IcpBadge.Cli.Commands;

/// <summary>Asks for each value on the terminal, checking it with the same rules as the configuration, and asks again until it is valid.</summary>
internal sealed class InitPrompter(CliConsole console, CliText text, string baseDirectory)
{
    public InitAnswers Ask(InitAnswers defaults)
    {
        var province = Ask(text["Prompt.Province"], defaults.Province, optional: true, answer =>
            ProvinceCatalog.Lookup(answer) is { Success: false } lookup ? text.Of(lookup.ErrorText!) : null);
        var icp = Ask(text["Prompt.IcpNumber"], defaults.IcpNumber, optional: false, answer => CheckIcp(answer, province));
        var police = Ask(text["Prompt.PoliceNumber"], defaults.PoliceNumber, optional: true, answer =>
            PoliceFilingNumber.ParsePattern(answer) is { Success: false } result ? text.Of(result.Error.Text) : null);
        // The approval date is what tells deadlines the police filing is done; it is asked only with a number.
        var approved = police is null ? defaults.PoliceApprovedOn : Ask(text["Prompt.PoliceApprovedOn"], defaults.PoliceApprovedOn, optional: true, CheckDate);
        var name = Ask(text["Prompt.SiteName"], defaults.SiteName, optional: true, _ => null);
        var holder = Ask(text["Prompt.Holder"], defaults.Holder, optional: true, _ => null);
        var launched = Ask(text["Prompt.LaunchedOn"], defaults.LaunchedOn, optional: false, CheckDate);
        var emblem = Ask(text["Prompt.Emblem"], defaults.Emblem, optional: true, CheckEmblem);
        return new InitAnswers(province, icp, police, approved, name, holder, launched, emblem);
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

                console.Out.WriteLine("  " + text["Prompt.Required"]);
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

    private string? CheckDate(string answer) => LocalDatePattern.Iso.Parse(answer).Success ? null : text["Prompt.NotADate"];

    private string? CheckIcp(string answer, string? province)
    {
        var result = IcpFilingNumber.ParsePattern(answer);
        if (!result.TryGetValue(out var number))
        {
            return text.Of(result.Error!.Text);
        }

        if (province is not null && ProvinceCatalog.Lookup(province).Province is { } expected && expected != number.Province)
        {
            return text.Format("Prompt.ProvinceMismatch", number, number.Province.Name, expected.Name);
        }

        var choice = FooterNumberRule.Choose(number, IcpDisplay.Auto);
        return choice.Success ? null : text.Of(choice.ErrorText!);
    }

    private string? CheckEmblem(string answer)
    {
        var options = new IcpBadgeOptions();
        options.Icp.Number = "京ICP备12345678号-1";
        options.Police.Icon = answer;
        var problems = SiteProfile.Create(options, IcpBadgeOptions.SectionName, baseDirectory).Problems;
        return problems.Count == 0 ? null : text.Of(problems[0].Text);
    }
}
