namespace ReportParser.Model;

/// <summary>The 15 value columns of 表四 行政复议、行政诉讼 in printed order.</summary>
public enum ReviewLitigationColumn
{
    /// <summary>行政复议 结果维持.</summary>
    [SpecId("T4.C.review.upheld")]
    ReviewUpheld,

    /// <summary>行政复议 结果纠正.</summary>
    [SpecId("T4.C.review.corrected")]
    ReviewCorrected,

    /// <summary>行政复议 其他结果.</summary>
    [SpecId("T4.C.review.other")]
    ReviewOtherResult,

    /// <summary>行政复议 尚未审结.</summary>
    [SpecId("T4.C.review.pending")]
    ReviewPending,

    /// <summary>行政复议 总计.</summary>
    [SpecId("T4.C.review.total")]
    ReviewTotal,

    /// <summary>行政诉讼 未经复议直接起诉 结果维持.</summary>
    [SpecId("T4.C.lit_direct.upheld")]
    DirectSuitUpheld,

    /// <summary>行政诉讼 未经复议直接起诉 结果纠正.</summary>
    [SpecId("T4.C.lit_direct.corrected")]
    DirectSuitCorrected,

    /// <summary>行政诉讼 未经复议直接起诉 其他结果.</summary>
    [SpecId("T4.C.lit_direct.other")]
    DirectSuitOtherResult,

    /// <summary>行政诉讼 未经复议直接起诉 尚未审结.</summary>
    [SpecId("T4.C.lit_direct.pending")]
    DirectSuitPending,

    /// <summary>行政诉讼 未经复议直接起诉 总计.</summary>
    [SpecId("T4.C.lit_direct.total")]
    DirectSuitTotal,

    /// <summary>行政诉讼 复议后起诉 结果维持.</summary>
    [SpecId("T4.C.lit_after_review.upheld")]
    SuitAfterReviewUpheld,

    /// <summary>行政诉讼 复议后起诉 结果纠正.</summary>
    [SpecId("T4.C.lit_after_review.corrected")]
    SuitAfterReviewCorrected,

    /// <summary>行政诉讼 复议后起诉 其他结果.</summary>
    [SpecId("T4.C.lit_after_review.other")]
    SuitAfterReviewOtherResult,

    /// <summary>行政诉讼 复议后起诉 尚未审结.</summary>
    [SpecId("T4.C.lit_after_review.pending")]
    SuitAfterReviewPending,

    /// <summary>行政诉讼 复议后起诉 总计.</summary>
    [SpecId("T4.C.lit_after_review.total")]
    SuitAfterReviewTotal,
}
