using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Fixtures;

/// <summary>
/// A finding a fixture must produce: the spec rule, the diagnostic id and where it points. Null location parts are not
/// compared (a truth file of the real corpus names only the rule).
/// </summary>
public sealed record ExpectedFinding(string Rule, string? Id = null, string? Table = null, string? Row = null, string? Column = null)
{
    public override string ToString() =>
        Rule + (Id is null ? string.Empty : " " + Id) + (Table is null ? string.Empty : " @" + Table) + (Row is null ? string.Empty : " " + Row) + (Column is null ? string.Empty : " " + Column);
}

/// <summary>
/// Works out, from a <see cref="ReportSpec"/> alone, which findings of the structure and arithmetic rules (spec §5.1,
/// §5.2, §5.3 RULE.T2.NONNEG, §5.5 RULE.S.*) the printed report must produce: an independent re-statement of those
/// rules over the printed text, with the default blank-cell policy (a blank, 「—」 or 「/」 operand makes an identity
/// not assessable; a blank total over parts that add up to more than 0 is RP0508). It never runs the parser: truth
/// files written from it say what the spec means, not what the parser does.
/// </summary>
public static class ReportOracle
{
    private static readonly Regex NumberText = new(@"^(?<sign>[+-]?)(?<digits>\d+(?:,\d{3})*(?:\.\d+)?)(?:万元|元|件|个|项)?$", RegexOptions.CultureInvariant);

    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六"];

    private static readonly (string Id, string Canonical)[] Headings =
    [
        ("S1", "一、总体情况"), ("S2", "二、主动公开政府信息情况"), ("S3", "三、收到和处理政府信息公开申请情况"),
        ("S4", "四、政府信息公开行政复议、行政诉讼情况"), ("S5", "五、存在的主要问题及改进情况"), ("S6", "六、其他需要报告的事项"),
    ];

    public static IReadOnlyList<ExpectedFinding> Findings(ReportSpec spec)
    {
        var findings = new List<ExpectedFinding>();
        Structure(spec, findings);
        var printed = PrintedValues(spec);
        if (printed.Count > 0)
        {
            Disclosure(spec, printed, findings);
            Applications(spec, printed, findings);
            Review(printed, findings);
        }

        return findings;
    }

    /// <summary>The number a printed value cell stands for, or null when it is blank, a dash, a slash or text.</summary>
    public static decimal? Number(string printed)
    {
        var text = printed.Normalize(NormalizationForm.FormKC).Replace(" ", string.Empty).Trim();
        var match = NumberText.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var value = decimal.Parse(match.Groups["digits"].Value.Replace(",", string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return match.Groups["sign"].Value == "-" ? -value : value;
    }

    private static Dictionary<string, string> PrintedValues(ReportSpec spec) =>
        TemplateLayouts.StandardTables(spec)
            .SelectMany(t => t.Cells)
            .Where(c => c.Key is not null)
            .ToDictionary(c => c.Key!, c => c.Text);

    private static void Structure(ReportSpec spec, List<ExpectedFinding> findings)
    {
        foreach (var (id, canonical) in Headings)
        {
            if (!spec.Headings.TryGetValue(id, out var heading))
            {
                findings.Add(new ExpectedFinding("RULE.S.HEADINGS", DiagnosticIds.SectionMissing));
                continue;
            }

            var expectedOrdinal = canonical.Substring(0, 1);
            var ordinal = Ordinals.FirstOrDefault(o => heading.TrimStart().StartsWith(o, System.StringComparison.Ordinal));
            if (ordinal != expectedOrdinal)
            {
                findings.Add(new ExpectedFinding("RULE.S.HEADINGS", DiagnosticIds.SectionMisnumbered));
            }
            else if (Compact(heading) != Compact(canonical))
            {
                findings.Add(new ExpectedFinding("RULE.S.HEADINGS", DiagnosticIds.HeadingVariant));
            }
        }

        foreach (var table in new[] { "T2", "T3", "T4" })
        {
            if (!spec.Tables.Contains(table))
            {
                findings.Add(new ExpectedFinding("RULE.S.TABLES", DiagnosticIds.TableMissing, table));
            }
            else if (spec.Variations.TablesAsImages.Contains(table))
            {
                findings.Add(new ExpectedFinding("RULE.S.TABLES", DiagnosticIds.TableIsImage, table));
            }
        }

        var disclosurePrinted = spec.Tables.Contains("T2") && !spec.Variations.TablesAsImages.Contains("T2");
        var expected = spec.Year >= 2021 ? TemplateVersion.V2021 : spec.Year >= 2019 ? TemplateVersion.V2019Trial : TemplateVersion.Pre2019;
        if (disclosurePrinted && expected is TemplateVersion.V2021 or TemplateVersion.V2019Trial && spec.Version != expected)
        {
            findings.Add(new ExpectedFinding("RULE.S.VERSION", DiagnosticIds.TemplateMismatch, "T2"));
        }

        var applicationsPrinted = spec.Tables.Contains("T3") && !spec.Variations.TablesAsImages.Contains("T3");
        var expects2021 = disclosurePrinted ? spec.Version == TemplateVersion.V2021 : spec.Year >= 2021;
        if (applicationsPrinted && !spec.OtherHandlingSplit && expects2021)
        {
            findings.Add(new ExpectedFinding("RULE.S.VERSION", DiagnosticIds.StaleOtherHandlingRow, "T3", "T3.R3.6"));
        }

        if (disclosurePrinted && spec.Version == TemplateVersion.V2021 && spec.Variations.StaleNormativeDocLabel)
        {
            findings.Add(new ExpectedFinding("RULE.S.VERSION", DiagnosticIds.StaleDisclosureLabel, "T2", "T2.R.normative_doc"));
        }
    }

    private static void Disclosure(ReportSpec spec, Dictionary<string, string> printed, List<ExpectedFinding> findings)
    {
        foreach (var (key, text) in printed.Where(p => p.Key.StartsWith("T2.", System.StringComparison.Ordinal)))
        {
            if (Number(text) is not { } value)
            {
                continue;
            }

            var column = key.Split('|')[1];
            var valid = column switch
            {
                "T2.C.fee_amount" or "T2.C.procurement_amount" => value >= 0,
                "T2.C.change" => decimal.Truncate(value) == value,
                _ => value >= 0 && decimal.Truncate(value) == value,
            };
            if (!valid)
            {
                findings.Add(Cell("RULE.T2.NONNEG", DiagnosticIds.DisclosureValueInvalid, key));
            }
        }
    }

    private static void Applications(ReportSpec spec, Dictionary<string, string> printed, List<ExpectedFinding> findings)
    {
        if (!printed.Keys.Any(k => k.StartsWith("T3.", System.StringComparison.Ordinal)))
        {
            return;
        }

        var rows = TemplateLayouts.ApplicationRowIds(spec.OtherHandlingSplit).ToList();
        var columns = SampleReports.ApplicantColumns;
        decimal? V(string row, string column) => Number(printed[row + "|" + column]);
        bool Blank(string row, string column) => Number(printed[row + "|" + column]) is null;

        // Order as the parser sorts: by row, then column, then id; the comparison is order-free anyway.
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                if (V(row, column) is { } value && (value < 0 || decimal.Truncate(value) != value))
                {
                    findings.Add(Cell("RULE.T3.NONNEG_INT", DiagnosticIds.ApplicationCountInvalid, row + "|" + column));
                }
            }

            SumCheck(columns.Take(6).Select(c => (row, c)).ToList(), (row, "T3.C.total"), "RULE.T3.ROW_TOTAL", DiagnosticIds.RowTotalMismatch, V, Blank, findings);
            if (spec.Variations.OrgSubtotalColumn)
            {
                OrgSubtotal(spec, row, V, Blank, findings);
            }
        }

        var outcomes = rows.Where(r => r.StartsWith("T3.R3.", System.StringComparison.Ordinal) && r != "T3.R3.7").ToList();
        foreach (var column in columns)
        {
            SumCheck(outcomes.Select(r => (r, column)).ToList(), ("T3.R3.7", column), "RULE.T3.RESULT_SUM", DiagnosticIds.OutcomeSumMismatch, V, Blank, findings);
            if (V("T3.R1", column) is { } received && V("T3.R2", column) is { } carriedOver && V("T3.R3.7", column) is { } done && V("T3.R4", column) is { } carriedForward
                && received + carriedOver != done + carriedForward)
            {
                findings.Add(new ExpectedFinding("RULE.T3.BALANCE", DiagnosticIds.ApplicationsDoNotBalance, "T3", "T3.R3.7", column));
            }
        }
    }

    private static void Review(Dictionary<string, string> printed, List<ExpectedFinding> findings)
    {
        if (!printed.ContainsKey("T4.R.count|T4.C.review.total"))
        {
            return;
        }

        decimal? V(string row, string column) => Number(printed[row + "|" + column]);
        bool Blank(string row, string column) => Number(printed[row + "|" + column]) is null;
        foreach (var (key, text) in printed.Where(p => p.Key.StartsWith("T4.", System.StringComparison.Ordinal)))
        {
            if (Number(text) is { } value && (value < 0 || decimal.Truncate(value) != value))
            {
                findings.Add(Cell("RULE.T4.NONNEG_INT", DiagnosticIds.ReviewCountInvalid, key));
            }
        }

        foreach (var block in new[] { "review", "lit_direct", "lit_after_review" })
        {
            var parts = new[] { "upheld", "corrected", "other", "pending" }.Select(r => ("T4.R.count", "T4.C." + block + "." + r)).ToList();
            SumCheck(parts, ("T4.R.count", "T4.C." + block + ".total"), "RULE.T4.BLOCK_TOTAL", DiagnosticIds.ReviewTotalMismatch, V, Blank, findings);
        }
    }

    /// <summary>
    /// RULE.T3.ORG_SUBTOTAL for a non-standard 小计 column: 小计 = the five organisation columns (RP0509); where one of those
    /// is unstated, 总计 = 自然人 + 小计 instead (RP0510), since RP0501 and RP0509 cannot see it then.
    /// </summary>
    private static void OrgSubtotal(
        ReportSpec spec, string row, System.Func<string, string, decimal?> value, System.Func<string, string, bool> blank, List<ExpectedFinding> findings)
    {
        const string Rule = "RULE.T3.ORG_SUBTOTAL";
        const string SubtotalKey = "T3.C.legal_or_other_subtotal";
        var subtotalText = TemplateLayouts.OrgSubtotalText(spec, row);
        var organisations = SampleReports.ApplicantColumns.Skip(1).Take(5).Select(c => (row, c)).ToList();
        decimal? V(string r, string c) => c == SubtotalKey ? Number(subtotalText) : value(r, c);
        bool B(string r, string c) => c == SubtotalKey ? Number(subtotalText) is null : blank(r, c);

        var before = findings.Count;
        SumCheck(organisations, (row, SubtotalKey), Rule, DiagnosticIds.OrgSubtotalMismatch, V, B, findings);
        if (findings.Skip(before).Any(f => f.Id == DiagnosticIds.OrgSubtotalMismatch) || organisations.All(p => value(p.row, p.c) is not null))
        {
            return;
        }

        SumCheck([(row, "T3.C.natural_person"), (row, SubtotalKey)], (row, "T3.C.total"), Rule, DiagnosticIds.OrgSubtotalTotalMismatch, V, B, findings);
    }

    /// <summary><c>total = Σ parts</c> when every operand is a number; a blank total over parts summing to more than 0 is RP0508.</summary>
    private static void SumCheck(
        List<(string Row, string Column)> parts, (string Row, string Column) total, string rule, string id,
        System.Func<string, string, decimal?> value, System.Func<string, string, bool> blank, List<ExpectedFinding> findings)
    {
        if (parts.Any(p => value(p.Row, p.Column) is null))
        {
            return;
        }

        var sum = parts.Sum(p => value(p.Row, p.Column)!.Value);
        var table = total.Row.Substring(0, 2);
        if (value(total.Row, total.Column) is { } printedTotal)
        {
            if (printedTotal != sum)
            {
                findings.Add(new ExpectedFinding(rule, id, table, total.Row, total.Column));
            }
        }
        else if (blank(total.Row, total.Column) && sum > 0)
        {
            findings.Add(new ExpectedFinding(rule, DiagnosticIds.TotalLeftBlank, table, total.Row, total.Column));
        }
    }

    private static ExpectedFinding Cell(string rule, string id, string key)
    {
        var parts = key.Split('|');
        return new ExpectedFinding(rule, id, parts[0].Substring(0, 2), parts[0], parts[1]);
    }

    private static string Compact(string text) => new(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());
}
