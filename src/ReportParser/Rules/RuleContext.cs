using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Rules;

/// <summary>What a rule may use besides the report: the blank-cell policy and the bag it reports into.</summary>
internal sealed class RuleContext
{
    private readonly DiagnosticBag _bag;

    public RuleContext(DiagnosticBag bag, ReportCheckerOptions options)
    {
        _bag = bag;
        Options = options;
    }

    public ReportCheckerOptions Options { get; }

    /// <summary>The number a cell contributes to an identity, or null when it is not assessable under the blank-cell policy.</summary>
    public decimal? Operand(CellValue cell)
    {
        if (cell.Number is { } number)
        {
            return number;
        }

        return Options.BlankCells == BlankCellPolicy.TreatAsZero && cell.IsUnstated ? 0m : null;
    }

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, IEnumerable<CellValue> cells, params object[] arguments) =>
        _bag.Add(descriptor, location, cells.Select(c => c.Key).ToImmutableArray(), null, arguments);

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object[] arguments) =>
        _bag.Add(descriptor, location, arguments);

    /// <summary>
    /// Checks <c>total = Σ parts</c> under the blank-cell policy. Not assessable (no finding) when an operand is unstated,
    /// except that a blank total over parts that sum to more than 0 is RP0508 for <paramref name="rule"/>.
    /// Returns the sum when the identity was assessable and does not hold, else null.
    /// </summary>
    public decimal? CheckSum(IReadOnlyList<CellValue> parts, CellValue total, string rule)
    {
        var operands = parts.Select(Operand).ToList();
        if (operands.Any(o => o is null))
        {
            return null;
        }

        var sum = operands.Sum(o => o!.Value);
        if (Operand(total) is not { } printed)
        {
            if (total.IsUnstated && sum > 0)
            {
                _bag.Add(Descriptors.TotalLeftBlank, total.Location, parts.Append(total).Select(c => c.Key).ToImmutableArray(), rule, total.Key, sum);
            }

            return null;
        }

        return printed == sum ? null : sum;
    }
}
