using System.Collections.Immutable;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Spec;

namespace ReportParser.Rules.Structure;

/// <summary>RULE.S.HEADINGS: the six headings are present, numbered as the template numbers them; variants are noted.</summary>
internal sealed class SectionHeadingsRule : ReportRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [Descriptors.SectionMissing, Descriptors.SectionMisnumbered, Descriptors.HeadingVariant];

    public override void Check(AnnualReport report, RuleContext context)
    {
        var file = new SourceLocation { Source = report.Source };
        foreach (var spec in SectionSpecs.All)
        {
            var section = report.Section(spec.Id);
            if (section is null)
            {
                context.Report(Descriptors.SectionMissing, file, spec.Ordinal, spec.CanonicalTitle);
                continue;
            }

            if (section.Ordinal != spec.Ordinal)
            {
                context.Report(Descriptors.SectionMisnumbered, section.Location, section.Title, section.Ordinal ?? string.Empty, spec.Ordinal);
            }
            else if (!section.IsCanonical)
            {
                context.Report(Descriptors.HeadingVariant, section.Location, section.Title, spec.CanonicalTitle, spec.Id);
            }
        }

    }
}
