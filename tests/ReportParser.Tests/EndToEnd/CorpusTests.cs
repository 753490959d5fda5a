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
        var path = Path.Combine(RepositoryPaths.Corpus!, truth.Source);

        var result = ReportChecker.Default.Check(path);
        Skip.If(result.Diagnostics.Any(d => d.Id == DiagnosticIds.UnsupportedFormat), $"no {truth.Format} reader yet");

        var accuracy = Accuracy.Measure(result, truth);
        _output.WriteLine(accuracy.ToString());

        accuracy.WrongCells.Should().BeEmpty();
        accuracy.MissingFindings.Should().BeEmpty();
        accuracy.ExtraErrors.Should().BeEmpty();
        result.Status.Should().Be(ReportStatus.Checked);
        result.Report.Year.Should().Be(truth.Year);
    }
}

/// <summary>Cells right / expected and findings expected / found / extra, so a regression shows as a number.</summary>
public sealed record Accuracy(string Id, int CellsRight, int CellsExpected, IReadOnlyList<string> WrongCells, IReadOnlyList<string> MissingFindings, IReadOnlyList<string> ExtraErrors, int FindingsExpected)
{
    public static Accuracy Measure(CheckResult result, TruthFile truth)
    {
        var printed = result.Report.Tables.SelectMany(t => t.Cells).Where(c => c.Kind != CellKind.Missing).ToDictionary(c => c.Key, c => c.Raw);
        var wrong = new List<string>();
        foreach (var (key, expected) in truth.Cells)
        {
            if (!printed.TryGetValue(key, out var actual) || actual != expected)
            {
                wrong.Add($"{key}: expected \"{expected}\", got {(actual is null ? "(missing)" : "\"" + actual + "\"")}");
            }
        }

        wrong.AddRange(printed.Keys.Where(k => !truth.Cells.ContainsKey(k)).Select(k => k + ": not in the truth"));
        var rules = result.Diagnostics.Select(d => d.Rule).ToHashSet();
        var missing = truth.ExpectedFindings.Where(f => !rules.Contains(f) && !result.Diagnostics.Any(d => d.Id == f)).ToList();
        var extra = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error && !truth.ExpectedFindings.Contains(d.Rule) && !truth.ExpectedFindings.Contains(d.Id))
            .Select(d => d.ToString())
            .ToList();
        return new Accuracy(truth.Id, truth.Cells.Count - wrong.Count(w => !w.EndsWith("not in the truth", System.StringComparison.Ordinal)), truth.Cells.Count, wrong, missing, extra, truth.ExpectedFindings.Count);
    }

    public override string ToString() =>
        $"{Id}: cells {CellsRight}/{CellsExpected}; findings expected {FindingsExpected}, missing {MissingFindings.Count}, extra errors {ExtraErrors.Count}"
        + string.Concat(WrongCells.Take(20).Select(w => "\n  " + w))
        + string.Concat(MissingFindings.Select(m => "\n  missing finding " + m))
        + string.Concat(ExtraErrors.Select(e => "\n  extra " + e));
}
