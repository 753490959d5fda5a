using System.IO;
using System.Linq;
using System.Text;
using ReportParser.Fixtures;
using ReportParser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReportParser.Tests.EndToEnd;

/// <summary>Every generated fixture: the committed bytes are what the generator writes today, and checking it gives its truth.</summary>
public sealed class FixtureTests
{
    private readonly ITestOutputHelper _output;

    public FixtureTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in FixtureCatalog.All)
        {
            data.Add(fixture.Path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Committed_fixture_is_current(string path)
    {
        var fixture = FixtureCatalog.All.Single(f => f.Path == path);

        File.ReadAllBytes(RepositoryPaths.Fixture(fixture.Path)).Should().Equal(
            fixture.Render(fixture.Spec),
            "fixtures/ is regenerated with: dotnet run --project tools/ReportParser.FixtureGenerator -- fixtures");
        File.ReadAllText(RepositoryPaths.Fixture(fixture.TruthPath), Encoding.UTF8).Should().Be(TruthWriter.Write(fixture));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_matches_its_truth_file(string path)
    {
        var fixture = FixtureCatalog.All.Single(f => f.Path == path);
        var truth = TruthFile.Load(RepositoryPaths.Fixture(fixture.TruthPath));

        var result = ReportChecker.Default.Check(RepositoryPaths.Fixture(fixture.Path));

        var accuracy = Accuracy.Measure(result, truth);
        _output.WriteLine(accuracy.ToString());
        accuracy.WrongCells.Should().BeEmpty();
        accuracy.MissingFindings.Should().BeEmpty();
        accuracy.ExtraErrors.Should().BeEmpty();
        result.Report.Year.Should().Be(truth.Year);
        result.Report.Agency.Should().Be(truth.Agency);
    }
}
