using System.Collections.Generic;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Model;

namespace ReportParser.Tests.EndToEnd;

/// <summary>
/// Cells right / expected — with the cells not right split into wrong, missing and uncertain — and findings expected /
/// found / extra for one document, so a regression shows as a number.
/// <list type="bullet">
/// <item><b>wrong</b>: a cell read with certainty whose text is not what is printed, or read with certainty where the
/// truth has no such cell or says the source does not decide it. The worst outcome; must be 0.</item>
/// <item><b>missing</b>: a printed cell the reader did not find (state not-found); the diagnostics name it (RP0304).</item>
/// <item><b>uncertain</b>: a printed cell the reader reported as ambiguous, doubtful or clipped (RP0305), or an uncertain
/// cell the truth does not have.</item>
/// </list>
/// A finding is matched by its rule (or id) and, where the truth gives them, its id, table, row and column; each
/// diagnostic answers at most one expected finding, so two expected findings need two diagnostics. Extra = errors no
/// expected finding asked for, i.e. false errors (warnings and infos the truth does not list are not counted).
/// </summary>
public sealed record Accuracy(
    string Id,
    string Format,
    int CellsRight,
    int CellsExpected,
    IReadOnlyList<string> WrongCells,
    IReadOnlyList<string> MissingCells,
    IReadOnlyList<string> UncertainCells,
    int FindingsExpected,
    int FindingsFound,
    IReadOnlyList<string> MissingFindings,
    IReadOnlyList<string> ExtraErrors)
{
    public static Accuracy Measure(CheckResult result, TruthFile truth)
    {
        var ours = result.Report.Tables.SelectMany(t => t.Cells).Where(c => c.State != CellState.NotFound).ToDictionary(c => c.Key);
        var wrong = new List<string>();
        var missing = new List<string>();
        var uncertain = new List<string>();
        var right = 0;
        foreach (var (key, expected) in truth.Cells)
        {
            if (!ours.TryGetValue(key, out var cell))
            {
                missing.Add($"{key}: expected \"{expected}\", not found");
            }
            else if (!cell.IsRead)
            {
                uncertain.Add($"{key}: expected \"{expected}\", reported {cell.State} \"{cell.Raw}\"");
            }
            else if (cell.Raw == expected)
            {
                right++;
            }
            else
            {
                wrong.Add($"{key}: expected \"{expected}\", got \"{cell.Raw}\"");
            }
        }

        foreach (var cell in ours.Values.Where(c => !truth.Cells.ContainsKey(c.Key)))
        {
            if (!cell.IsRead)
            {
                if (!truth.AmbiguousCells.ContainsKey(cell.Key))
                {
                    uncertain.Add($"{cell.Key}: reported {cell.State} \"{cell.Raw}\", but not in the truth");
                }
            }
            else
            {
                wrong.Add(truth.AmbiguousCells.ContainsKey(cell.Key)
                    ? $"{cell.Key}: read as \"{cell.Raw}\", but the truth says the source does not decide it"
                    : $"{cell.Key}: read as \"{cell.Raw}\", but not in the truth");
            }
        }

        var unmatched = result.Diagnostics.ToList();
        var missingFindings = new List<string>();
        foreach (var expected in truth.ExpectedFindings.OrderByDescending(Specificity))
        {
            var match = unmatched.FirstOrDefault(d => Matches(expected, d));
            if (match is null)
            {
                missingFindings.Add(expected.ToString());
            }
            else
            {
                unmatched.Remove(match);
            }
        }

        var extra = unmatched.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        return new Accuracy(
            truth.Id, truth.Format, right, truth.Cells.Count, wrong, missing, uncertain,
            truth.ExpectedFindings.Count, truth.ExpectedFindings.Count - missingFindings.Count, missingFindings, extra);
    }

    private static int Specificity(ExpectedFinding e) =>
        (e.Id is null ? 0 : 1) + (e.Table is null ? 0 : 1) + (e.Row is null ? 0 : 1) + (e.Column is null ? 0 : 1);

    public bool IsExact =>
        WrongCells.Count == 0 && MissingCells.Count == 0 && UncertainCells.Count == 0 && MissingFindings.Count == 0 && ExtraErrors.Count == 0;

    public static bool Matches(ExpectedFinding expected, Diagnostic diagnostic) =>
        (diagnostic.Rule == expected.Rule || diagnostic.Id == expected.Rule)
        && (expected.Id is null || diagnostic.Id == expected.Id)
        && (expected.Table is null || diagnostic.Location.Table == expected.Table)
        && (expected.Row is null || diagnostic.Location.Row == expected.Row)
        && (expected.Column is null || diagnostic.Location.Column == expected.Column);

    /// <summary>One line per format over several documents: the figures the README's accuracy statement quotes.</summary>
    public static string Summary(string format, IReadOnlyCollection<Accuracy> rows) =>
        $"{format}: {rows.Count} documents, cells right {rows.Sum(r => r.CellsRight)}/{rows.Sum(r => r.CellsExpected)}, " +
        $"missing {rows.Sum(r => r.MissingCells.Count)}, uncertain {rows.Sum(r => r.UncertainCells.Count)}, wrong {rows.Sum(r => r.WrongCells.Count)}; " +
        $"findings found {rows.Sum(r => r.FindingsFound)}/{rows.Sum(r => r.FindingsExpected)}, false errors {rows.Sum(r => r.ExtraErrors.Count)}";

    public override string ToString() =>
        $"{Id} ({Format}): cells right {CellsRight}/{CellsExpected}, missing {MissingCells.Count}, uncertain {UncertainCells.Count}, wrong {WrongCells.Count}; "
        + $"findings expected {FindingsExpected}, found {FindingsFound}, false errors {ExtraErrors.Count}"
        + string.Concat(WrongCells.Take(20).Select(w => "\n  wrong " + w))
        + string.Concat(MissingCells.Take(20).Select(w => "\n  missing " + w))
        + string.Concat(UncertainCells.Take(20).Select(w => "\n  uncertain " + w))
        + string.Concat(MissingFindings.Select(m => "\n  missing finding " + m))
        + string.Concat(ExtraErrors.Select(e => "\n  false error " + e));
}
