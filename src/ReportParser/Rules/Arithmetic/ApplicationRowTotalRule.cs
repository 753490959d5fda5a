using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Recognition.Templates;

namespace ReportParser.Rules.Arithmetic;

/// <summary>RULE.T3.ROW_TOTAL: in every data row of 表三, 总计 = 自然人 + the five organisation columns.</summary>
internal sealed class ApplicationRowTotalRule : ReportRule
{
    private const string Rule = "RULE.T3.ROW_TOTAL";

    private static readonly ImmutableArray<ApplicantColumn> Parts =
    [
        ApplicantColumn.NaturalPerson, ApplicantColumn.CommercialEnterprise, ApplicantColumn.ResearchInstitution,
        ApplicantColumn.PublicInterestOrganization, ApplicantColumn.LegalServiceInstitution, ApplicantColumn.Other,
    ];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.RowTotalMismatch];

    public override void Check(AnnualReport report, RuleContext context)
    {
        if (report.Applications is not { } table)
        {
            return;
        }

        foreach (var rowId in table.Cells.Select(c => c.RowId).Distinct())
        {
            var row = (ApplicationRow)StandardTables.ApplicationRows.IndexOf(StandardTables.ApplicationRow(rowId));
            var parts = Parts.Select(c => table[row, c]).ToList();
            var total = table[row, ApplicantColumn.Total];
            if (context.CheckSum(parts, total, Rule, RuleContext.Identity(Rule, rowId)) is { } sum)
            {
                context.Report(Descriptors.RowTotalMismatch, total.Location, parts.Append(total), StandardTables.ApplicationRow(rowId).ShortLabel, sum, context.Operand(total)!.Value);
            }
        }
    }
}
