namespace ReportParser;

/// <summary>How the arithmetic checks treat value cells that are blank, <c>—</c>, <c>/</c> or <c>无</c>.</summary>
public enum BlankCellPolicy
{
    /// <summary>
    /// Default. Such a cell is not a number: an identity that involves it is not assessed (one RP0302 info per table
    /// lists the cells). A printed total left blank while its parts sum to more than 0 is RP0508, not a mismatch.
    /// </summary>
    NotAssessable = 0,

    /// <summary>Such a cell counts as 0 in every identity (the reading most agencies intend). Text cells still do not.</summary>
    TreatAsZero = 1,
}
