using IcpBadge.Filing;

namespace IcpBadge.Tests.Filing;

/// <summary>
/// Runs every <c>```example</c> block of <c>docs/filing-numbers.md</c>: line 1 the input, line 2 <c>.</c>, line 3
/// <c>&lt;Kind&gt; &lt;canonical&gt;</c> or <c>error &lt;Code&gt;</c>, optional line 4 the normalisations reported, in order.
/// </summary>
public sealed class FilingNumberSpecTests
{
    private const string ExampleFence = "```example";

    private static string DocPath => Path.Combine(AppContext.BaseDirectory, "docs", "filing-numbers.md");

    /// <summary>One case per example: its index in the file and its input, so each is listed and reported on its own.</summary>
    public static TheoryData<int, string> Examples()
    {
        var data = new TheoryData<int, string>();
        foreach (var (index, lines) in ReadExampleBlocks().Index())
        {
            data.Add(index, lines.Count > 0 ? lines[0] : string.Empty);
        }

        return data;
    }

    [Fact]
    public void Doc_Always_HasAtLeastFortyExamples()
    {
        Assert.True(File.Exists(DocPath), $"{DocPath} is not copied to the test output.");
        Assert.True(ReadExampleBlocks().Count >= 40, $"Only {ReadExampleBlocks().Count} examples found in {DocPath}.");
    }

    [Fact]
    public void Doc_EveryExampleFence_IsReadAsAnExample()
    {
        var fences = File.ReadAllLines(DocPath).Count(line => line.TrimEnd() == ExampleFence);

        Assert.Equal(fences, ReadExampleBlocks().Count);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_InDoc_ParsesAsDocumented(int index, string input)
    {
        var lines = ReadExampleBlocks()[index];
        Assert.InRange(lines.Count, 3, 4);
        Assert.Equal(input, lines[0]);
        Assert.Equal(".", lines[1]);
        var expectation = lines[2].Split(' ', 2);
        Assert.Equal(2, expectation.Length);
        var normalizations = lines.Count == 4
            ? lines[3].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<FilingNormalization>).ToList()
            : [];

        var result = FilingNumber.ParseAny(input);

        if (expectation[0] == "error")
        {
            var code = Enum.Parse<FilingParseErrorCode>(expectation[1]);
            Assert.False(result.Success, $"'{input}' should fail with {code} but parsed as {(result.Success ? result.Value.Kind + " " + result.Value : null)}.");
            Assert.Equal(code, result.Error.Code);
            Assert.InRange(result.Error.Position, 0, input.Length);
        }
        else
        {
            var kind = Enum.Parse<FilingNumberKind>(expectation[0]);
            Assert.True(result.Success, $"'{input}' should be {kind} {expectation[1]}: {result.Error?.Message}");
            Assert.Equal(kind, result.Value.Kind);
            Assert.Equal(expectation[1], result.Value.ToString());
            Assert.True(TypedParserAccepts(kind, input), $"The {kind} parser rejects '{input}'.");
        }

        Assert.Equal(normalizations, result.Normalizations);
    }

    private static bool TypedParserAccepts(FilingNumberKind kind, string input) => kind switch
    {
        FilingNumberKind.Police => PoliceFilingNumber.ParsePattern(input).Success,
        FilingNumberKind.IcpLicence or FilingNumberKind.TelecomLicence => OperatingLicenceNumber.ParsePattern(input).Success,
        _ => IcpFilingNumber.ParsePattern(input).Success,
    };

    /// <summary>The lines of each example block, fences excluded.</summary>
    private static List<List<string>> ReadExampleBlocks()
    {
        var blocks = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in File.ReadAllLines(DocPath))
        {
            if (current is null)
            {
                if (line.TrimEnd() == ExampleFence)
                {
                    current = [];
                }
            }
            else if (line.TrimEnd() == "```")
            {
                blocks.Add(current);
                current = null;
            }
            else
            {
                current.Add(line);
            }
        }

        if (current is not null)
        {
            blocks.Add(current);
        }

        return blocks;
    }
}
