using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Mapping;
using ReportParser.Model;
using ReportParser.Recognition;

namespace ReportParser.Rules.Structure;

/// <summary>
/// RULE.S.VERSION: the template fits the report year (2019–2020 试行, 2021 on 国办公开办函〔2021〕30号). A 2021 report
/// with the old single （六）其他处理 row (RP0406) or the old 规范性文件 label (RP0408) is noted as drift.
/// </summary>
internal sealed class TemplateVersionRule : ReportRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [Descriptors.TemplateMismatch, Descriptors.StaleOtherHandlingRow, Descriptors.StaleDisclosureLabel];

    public override void Check(AnnualReport report, RuleContext context)
    {
        var disclosureVersion = report.ActiveDisclosure?.Version ?? TemplateVersion.Unknown;
        if (report.Year is { } year && disclosureVersion != TemplateVersion.Unknown)
        {
            var expected = ReportMapper.ExpectedFor(year);
            if (expected is TemplateVersion.V2019Trial or TemplateVersion.V2021 && disclosureVersion != expected)
            {
                context.Report(Descriptors.TemplateMismatch, report.ActiveDisclosure!.Location, year, expected.ToString(), disclosureVersion.ToString());
            }
        }

        var expects2021 = disclosureVersion == TemplateVersion.V2021
            || (disclosureVersion == TemplateVersion.Unknown && report.Year >= 2021);
        if (report.Applications is { OtherHandlingIsSplit: false } applications && expects2021
            && applications.Find("T3.R3.6", "T3.C.total") is { Kind: not CellKind.Missing })
        {
            context.Report(Descriptors.StaleOtherHandlingRow, applications.Find("T3.R3.6", "T3.C.total")!.Location with { Column = null });
        }

        if (report.ActiveDisclosure is { Version: TemplateVersion.V2021 } disclosure
            && disclosure.RowLabels.TryGetValue("T2.R.normative_doc", out var label)
            && TextNormalizer.StripOrdinal(TextNormalizer.ForMatching(label)) == "规范性文件")
        {
            context.Report(Descriptors.StaleDisclosureLabel, disclosure.Location with { Row = "T2.R.normative_doc" }, label, "行政规范性文件");
        }
    }
}
