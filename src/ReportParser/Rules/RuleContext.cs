using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Recognition.Templates;

namespace ReportParser.Rules;

/// <summary>
/// What a rule may use besides the report: the blank-cell policy and the bag it reports into. It is also the only way
/// a rule gets a number out of a cell, so that a cell the reader did not read (not found, ambiguous, doubtful, clipped)
/// can never feed a finding: <see cref="Operand"/> and <see cref="ReadNumber"/> return null for it, and
/// <see cref="Operands"/> and <see cref="CheckSum"/> record the identity as not assessed (RP0306, one per table).
/// </summary>
internal sealed class RuleContext
{
    private readonly DiagnosticBag _bag;
    private readonly List<Skip> _skipped = [];

    public RuleContext(DiagnosticBag bag, ReportCheckerOptions options)
    {
        _bag = bag;
        Options = options;
    }

    public ReportCheckerOptions Options { get; }

    /// <summary>An identity's name in RP0306: the rule and what it is about, e.g. <c>RULE.T3.RESULT_SUM[T3.C.total]</c>.</summary>
    public static string Identity(string rule, string scope) => rule + "[" + scope + "]";

    /// <summary>
    /// The number a cell contributes to an identity, or null when it is not assessable: a cell that was not read, or —
    /// under <see cref="BlankCellPolicy.NotAssessable"/> — a blank one. Never records anything.
    /// </summary>
    public decimal? Operand(CellValue cell)
    {
        if (cell.State == CellState.Read)
        {
            return cell.Number;
        }

        return cell.State == CellState.Blank && Options.BlankCells == BlankCellPolicy.TreatAsZero ? 0m : null;
    }

    /// <summary>The number printed in a cell the reader read with certainty, else null (for per-cell checks such as RULE.T3.NONNEG_INT).</summary>
    public static decimal? ReadNumber(CellValue cell) => cell.State == CellState.Read ? cell.Number : null;

    /// <summary>
    /// The operands of one identity when every one is assessable; otherwise null, and <paramref name="identity"/> is
    /// recorded as not assessed with the cells that stopped it.
    /// </summary>
    public decimal[]? Operands(string identity, IReadOnlyList<CellValue> cells)
    {
        var values = new decimal[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            if (Operand(cells[i]) is not { } value)
            {
                Skipped(identity, cells);
                return null;
            }

            values[i] = value;
        }

        return values;
    }

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, IEnumerable<CellValue> cells, params object[] arguments) =>
        _bag.Add(descriptor, location, cells.Select(c => c.Key).ToImmutableArray(), null, arguments);

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object[] arguments) =>
        _bag.Add(descriptor, location, arguments);

    /// <summary>
    /// Checks <c>total = Σ parts</c> under the blank-cell policy. Not assessable (no finding; <paramref name="identity"/>
    /// recorded as skipped) when an operand was not read or is unstated, except that a blank total over parts that were
    /// all read and sum to more than 0 is RP0508 for <paramref name="rule"/>. Returns the sum when the identity was
    /// assessable and does not hold, else null.
    /// </summary>
    public decimal? CheckSum(IReadOnlyList<CellValue> parts, CellValue total, string rule, string identity)
    {
        var all = parts.Append(total).ToList();
        if (all.Any(c => !c.IsRead) || Operands(identity, parts) is not { } operands)
        {
            Skipped(identity, all);
            return null;
        }

        var sum = operands.Sum();
        if (Operand(total) is not { } printed)
        {
            if (total.State == CellState.Blank && sum > 0)
            {
                _bag.Add(Descriptors.TotalLeftBlank, total.Location, all.Select(c => c.Key).ToImmutableArray(), rule, total.Key, sum);
            }
            else
            {
                Skipped(identity, all);
            }

            return null;
        }

        return printed == sum ? null : sum;
    }

    /// <summary>
    /// One RP0306 per table for the identities recorded as not assessed: which ones (<c>RULE.…[scope]</c>) and why (each
    /// cell that was not read, with its state). Called once after every rule ran.
    /// </summary>
    public void ReportSkipped(AnnualReport report)
    {
        foreach (var table in report.Tables)
        {
            var skips = _skipped.Where(s => s.Table == table.TableId).ToList();
            if (skips.Count == 0)
            {
                continue;
            }

            var identities = skips.Select(s => s.Identity).Distinct(StringComparer.Ordinal).ToList();
            var cells = skips.SelectMany(s => s.Cells).GroupBy(c => c.Key, StringComparer.Ordinal).Select(g => g.First()).ToList();
            var reasons = cells.Select(c => c.Key + ": " + c.State.Name());
            _bag.Add(
                Descriptors.ChecksNotAssessed, table.Location with { Row = null, Column = null }, cells.Select(c => c.Key).ToImmutableArray(), null,
                StandardTables.TableName(table.TableId), identities.Count, string.Join(", ", identities), string.Join("; ", reasons));
        }

        _skipped.Clear();
    }

    /// <summary>
    /// Records an identity stopped by cells the reader did not read. One stopped only by blank or text cells is not
    /// recorded: RP0302 and RP0301 already name those cells and say that the checks involving them were not assessed.
    /// </summary>
    private void Skipped(string identity, IEnumerable<CellValue> cells)
    {
        var stopping = cells.Where(c => !c.IsRead).ToImmutableArray();
        if (stopping.Length > 0 && stopping[0].Location.Table is { } table)
        {
            _skipped.Add(new Skip(table, identity, stopping));
        }
    }

    private sealed record Skip(string Table, string Identity, ImmutableArray<CellValue> Cells);
}
