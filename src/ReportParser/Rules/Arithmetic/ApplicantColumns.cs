using System.Collections.Immutable;
using ReportParser.Model;
using ReportParser.Spec;

namespace ReportParser.Rules.Arithmetic;

/// <summary>The 表三 columns in order, with their printed labels for messages.</summary>
internal static class ApplicantColumns
{
    public static readonly ImmutableArray<ApplicantColumn> All =
    [
        ApplicantColumn.NaturalPerson, ApplicantColumn.CommercialEnterprise, ApplicantColumn.ResearchInstitution,
        ApplicantColumn.PublicInterestOrganization, ApplicantColumn.LegalServiceInstitution, ApplicantColumn.Other,
        ApplicantColumn.Total,
    ];

    public static string Label(ApplicantColumn column) => StandardTables.FindColumn(ReportIds.Of(column))!.Label;
}
