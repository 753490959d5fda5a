using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Model;

namespace ReportParser.Spec;

/// <summary>
/// One generation of the national report format (spec §0, §3, §4): the report years it applies to, the 表二 columns
/// that identify it, the cells each standard table prints, its layout traits (the single or split （六）其他处理) and
/// what its text must say. Recognition votes over a <see cref="TemplateSet"/> (<see cref="TemplateSet.National"/> unless a test gives another); mapping, rules, serialization and rendering ask
/// these instances and nothing else about a template. Adding a template year is one more instance here, plus the
/// rules that really differ.
/// </summary>
internal sealed class TemplateSpec
{
    /// <summary>格式（试行）, 国办公开办函〔2019〕60号: reports for 2019 and 2020.</summary>
    public static readonly TemplateSpec V2019Trial = new(
        TemplateVersion.V2019Trial, 2019, 2020,
        disclosureCells:
        [
            ("T2.R.regulation", "T2.C.new_made"), ("T2.R.regulation", "T2.C.new_published"), ("T2.R.regulation", "T2.C.total_published"),
            ("T2.R.normative_doc", "T2.C.new_made"), ("T2.R.normative_doc", "T2.C.new_published"), ("T2.R.normative_doc", "T2.C.total_published"),
            ("T2.R.license", "T2.C.prev_year_items"), ("T2.R.license", "T2.C.change"), ("T2.R.license", "T2.C.decisions"),
            ("T2.R.other_admin_service", "T2.C.prev_year_items"), ("T2.R.other_admin_service", "T2.C.change"), ("T2.R.other_admin_service", "T2.C.decisions"),
            ("T2.R.penalty", "T2.C.prev_year_items"), ("T2.R.penalty", "T2.C.change"), ("T2.R.penalty", "T2.C.decisions"),
            ("T2.R.coercion", "T2.C.prev_year_items"), ("T2.R.coercion", "T2.C.change"), ("T2.R.coercion", "T2.C.decisions"),
            ("T2.R.admin_fee", "T2.C.prev_year_items"), ("T2.R.admin_fee", "T2.C.change"),
            ("T2.R.central_procurement", "T2.C.procurement_items"), ("T2.R.central_procurement", "T2.C.procurement_amount"),
        ],
        otherHandlingIsSplit: false,
        rowLabels: new Dictionary<string, string> { ["T2.R.normative_doc"] = "规范性文件" })
    {
        RequiresFeeStatement = false,
        RequiresOverviewAspects = false,
    };

    /// <summary>国办公开办函〔2021〕30号: reports for 2021 onward.</summary>
    public static readonly TemplateSpec V2021 = new(
        TemplateVersion.V2021, 2021, null,
        disclosureCells:
        [
            ("T2.R.regulation", "T2.C.issued"), ("T2.R.regulation", "T2.C.repealed"), ("T2.R.regulation", "T2.C.in_force"),
            ("T2.R.normative_doc", "T2.C.issued"), ("T2.R.normative_doc", "T2.C.repealed"), ("T2.R.normative_doc", "T2.C.in_force"),
            ("T2.R.license", "T2.C.decisions"),
            ("T2.R.penalty", "T2.C.decisions"),
            ("T2.R.coercion", "T2.C.decisions"),
            ("T2.R.admin_fee", "T2.C.fee_amount"),
        ],
        otherHandlingIsSplit: true,
        rowLabels: new Dictionary<string, string>())
    {
        RequiresFeeStatement = true,
        RequiresOverviewAspects = true,
    };

    private readonly ImmutableDictionary<string, string> _rowLabels;

    /// <summary>A template: the national ones are <see cref="V2019Trial"/> and <see cref="V2021"/>; a new generation is one more instance (and, in <see cref="TemplateSet.National"/>, one more entry).</summary>
    internal TemplateSpec(
        TemplateVersion version, int firstYear, int? lastYear, ImmutableArray<(string Row, string Column)> disclosureCells,
        bool otherHandlingIsSplit, IReadOnlyDictionary<string, string> rowLabels)
    {
        Version = version;
        FirstYear = firstYear;
        LastYear = lastYear;
        DisclosureCells = disclosureCells;
        DisclosureColumns = disclosureCells.Select(c => c.Column).ToImmutableHashSet(StringComparer.Ordinal);
        OtherHandlingIsSplit = otherHandlingIsSplit;
        ApplicationDataRows = StandardTables.ApplicationRows.Where(r => IsDataRow(r, otherHandlingIsSplit)).Select(r => r.Id).ToImmutableArray();
        ApplicationGroupRows = StandardTables.ApplicationRows.Where(r => r.Kind == RowKind.Group && !ApplicationDataRows.Contains(r.Id))
            .Select(r => r.Id).ToImmutableArray();
        ApplicationCells = ApplicationDataRows.SelectMany(r => StandardTables.ApplicantColumns.Select(c => (r, c.Id))).ToImmutableArray();
        ReviewCells = StandardTables.ReviewColumns.Select(c => (StandardTables.ReviewRowId, c.Id)).ToImmutableArray();
        _rowLabels = rowLabels.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>The public name of this template.</summary>
    public TemplateVersion Version { get; }

    /// <summary>The first report year the template applies to.</summary>
    public int FirstYear { get; }

    /// <summary>The last report year the template applies to, or null while it is current.</summary>
    public int? LastYear { get; }

    /// <summary>The 表二 columns this template prints (its column labels identify it).</summary>
    public ImmutableHashSet<string> DisclosureColumns { get; }

    /// <summary>The 表二 cells it prints, row by row.</summary>
    public ImmutableArray<(string Row, string Column)> DisclosureCells { get; }

    /// <summary>True when （六）其他处理 is a group of three rows, false when it is one data row.</summary>
    public bool OtherHandlingIsSplit { get; }

    /// <summary>The 表三 rows that carry values, in printed order.</summary>
    public ImmutableArray<string> ApplicationDataRows { get; }

    /// <summary>The 表三 rows that only label a group (三、本年度办理结果, （三）不予公开 …).</summary>
    public ImmutableArray<string> ApplicationGroupRows { get; }

    /// <summary>The 表三 cells it prints: every data row × the seven applicant columns.</summary>
    public ImmutableArray<(string Row, string Column)> ApplicationCells { get; }

    /// <summary>The 15 cells of 表四's single data row.</summary>
    public ImmutableArray<(string Row, string Column)> ReviewCells { get; }

    /// <summary>六、其他需要报告的事项 must state the 信息处理费 charged (RULE.N.FEE).</summary>
    public bool RequiresFeeStatement { get; init; }

    /// <summary>一、总体情况 must cover the five aspects (RULE.N.S1_ASPECTS).</summary>
    public bool RequiresOverviewAspects { get; init; }

    /// <summary>The same template held to other report years (when a later generation takes over).</summary>
    public TemplateSpec WithYears(int firstYear, int? lastYear) =>
        new(Version, firstYear, lastYear, DisclosureCells, OtherHandlingIsSplit, _rowLabels)
        {
            RequiresFeeStatement = RequiresFeeStatement,
            RequiresOverviewAspects = RequiresOverviewAspects,
        };

    /// <summary>The cells this template prints in a table.</summary>
    public ImmutableArray<(string Row, string Column)> CellsOf(string tableId) => tableId switch
    {
        StandardTables.T2 => DisclosureCells,
        StandardTables.T3 => ApplicationCells,
        _ => ReviewCells,
    };

    /// <summary>The label this template prints for a row (表二's 规范性文件 in 2019, 行政规范性文件 from 2021).</summary>
    public string LabelOf(string rowId) =>
        _rowLabels.TryGetValue(rowId, out var label) ? label : StandardTables.ApplicationRows.Concat(StandardTables.DisclosureRows).FirstOrDefault(r => r.Id == rowId)?.ShortLabel ?? rowId;

    /// <inheritdoc />
    public override string ToString() => Version.ToString();

    private static bool IsDataRow(RowSpec row, bool split) =>
        row.Id == StandardTables.OtherHandlingGroupId ? !split
        : row.Kind == RowKind.Data && (row.ParentId != StandardTables.OtherHandlingGroupId || split);
}
