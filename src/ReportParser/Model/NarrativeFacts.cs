using System.Collections.Immutable;
using ReportParser.Diagnostics;

namespace ReportParser.Model;

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

/// <summary>One sentence of a section's running text (whitespace removed), with the sentence before it for context.</summary>
internal sealed record Sentence(string SectionId, string Text, string Previous, SourceLocation Location);

/// <summary>
/// The statistics period the report states (本报告中所列数据的统计期限为2023年1月1日至12月31日): the matched text, its
/// first year and — when printed — its end year; <see cref="StartsOnJanuaryFirst"/> when it begins on 1 January (then the
/// first year is the report year).
/// </summary>
internal sealed record StatisticsPeriod(string Text, int StartYear, int? EndYear, bool StartsOnJanuaryFirst);

/// <summary>
/// What the running text of a report states, read once in recognition (spec §5.5): the numbers it gives about
/// applications, reviews and documents, and its statistics period. The narrative rules only compare these with the tables.
/// </summary>
internal sealed record NarrativeFacts
{
    /// <summary>Nothing stated (a report without running text, or one read back from JSON).</summary>
    public static readonly NarrativeFacts None = new();

    /// <summary>The facts of 一、总体情况 and the text of sections 二–四, in document order.</summary>
    public ImmutableArray<NarrativeFact> Facts { get; init; } = [];

    /// <summary>The statistics period, or null when the report states none.</summary>
    public StatisticsPeriod? Period { get; init; }

    /// <summary>The report states only a period end (数据统计截至2023年12月31日): a period is there, its year not judged.</summary>
    public bool StatesPeriodEnd { get; init; }
}
