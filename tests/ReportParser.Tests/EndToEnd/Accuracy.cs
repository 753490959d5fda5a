using System.Collections.Generic;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Model;

namespace ReportParser.Tests.EndToEnd;

/// <summary>
/// Cells right / expected and findings expected / found / extra for one document, so a regression shows as a number.
/// A finding is matched by its rule (or id) and, where the truth gives them, its id, table, row and column; each
/// diagnostic answers at most one expected finding, so two expected findings need two diagnostics. Extra = errors no
/// expected finding asked for (warnings and infos the truth does not list are not counted).
/// </summary>
public sealed record Accuracy(
    string Id,
    string Format,
    int CellsRight,
    int CellsExpected,
    IReadOnlyList<string> WrongCells,
    int FindingsExpected,
    int FindingsFound,
    IReadOnlyList<string> MissingFindings,
    IReadOnlyList<string> ExtraErrors)
{
    public static Accuracy Measure(CheckResult result, TruthFile truth)
    {
        var printed = result.Report.Tables.SelectMany(t => t.Cells).Where(c => c.Kind != CellKind.Missing).ToDictionary(c => c.Key, c => c.Raw);
        var wrong = new List<string>();
        var right = 0;
        foreach (var (key, expected) in truth.Cells)
        {
            if (printed.TryGetValue(key, out var actual) && actual == expected)
            {
                right++;
            }
            else
            {
                wrong.Add($"{key}: expected \"{expected}\", got {(actual is null ? "(missing)" : "\"" + actual + "\"")}");
            }
        }

        wrong.AddRange(printed.Keys.Where(k => !truth.Cells.ContainsKey(k)).Select(k => k + ": read, but not in the truth"));

        var unmatched = result.Diagnostics.ToList();
        var missing = new List<string>();
        foreach (var expected in truth.ExpectedFindings.OrderByDescending(Specificity))
        {
            var match = unmatched.FirstOrDefault(d => Matches(expected, d));
            if (match is null)
            {
                missing.Add(expected.ToString());
            }
            else
            {
                unmatched.Remove(match);
            }
        }

        var extra = unmatched.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        return new Accuracy(
            truth.Id, truth.Format, right, truth.Cells.Count, wrong,
            truth.ExpectedFindings.Count, truth.ExpectedFindings.Count - missing.Count, missing, extra);
    }

    private static int Specificity(ExpectedFinding e) =>
        (e.Id is null ? 0 : 1) + (e.Table is null ? 0 : 1) + (e.Row is null ? 0 : 1) + (e.Column is null ? 0 : 1);

    public bool IsExact => WrongCells.Count == 0 && MissingFindings.Count == 0 && ExtraErrors.Count == 0;

    public static bool Matches(ExpectedFinding expected, Diagnostic diagnostic) =>
        (diagnostic.Rule == expected.Rule || diagnostic.Id == expected.Rule)
        && (expected.Id is null || diagnostic.Id == expected.Id)
        && (expected.Table is null || diagnostic.Location.Table == expected.Table)
        && (expected.Row is null || diagnostic.Location.Row == expected.Row)
        && (expected.Column is null || diagnostic.Location.Column == expected.Column);

    public override string ToString() =>
        $"{Id} ({Format}): cells {CellsRight}/{CellsExpected}; findings expected {FindingsExpected}, found {FindingsFound}, extra errors {ExtraErrors.Count}"
        + string.Concat(WrongCells.Take(20).Select(w => "\n  " + w))
        + string.Concat(MissingFindings.Select(m => "\n  missing finding " + m))
        + string.Concat(ExtraErrors.Select(e => "\n  extra " + e));
}
