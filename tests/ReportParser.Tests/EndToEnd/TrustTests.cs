using System.Collections.Generic;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;
using Xunit.Abstractions;

namespace ReportParser.Tests.EndToEnd;

/// <summary>
/// "We could not read it" never looks like "the report is wrong" (issue 12): over every fixture and every corpus
/// report, no error finding has an operand cell that the reader did not read — not found, ambiguous, doubtful or
/// clipped — and every cell an error names exists in the report.
/// </summary>
public sealed class TrustTests
{
    private readonly ITestOutputHelper _output;

    public TrustTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void No_error_finding_of_any_fixture_or_corpus_report_rests_on_a_cell_that_was_not_read()
    {
        var violations = new List<string>();
        var errors = 0;
        var documents = 0;
        var unread = 0;
        foreach (var (name, result) in CheckedDocuments.All())
        {
            documents++;
            var cells = result.Report.Tables
                .SelectMany(t => t.Cells.Concat((t as ApplicationTable)?.NonStandardCells ?? []))
                .GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.First());
            unread += cells.Values.Count(c => !c.IsRead);
            foreach (var error in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                errors++;
                foreach (var key in error.Cells)
                {
                    if (!cells.TryGetValue(key, out var cell))
                    {
                        violations.Add($"{name}: {error.Id} names {key}, which the report does not have");
                    }
                    else if (!cell.IsRead)
                    {
                        violations.Add($"{name}: {error.Id} rests on {key}, state {cell.State}");
                    }
                }
            }
        }

        _output.WriteLine($"{documents} documents, {errors} error findings, {unread} cells not read");
        documents.Should().BeGreaterThan(100);
        violations.Should().BeEmpty();
    }
}
