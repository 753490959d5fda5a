using System.Collections.Immutable;

namespace ReportParser.Spec;

/// <summary>What a column's values are (spec §3.1, §4.1): counts, signed counts (2019 本年增/减) or amounts of money.</summary>
internal enum ValueKind
{
    /// <summary>A whole number ≥ 0 (件, 项, 个).</summary>
    Count,

    /// <summary>A whole number that may be negative (V2019 本年增/减).</summary>
    SignedCount,

    /// <summary>A decimal ≥ 0 (万元, 元).</summary>
    Amount,
}

/// <summary>
/// One value column of a standard table: id, canonical header label, header anchors, and what its values are — the
/// unit the template implies (<c>件</c>, <c>万元</c>, <c>元</c>), the kind of value, and whether it is a stock that may
/// rightly stay the same from one year to the next (现行有效件数).
/// </summary>
internal sealed record ColumnSpec(string Id, string Label, ImmutableArray<string> Anchors, bool ExactMatch)
{
    public string Unit { get; init; } = "件";

    public ValueKind Kind { get; init; } = ValueKind.Count;

    public bool IsStock { get; init; }
}
