using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Rules.Structure;

/// <summary>RULE.S.TABLES: 表二, 表三 and 表四 are present as text tables; an image where one should be is RP0407.</summary>
internal sealed class StandardTablesRule : ReportRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.TableMissing, Descriptors.TableIsImage];

    public override void Check(AnnualReport report, RuleContext context)
    {
        Check(report, context, report.ActiveDisclosure, "T2", "S2", "表二", "主动公开政府信息情况");
        Check(report, context, report.Applications, "T3", "S3", "表三", "收到和处理政府信息公开申请情况");
        Check(report, context, report.ReviewLitigation, "T4", "S4", "表四", "政府信息公开行政复议、行政诉讼情况");
    }

    private static void Check(AnnualReport report, RuleContext context, ReportTable? table, string tableId, string sectionId, string name, string title)
    {
        if (table is not null)
        {
            return;
        }

        var section = report.Section(sectionId);
        var location = (section?.Location ?? new SourceLocation { Source = report.Source }) with { Table = tableId };
        var descriptor = section is { ImageCount: > 0 } ? Descriptors.TableIsImage : Descriptors.TableMissing;
        context.Report(descriptor, location, name, title);
    }
}
