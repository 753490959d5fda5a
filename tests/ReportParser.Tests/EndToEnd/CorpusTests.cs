using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReportParser.Tests.EndToEnd;

/// <summary>
/// The real published reports of ../shared/corpus against their hand-checked truth: every value cell as printed, every
/// expected finding found, no other error. Skips when the corpus is not beside this checkout, or when the file's
/// format has no reader yet.
/// </summary>
public sealed class CorpusTests
{
    private readonly ITestOutputHelper _output;

    public CorpusTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public static TheoryData<string> TruthFiles()
    {
        var data = new TheoryData<string>();
        if (RepositoryPaths.Corpus is { } corpus)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(corpus, "truth"), "*.json").OrderBy(f => f, System.StringComparer.Ordinal))
            {
                data.Add(Path.GetFileNameWithoutExtension(file));
            }
        }
        else
        {
            data.Add("(no corpus)");
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(TruthFiles))]
    public void Real_report_matches_its_truth_file(string id)
    {
        Skip.If(RepositoryPaths.Corpus is null, "../shared/corpus is not present in this checkout");
        var truth = TruthFile.Load(Path.Combine(RepositoryPaths.Corpus!, "truth", id + ".json"));

        var result = CheckedDocuments.Corpus(truth.Source);
        Skip.If(result.Diagnostics.Any(d => d.Id == DiagnosticIds.UnsupportedFormat), $"no {truth.Format} reader yet");
        Skip.If(TextCorpusTests.NotYetRead.TryGetValue(id, out var notYet), notYet!);

        var accuracy = Accuracy.Measure(result, truth);
        _output.WriteLine(accuracy.ToString());

        accuracy.WrongCells.Should().BeEmpty();
        accuracy.MissingCells.Should().BeEmpty();
        accuracy.UncertainCells.Should().BeEmpty();
        accuracy.MissingFindings.Should().BeEmpty();
        accuracy.ExtraErrors.Should().BeEmpty();
        result.Status.Should().Be(ReportStatus.Checked);
        result.Report.Year.Should().Be(truth.Year);
    }
}
