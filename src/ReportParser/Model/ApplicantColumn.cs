namespace ReportParser.Model;

/// <summary>Value columns of 表三 (申请人情况) in printed order.</summary>
public enum ApplicantColumn
{
    /// <summary>T3.C.natural_person 自然人.</summary>
    [SpecId("T3.C.natural_person")]
    NaturalPerson,

    /// <summary>T3.C.commercial 商业企业.</summary>
    [SpecId("T3.C.commercial")]
    CommercialEnterprise,

    /// <summary>T3.C.research 科研机构.</summary>
    [SpecId("T3.C.research")]
    ResearchInstitution,

    /// <summary>T3.C.public_interest 社会公益组织.</summary>
    [SpecId("T3.C.public_interest")]
    PublicInterestOrganization,

    /// <summary>T3.C.legal_service 法律服务机构.</summary>
    [SpecId("T3.C.legal_service")]
    LegalServiceInstitution,

    /// <summary>T3.C.other 其他.</summary>
    [SpecId("T3.C.other")]
    Other,

    /// <summary>T3.C.total 总计.</summary>
    [SpecId("T3.C.total")]
    Total,
}
