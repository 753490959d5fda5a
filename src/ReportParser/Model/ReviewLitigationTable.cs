using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Spec;

namespace ReportParser.Model;

/// <summary>表四 政府信息公开行政复议、行政诉讼情况: one data row of 15 cells.</summary>
public sealed class ReviewLitigationTable : ReportTable
{
    internal ReviewLitigationTable(SourceLocation location, ImmutableArray<CellValue> cells)
        : base(StandardTable.Review.Id, location, cells, ImmutableDictionary<string, string>.Empty)
    {
    }

    /// <summary>The cell in a column of the single data row.</summary>
    /// <param name="column">The column.</param>
    public CellValue this[ReviewLitigationColumn column] => Get(ReportIds.ReviewLitigationRow, ReportIds.Of(column));
}
