using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace IcpBadge.Verification;

/// <summary>
/// <c>verify --format junit</c>: <c>testsuites</c> &gt; one <c>testsuite</c> per target &gt; one <c>testcase</c> per
/// finding (named <c>RULE evidence</c>, classname = the target). An error is a <c>&lt;failure&gt;</c>; a warning or
/// info is a passing test case whose <c>&lt;system-out&gt;</c> carries the message, so CI shows it without failing.
/// A target without findings has one passing test case, <c>all rules</c>. Nothing is ever <c>skipped</c>.
/// </summary>
internal static class JUnitReportWriter
{
    public static void Write(Stream output, IReadOnlyList<TargetReport> reports)
    {
        var suites = new XElement("testsuites", new XAttribute("name", "icp-badge verify"));
        var totalTests = 0;
        var totalFailures = 0;
        foreach (var report in reports)
        {
            var suite = new XElement("testsuite", new XAttribute("name", report.Target));
            var failures = 0;
            foreach (var finding in report.Findings)
            {
                var name = finding.Evidence.Length == 0 ? finding.Rule : $"{finding.Rule} {finding.Evidence}";
                var testcase = new XElement("testcase", new XAttribute("name", name), new XAttribute("classname", report.Target));
                var text = $"{finding.Rule} {ReportNames.Severity(finding.Severity)}: {finding.MessageEn} {finding.MessageZh}" + (finding.Evidence.Length == 0 ? string.Empty : $" [{finding.Evidence}]");
                if (finding.Severity == FindingSeverity.Error)
                {
                    failures++;
                    testcase.Add(new XElement("failure", new XAttribute("message", finding.MessageEn), new XAttribute("type", finding.Rule), text));
                }
                else
                {
                    testcase.Add(new XElement("system-out", text));
                }

                suite.Add(testcase);
            }

            if (report.Findings.Count == 0)
            {
                suite.Add(new XElement("testcase", new XAttribute("name", "all rules"), new XAttribute("classname", report.Target)));
            }

            var tests = Math.Max(1, report.Findings.Count);
            suite.SetAttributeValue("tests", tests.ToString(CultureInfo.InvariantCulture));
            suite.SetAttributeValue("failures", failures.ToString(CultureInfo.InvariantCulture));
            suite.SetAttributeValue("errors", "0");
            suite.SetAttributeValue("skipped", "0");
            totalTests += tests;
            totalFailures += failures;
            suites.Add(suite);
        }

        suites.SetAttributeValue("tests", totalTests.ToString(CultureInfo.InvariantCulture));
        suites.SetAttributeValue("failures", totalFailures.ToString(CultureInfo.InvariantCulture));
        suites.SetAttributeValue("errors", "0");
        // No BOM and no writer settings: the declaration is written as text, the tree as XElement formats it.
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        writer.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        writer.Write(suites.ToString());
        writer.Write('\n');
    }
}
