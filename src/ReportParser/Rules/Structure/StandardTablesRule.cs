using System.Linq;
using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Spec;

namespace ReportParser.Rules.Structure;

/// <summary>RULE.S.TABLES: 表二, 表三 and 表四 are present as text tables; an image where one should be is RP0407.</summary>
internal sealed class StandardTablesRule : ReportRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.TableMissing, Descriptors.TableIsImage];

    public override void Check(AnnualReport report, RuleContext context)
    {
        foreach (var table in StandardTable.All)
        {
            if (report.Tables.Any(t => t.TableId == table.Id))
            {
                continue;
            }

            var section = report.Section(table.SectionId);
            var location = (section?.Location ?? new SourceLocation { Source = report.Source }) with { Table = table.Id };
            var descriptor = section is { ImageCount: > 0 } ? Descriptors.TableIsImage : Descriptors.TableMissing;
            context.Report(descriptor, location, table.Name, table.Title);
        }
    }
}
