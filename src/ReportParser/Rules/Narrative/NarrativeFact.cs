using System.Collections.Immutable;

namespace ReportParser.Rules.Narrative;

/// <summary>What a number in the text is about.</summary>
internal enum FactKind
{
    /// <summary>收到/受理/新收…申请 X 件 → T3.R1 (or R1 + R2).</summary>
    Received,

    /// <summary>上年结转 X 件 → T3.R2.</summary>
    CarriedOver,

    /// <summary>办结/答复/共办理 X 件 → T3.R3.7.</summary>
    Completed,

    /// <summary>结转下年度/顺延到下年度 X 件 → T3.R4.</summary>
    CarriedForward,

    /// <summary>予以公开 … 其他处理 X 件 → the outcome rows.</summary>
    Outcome,

    /// <summary>未收到政府信息公开申请 → T3.R1 = 0.</summary>
    NoApplications,

    /// <summary>政府信息公开行政复议 X 件 → T4 review total.</summary>
    Review,

    /// <summary>政府信息公开行政诉讼 X 件 → T4 litigation totals.</summary>
    Litigation,

    /// <summary>制发/公开规章 X 件 → T2 regulation issued.</summary>
    Regulation,

    /// <summary>制发/出台行政规范性文件 X 件 → T2 normative documents issued.</summary>
    NormativeDocument,
}

/// <summary>Which 表三 columns a count covers.</summary>
internal enum ApplicantScope
{
    Total,
    NaturalPerson,
    Organisations,
}

/// <summary>
/// One number the text states, with what it is about. <see cref="Position"/> is the number's index in
/// <see cref="Sentence"/>'s text; <see cref="Label"/> the words that name it (e.g. <c>予以公开及部分公开</c>).
/// </summary>
internal sealed record NarrativeFact(FactKind Kind, Sentence Sentence, int Position, decimal Value, string Anchor, string Label)
{
    public ApplicantScope Scope { get; init; } = ApplicantScope.Total;

    /// <summary>For <see cref="FactKind.Outcome"/>: the outcome rows summed (<c>T3.R3.1</c> … <c>T3.R3.6</c>).</summary>
    public ImmutableArray<string> Outcomes { get; init; } = [];

    /// <summary>A percentage printed right after the count (<c>208 件（17.46%）</c>), with its number of decimals.</summary>
    public decimal? Percent { get; init; }

    public int PercentDecimals { get; init; }
}
