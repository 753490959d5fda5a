namespace ReportParser.Model;

/// <summary>The 15 value columns of 表四 行政复议、行政诉讼 in printed order.</summary>
public enum ReviewLitigationColumn
{
    /// <summary>行政复议 结果维持.</summary>
    ReviewUpheld,

    /// <summary>行政复议 结果纠正.</summary>
    ReviewCorrected,

    /// <summary>行政复议 其他结果.</summary>
    ReviewOtherResult,

    /// <summary>行政复议 尚未审结.</summary>
    ReviewPending,

    /// <summary>行政复议 总计.</summary>
    ReviewTotal,

    /// <summary>行政诉讼 未经复议直接起诉 结果维持.</summary>
    DirectSuitUpheld,

    /// <summary>行政诉讼 未经复议直接起诉 结果纠正.</summary>
    DirectSuitCorrected,

    /// <summary>行政诉讼 未经复议直接起诉 其他结果.</summary>
    DirectSuitOtherResult,

    /// <summary>行政诉讼 未经复议直接起诉 尚未审结.</summary>
    DirectSuitPending,

    /// <summary>行政诉讼 未经复议直接起诉 总计.</summary>
    DirectSuitTotal,

    /// <summary>行政诉讼 复议后起诉 结果维持.</summary>
    SuitAfterReviewUpheld,

    /// <summary>行政诉讼 复议后起诉 结果纠正.</summary>
    SuitAfterReviewCorrected,

    /// <summary>行政诉讼 复议后起诉 其他结果.</summary>
    SuitAfterReviewOtherResult,

    /// <summary>行政诉讼 复议后起诉 尚未审结.</summary>
    SuitAfterReviewPending,

    /// <summary>行政诉讼 复议后起诉 总计.</summary>
    SuitAfterReviewTotal,
}
