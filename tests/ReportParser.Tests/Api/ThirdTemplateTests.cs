using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Model;
using ReportParser.Spec;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Api;

/// <summary>
/// Issue 16: a new generation of the format is one <see cref="TemplateSpec"/> in a <see cref="TemplateSet"/>, plus the
/// rules that really differ — recognition, mapping and the rules take the set from the options and need no change. The
/// template below does not exist: from 2025 it drops 表二's 行政事业性收费 block, prints 政府集中采购 with its amount
/// again, and no longer asks 其他需要报告的事项 for the fee statement.
/// </summary>
public sealed class ThirdTemplateTests
{
    private const TemplateVersion V2025 = (TemplateVersion)4;

    private static readonly TemplateSpec Hypothetical2025 = new(
        V2025, 2025, null,
        [
            ("T2.R.regulation", "T2.C.issued"), ("T2.R.regulation", "T2.C.repealed"), ("T2.R.regulation", "T2.C.in_force"),
            ("T2.R.normative_doc", "T2.C.issued"), ("T2.R.normative_doc", "T2.C.repealed"), ("T2.R.normative_doc", "T2.C.in_force"),
            ("T2.R.license", "T2.C.decisions"),
            ("T2.R.penalty", "T2.C.decisions"),
            ("T2.R.coercion", "T2.C.decisions"),
            ("T2.R.central_procurement", "T2.C.procurement_amount"),
        ],
        otherHandlingIsSplit: true,
        rowLabels: new Dictionary<string, string>())
    {
        RequiresFeeStatement = false,
        RequiresOverviewAspects = true,
    };

    private static readonly ReportCheckerOptions WithThirdTemplate = ReportCheckerOptions.Default with
    {
        Templates = new TemplateSet([TemplateSpec.V2019Trial, TemplateSpec.V2021.WithYears(2021, 2024), Hypothetical2025]),
    };

    private const string FeeBlock =
        "<tr><td colspan=\"4\">第二十条第（八）项</td></tr>\n<tr><td>信息内容</td><td colspan=\"3\">本年收费金额（单位：万元）</td></tr>\n<tr><td>行政事业性收费</td><td colspan=\"3\">12.5</td></tr>";

    private const string ProcurementBlock =
        "<tr><td colspan=\"4\">第二十条第（十五）项</td></tr>\n<tr><td>信息内容</td><td colspan=\"3\">采购总金额</td></tr>\n<tr><td>政府集中采购</td><td colspan=\"3\">386.2</td></tr>";

    [Fact]
    public void A_report_of_the_third_template_is_recognised_mapped_and_checked_without_changes_outside_Spec()
    {
        var html = Report2025(HtmlReportWriter.Write(SampleReports.Balanced2021()).Replace(FeeBlock, ProcurementBlock, System.StringComparison.Ordinal));

        var result = Check.Html(html, options: WithThirdTemplate);

        result.Report.Year.Should().Be(2025);
        result.Report.Template.Should().Be(V2025);
        result.Report.ActiveDisclosure!.Version.Should().Be(V2025);
        var amount = result.Report.ActiveDisclosure[DisclosureRow.CentralProcurement, DisclosureColumn.ProcurementAmount];
        amount.State.Should().Be(CellState.Read);
        amount.Number.Should().Be(386.2m);
        result.Report.ActiveDisclosure[DisclosureRow.License, DisclosureColumn.Decisions].Number.Should().Be(120m);
        result.Report.ActiveDisclosure.Cells.Should().HaveCount(10, "the cells this template prints, none missing");
        result.Diagnostics.Should().BeEmpty("the report is balanced and follows the template of its year");
    }

    [Fact]
    public void RP0405_a_2025_report_on_the_2021_template_is_told_to_use_the_third()
    {
        var result = Check.Html(Report2025(HtmlReportWriter.Write(SampleReports.Balanced2021())), options: WithThirdTemplate);

        result.Report.Template.Should().Be(TemplateVersion.V2021);
        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Id.Should().Be(DiagnosticIds.TemplateMismatch);
        finding.Arguments.Should().Equal(2025, V2025.ToString(), nameof(TemplateVersion.V2021));
    }

    [Fact]
    public void The_national_set_is_untouched_the_same_2025_report_follows_the_2021_template()
    {
        var result = Check.Html(Report2025(HtmlReportWriter.Write(SampleReports.Balanced2021())));

        result.Report.Template.Should().Be(TemplateVersion.V2021);
        result.Diagnostics.Should().BeEmpty();
    }

    private static string Report2025(string html) => html.Replace("2023", "2025", System.StringComparison.Ordinal).Replace("2024", "2026", System.StringComparison.Ordinal);
}
