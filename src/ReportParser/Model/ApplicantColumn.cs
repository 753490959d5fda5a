namespace ReportParser.Model;

/// <summary>Value columns of 表三 (申请人情况) in printed order.</summary>
public enum ApplicantColumn
{
    /// <summary>T3.C.natural_person 自然人.</summary>
    NaturalPerson,

    /// <summary>T3.C.commercial 商业企业.</summary>
    CommercialEnterprise,

    /// <summary>T3.C.research 科研机构.</summary>
    ResearchInstitution,

    /// <summary>T3.C.public_interest 社会公益组织.</summary>
    PublicInterestOrganization,

    /// <summary>T3.C.legal_service 法律服务机构.</summary>
    LegalServiceInstitution,

    /// <summary>T3.C.other 其他.</summary>
    Other,

    /// <summary>T3.C.total 总计.</summary>
    Total,
}
