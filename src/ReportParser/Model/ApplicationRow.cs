namespace ReportParser.Model;

/// <summary>Rows of 表三 收到和处理政府信息公开申请情况 in printed order; <see cref="ReportIds.Of(ApplicationRow)"/> gives the spec id.</summary>
public enum ApplicationRow
{
    /// <summary>T3.R1 一、本年新收政府信息公开申请数量.</summary>
    [SpecId("T3.R1")]
    NewlyReceived,

    /// <summary>T3.R2 二、上年结转政府信息公开申请数量.</summary>
    [SpecId("T3.R2")]
    CarriedOver,

    /// <summary>T3.R3 三、本年度办理结果 (group label, no values).</summary>
    [SpecId("T3.R3")]
    Outcomes,

    /// <summary>T3.R3.1 （一）予以公开.</summary>
    [SpecId("T3.R3.1")]
    Disclosed,

    /// <summary>T3.R3.2 （二）部分公开.</summary>
    [SpecId("T3.R3.2")]
    PartiallyDisclosed,

    /// <summary>T3.R3.3 （三）不予公开 (group).</summary>
    [SpecId("T3.R3.3")]
    NotDisclosed,

    /// <summary>T3.R3.3.1 属于国家秘密.</summary>
    [SpecId("T3.R3.3.1")]
    NotDisclosedStateSecret,

    /// <summary>T3.R3.3.2 其他法律行政法规禁止公开.</summary>
    [SpecId("T3.R3.3.2")]
    NotDisclosedProhibitedByLaw,

    /// <summary>T3.R3.3.3 危及“三安全一稳定”.</summary>
    [SpecId("T3.R3.3.3")]
    NotDisclosedEndangersSecurity,

    /// <summary>T3.R3.3.4 保护第三方合法权益.</summary>
    [SpecId("T3.R3.3.4")]
    NotDisclosedThirdPartyRights,

    /// <summary>T3.R3.3.5 属于三类内部事务信息.</summary>
    [SpecId("T3.R3.3.5")]
    NotDisclosedInternalAffairs,

    /// <summary>T3.R3.3.6 属于四类过程性信息.</summary>
    [SpecId("T3.R3.3.6")]
    NotDisclosedProcessInformation,

    /// <summary>T3.R3.3.7 属于行政执法案卷.</summary>
    [SpecId("T3.R3.3.7")]
    NotDisclosedEnforcementFile,

    /// <summary>T3.R3.3.8 属于行政查询事项.</summary>
    [SpecId("T3.R3.3.8")]
    NotDisclosedQueryMatter,

    /// <summary>T3.R3.4 （四）无法提供 (group).</summary>
    [SpecId("T3.R3.4")]
    CannotProvide,

    /// <summary>T3.R3.4.1 本机关不掌握相关政府信息.</summary>
    [SpecId("T3.R3.4.1")]
    CannotProvideNotHeld,

    /// <summary>T3.R3.4.2 没有现成信息需要另行制作.</summary>
    [SpecId("T3.R3.4.2")]
    CannotProvideNeedsCreation,

    /// <summary>T3.R3.4.3 补正后申请内容仍不明确.</summary>
    [SpecId("T3.R3.4.3")]
    CannotProvideStillUnclear,

    /// <summary>T3.R3.5 （五）不予处理 (group).</summary>
    [SpecId("T3.R3.5")]
    NotProcessed,

    /// <summary>T3.R3.5.1 信访举报投诉类申请.</summary>
    [SpecId("T3.R3.5.1")]
    NotProcessedComplaint,

    /// <summary>T3.R3.5.2 重复申请.</summary>
    [SpecId("T3.R3.5.2")]
    NotProcessedRepeated,

    /// <summary>T3.R3.5.3 要求提供公开出版物.</summary>
    [SpecId("T3.R3.5.3")]
    NotProcessedPublication,

    /// <summary>T3.R3.5.4 无正当理由大量反复申请.</summary>
    [SpecId("T3.R3.5.4")]
    NotProcessedExcessive,

    /// <summary>T3.R3.5.5 要求行政机关确认或重新出具已获取信息.</summary>
    [SpecId("T3.R3.5.5")]
    NotProcessedConfirmation,

    /// <summary>T3.R3.6 （六）其他处理: a group in V2021 (values in its three sub-rows), a data row in V2019Trial.</summary>
    [SpecId("T3.R3.6")]
    OtherHandling,

    /// <summary>T3.R3.6.1 申请人无正当理由逾期不补正 (V2021).</summary>
    [SpecId("T3.R3.6.1")]
    OtherHandlingNoCorrection,

    /// <summary>T3.R3.6.2 申请人逾期未按收费通知要求缴纳费用 (V2021).</summary>
    [SpecId("T3.R3.6.2")]
    OtherHandlingFeeUnpaid,

    /// <summary>T3.R3.6.3 其他 (V2021).</summary>
    [SpecId("T3.R3.6.3")]
    OtherHandlingOther,

    /// <summary>T3.R3.7 （七）总计.</summary>
    [SpecId("T3.R3.7")]
    OutcomeTotal,

    /// <summary>T3.R4 四、结转下年度继续办理.</summary>
    [SpecId("T3.R4")]
    CarriedForward,
}
