namespace ReportParser.Model;

/// <summary>Value columns of 表二; which exist depends on the template (spec §3.1, §4.1).</summary>
public enum DisclosureColumn
{
    /// <summary>T2.C.issued 本年制发件数 (V2021).</summary>
    [SpecId("T2.C.issued")]
    Issued,

    /// <summary>T2.C.repealed 本年废止件数 (V2021).</summary>
    [SpecId("T2.C.repealed")]
    Repealed,

    /// <summary>T2.C.in_force 现行有效件数 (V2021).</summary>
    [SpecId("T2.C.in_force")]
    InForce,

    /// <summary>T2.C.decisions 本年处理决定数量 (both).</summary>
    [SpecId("T2.C.decisions")]
    Decisions,

    /// <summary>T2.C.fee_amount 本年收费金额（单位：万元） (V2021).</summary>
    [SpecId("T2.C.fee_amount")]
    FeeAmount,

    /// <summary>T2.C.new_made 本年新制作数量 (V2019Trial).</summary>
    [SpecId("T2.C.new_made")]
    NewlyMade,

    /// <summary>T2.C.new_published 本年新公开数量 (V2019Trial).</summary>
    [SpecId("T2.C.new_published")]
    NewlyPublished,

    /// <summary>T2.C.total_published 对外公开总数量 (V2019Trial).</summary>
    [SpecId("T2.C.total_published")]
    TotalPublished,

    /// <summary>T2.C.prev_year_items 上一年项目数量 (V2019Trial).</summary>
    [SpecId("T2.C.prev_year_items")]
    PreviousYearItems,

    /// <summary>T2.C.change 本年增/减 (V2019Trial, signed).</summary>
    [SpecId("T2.C.change")]
    Change,

    /// <summary>T2.C.procurement_items 采购项目数量 (V2019Trial).</summary>
    [SpecId("T2.C.procurement_items")]
    ProcurementItems,

    /// <summary>T2.C.procurement_amount 采购总金额 (V2019Trial).</summary>
    [SpecId("T2.C.procurement_amount")]
    ProcurementAmount,
}
