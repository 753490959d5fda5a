using System.Linq;
using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Spec;

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
        var templates = context.Options.Templates;
        var disclosureVersion = report.ActiveDisclosure?.Version ?? TemplateVersion.Unknown;
        if (report.Year is { } year && disclosureVersion != TemplateVersion.Unknown)
        {
            var expected = templates.ExpectedFor(year);
            if (templates.For(expected) is not null && disclosureVersion != expected)
            {
                context.Report(Descriptors.TemplateMismatch, report.ActiveDisclosure!.Location, year, expected.ToString(), disclosureVersion.ToString());
            }
        }

        // The template the report should follow: its 表二's, else its year's.
        var governing = templates.For(disclosureVersion != TemplateVersion.Unknown ? disclosureVersion : report.Year is { } y ? templates.ExpectedFor(y) : TemplateVersion.Unknown);
        var otherHandling = ReportIds.Of(ApplicationRow.OtherHandling);
        if (report.Applications is { OtherHandlingIsSplit: false } applications && governing is { OtherHandlingIsSplit: true }
            && applications.Find(otherHandling, ReportIds.Of(ApplicantColumn.Total)) is { Kind: not CellKind.Missing } single)
        {
            context.Report(Descriptors.StaleOtherHandlingRow, single.Location with { Column = null });
        }

        // A row label of an older template (规范性文件 in a 2021 表二).
        if (report.ActiveDisclosure is { } disclosure && templates.For(disclosure.Version) is { } template)
        {
            foreach (var printed in disclosure.RowLabels)
            {
                var core = LabelText.StripOrdinal(LabelText.ForMatching(printed.Value));
                var current = template.LabelOf(printed.Key);
                if (core != LabelText.ForMatching(current)
                    && templates.All.Any(t => t.FirstYear < template.FirstYear && LabelText.ForMatching(t.LabelOf(printed.Key)) == core))
                {
                    context.Report(Descriptors.StaleDisclosureLabel, disclosure.Location with { Row = printed.Key }, printed.Value, current);
                }
            }
        }
    }
}
