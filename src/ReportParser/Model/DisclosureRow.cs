namespace ReportParser.Model;

/// <summary>Rows of 表二 主动公开政府信息情况 (both templates).</summary>
public enum DisclosureRow
{
    /// <summary>T2.R.regulation 规章.</summary>
    [SpecId("T2.R.regulation")]
    Regulation,

    /// <summary>T2.R.normative_doc 行政规范性文件 (V2019Trial: 规范性文件).</summary>
    [SpecId("T2.R.normative_doc")]
    NormativeDocument,

    /// <summary>T2.R.license 行政许可.</summary>
    [SpecId("T2.R.license")]
    License,

    /// <summary>T2.R.other_admin_service 其他对外管理服务事项 (V2019Trial only).</summary>
    [SpecId("T2.R.other_admin_service")]
    OtherAdministrativeService,

    /// <summary>T2.R.penalty 行政处罚.</summary>
    [SpecId("T2.R.penalty")]
    Penalty,

    /// <summary>T2.R.coercion 行政强制.</summary>
    [SpecId("T2.R.coercion")]
    Coercion,

    /// <summary>T2.R.admin_fee 行政事业性收费.</summary>
    [SpecId("T2.R.admin_fee")]
    AdministrativeFee,

    /// <summary>T2.R.central_procurement 政府集中采购 (V2019Trial only).</summary>
    [SpecId("T2.R.central_procurement")]
    CentralProcurement,
}
