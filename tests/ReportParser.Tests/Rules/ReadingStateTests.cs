using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ReportParser.CrossReport;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Fixtures;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Rules;

/// <summary>
/// Issue 12: no finding from a cell that was not read. Every cell has a reading state; rules use only read cells (and
/// blank ones as blanks); an identity with an operand that was not found, or read as ambiguous, doubtful or clipped, is
/// not assessed and RP0306 names it; RP0304 names the cells not found and RP0305 the cells read without certainty.
/// </summary>
public sealed class ReadingStateTests
{
    private static readonly ReportChecker Checker = ReportChecker.Default;

    /// <summary>
    /// The balanced sample with two applications in （三）5.属于三类内部事务信息 (自然人), counted in 本年新收 and （七）总计:
    /// when that row is lost, the other outcome rows add up to 2 less than （七）总计.
    /// </summary>
    private static ReportSpec TwoInInternalAffairs() => SampleReports.Balanced2021()
        .WithCell("T3.R3.3.5", "T3.C.natural_person", "2").WithCell("T3.R3.3.5", "T3.C.total", "2")
        .Bump("T3.R3.7|T3.C.natural_person", 2).Bump("T3.R3.7|T3.C.total", 2)
        .Bump("T3.R1|T3.C.natural_person", 2).Bump("T3.R1|T3.C.total", 2);

    [Fact]
    public void The_spec_with_two_internal_affairs_applications_is_balanced()
    {
        var result = Checker.Check(SourceDocumentWriter.Write(TwoInInternalAffairs()));

        result.Diagnostics.Should().BeEmpty();
        result.Report.Applications!.Cells.Should().OnlyContain(c => c.State == CellState.Read);
    }

    [Fact]
    public void RP0502_is_not_reported_when_an_outcome_row_was_not_found_and_RP0304_and_RP0306_say_why()
    {
        // Issue 12 item 1: RP0205 for the lost row, and RP0502 still fired on the other rows ("add up to 15 but 总计 is 17").
        var document = SourceDocumentWriter.Write(TwoInInternalAffairs()).Relabel("内部事务", "5.（标签无法识别）");

        var result = Checker.Check(document);

        result.Errors().Should().BeEmpty();
        result.Ids().Should().Contain(DiagnosticIds.RowNotFound).And.NotContain(DiagnosticIds.OutcomeSumMismatch);
        var table = result.Report.Applications!;
        table[ApplicationRow.NotDisclosedInternalAffairs, ApplicantColumn.Total].State.Should().Be(CellState.NotFound);
        table[ApplicationRow.Disclosed, ApplicantColumn.Total].State.Should().Be(CellState.Read);

        var lostRow = ApplicantColumns().Select(c => "T3.R3.3.5|" + c).ToArray();
        var notFound = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.CellsNotFound).Subject;
        notFound.Arguments.Should().Equal("表三", 7, string.Join(", ", lostRow));
        notFound.Cells.Should().Equal(lostRow);
        notFound.Location.Table.Should().Be("T3");
        notFound.Severity.Should().Be(DiagnosticSeverity.Warning);

        var skipped = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.ChecksNotAssessed).Subject;
        skipped.Arguments[0].Should().Be("表三");
        Identities(skipped).Should().BeEquivalentTo(
            ApplicantColumns().Select(c => "RULE.T3.RESULT_SUM[" + c + "]").Append("RULE.T3.ROW_TOTAL[T3.R3.3.5]"));
        skipped.Arguments[1].Should().Be(8);
        skipped.Arguments[3].Should().Be(string.Join("; ", lostRow.Select(k => k + ": not-found")));
        skipped.Cells.Should().BeEquivalentTo(lostRow);
        skipped.Severity.Should().Be(DiagnosticSeverity.Info);
    }

    [Fact]
    public void RP0503_and_RP0502_are_not_assessed_when_the_outcome_total_row_was_not_found()
    {
        // （七）总计 lost: the balance and the result sum have no total to compare with, whatever the other rows say.
        var spec = TwoInInternalAffairs().Bump("T3.R1|T3.C.natural_person", 5).Bump("T3.R1|T3.C.total", 5);
        var document = SourceDocumentWriter.Write(spec).Relabel("（七）总计", "（七）");

        var result = Checker.Check(document);

        result.Ids().Should().NotContain([DiagnosticIds.ApplicationsDoNotBalance, DiagnosticIds.OutcomeSumMismatch]);
        var skipped = result.Diagnostics.Single(d => d.Id == DiagnosticIds.ChecksNotAssessed);
        Identities(skipped).Should().Contain(["RULE.T3.BALANCE[T3.C.natural_person]", "RULE.T3.RESULT_SUM[T3.C.total]", "RULE.T3.ROW_TOTAL[T3.R3.7]"]);
    }

    [Theory]
    [InlineData(CellReading.Ambiguous, CellState.Ambiguous, "ambiguous")]
    [InlineData(CellReading.Doubtful, CellState.Doubtful, "doubtful")]
    [InlineData(CellReading.Clipped, CellState.Clipped, "clipped")]
    public void A_wrong_total_read_without_certainty_raises_no_error_and_RP0305_names_it(CellReading reading, CellState state, string name)
    {
        // 予以公开 6 + 1 = 7 printed as 8: RP0501 and RP0502 when read, nothing but RP0305/RP0306 when not.
        var spec = SampleReports.Balanced2021().WithCell("T3.R3.1", "T3.C.total", "8");
        Checker.Check(SourceDocumentWriter.Write(spec)).Ids().Should().Contain([DiagnosticIds.RowTotalMismatch, DiagnosticIds.OutcomeSumMismatch]);
        var document = SourceDocumentWriter.Write(spec).ChangeValue("予以公开", 0, c => c with
        {
            Reading = reading,
            Confidence = 0.42,
            ReadingNote = "8 or 3",
            Provenance = c.Provenance with { Method = ReadingMethod.Ocr, Page = 4 },
        });

        var result = Checker.Check(document);

        result.Errors().Should().BeEmpty();
        var cell = result.Report.Applications![ApplicationRow.Disclosed, ApplicantColumn.Total];
        cell.State.Should().Be(state);
        cell.IsRead.Should().BeFalse();
        cell.Raw.Should().Be("8");
        cell.Number.Should().Be(8m);
        cell.Confidence.Should().Be(0.42);
        cell.Method.Should().Be(ReadingMethod.Ocr);
        cell.ReadingNote.Should().Be("8 or 3");
        cell.Location.Page.Should().Be(4);

        var uncertain = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.CellsReadUncertainly).Subject;
        uncertain.Arguments.Should().Equal("表三", 1, "T3.R3.1|T3.C.total (" + name + ": 8 or 3)");
        uncertain.Cells.Should().Equal("T3.R3.1|T3.C.total");
        uncertain.Severity.Should().Be(DiagnosticSeverity.Warning);

        var skipped = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.ChecksNotAssessed).Subject;
        Identities(skipped).Should().BeEquivalentTo(["RULE.T3.ROW_TOTAL[T3.R3.1]", "RULE.T3.RESULT_SUM[T3.C.total]"]);
        skipped.Arguments[3].Should().Be("T3.R3.1|T3.C.total: " + name);
    }

    [Fact]
    public void A_blank_cell_is_blank_not_not_found_and_is_named_by_RP0302_only()
    {
        var spec = SampleReports.Balanced2021().WithCell("T3.R3.3.5", "T3.C.research", "—").WithCell("T3.R4", "T3.C.other", "");

        var result = Check.Spec(spec);

        var table = result.Report.Applications!;
        table[ApplicationRow.NotDisclosedInternalAffairs, ApplicantColumn.ResearchInstitution].State.Should().Be(CellState.Blank);
        table[ApplicationRow.CarriedForward, ApplicantColumn.Other].State.Should().Be(CellState.Blank);
        result.Diagnostics.Single(d => d.Id == DiagnosticIds.BlankCells).Cells.Should().Equal("T3.R3.3.5|T3.C.research", "T3.R4|T3.C.other");
        result.Ids().Should().NotContain([DiagnosticIds.CellsNotFound, DiagnosticIds.CellsReadUncertainly, DiagnosticIds.ChecksNotAssessed]);
    }

    [Fact]
    public void A_headerless_review_table_whose_data_row_has_exactly_15_cells_is_read_in_order()
    {
        // Issue 12 item 5: when the count of values equals the template's columns, match them in order (RP0204 says so).
        var spec = SampleReports.Balanced2021().WithCell("T4.R.count", "T4.C.review.total", "3");
        var document = HeaderlessReviewTable(SourceDocumentWriter.Write(spec));

        var result = Checker.Check(document);

        result.Ids().Should().Contain([DiagnosticIds.TableLayoutUnrecognized, DiagnosticIds.ReviewTotalMismatch]);
        result.Report.ReviewLitigation!.Cells.Should().OnlyContain(c => c.State == CellState.Read);
        result.Report.ReviewLitigation![ReviewLitigationColumn.ReviewTotal].Raw.Should().Be("3");
    }

    [Fact]
    public void RP0504_is_not_assessed_when_a_headerless_review_table_has_a_number_before_its_15_value_columns()
    {
        // 行政复议 1 + 0 + 1 + 0 = 2 printed as 3; with no leaf header and a 16th number-bearing column, which 15 cells
        // are the template's is a guess: the cells are ambiguous and nothing is concluded from them.
        var spec = SampleReports.Balanced2021().WithCell("T4.R.count", "T4.C.review.total", "3");
        var document = HeaderlessReviewTable(SourceDocumentWriter.Write(spec), extraColumnValue: "7");

        var result = Checker.Check(document);

        result.Ids().Should().Contain(DiagnosticIds.TableLayoutUnrecognized).And.NotContain(DiagnosticIds.ReviewTotalMismatch);
        var table = result.Report.ReviewLitigation!;
        table[ReviewLitigationColumn.ReviewTotal].Raw.Should().Be("3");
        table.Cells.Should().OnlyContain(c => c.State == CellState.Ambiguous);
        table[ReviewLitigationColumn.ReviewTotal].ReadingNote.Should().Contain("position");
        result.Diagnostics.Single(d => d.Id == DiagnosticIds.CellsReadUncertainly).Arguments[1].Should().Be(15);
        Identities(result.Diagnostics.Single(d => d.Id == DiagnosticIds.ChecksNotAssessed))
            .Should().BeEquivalentTo(["RULE.T4.BLOCK_TOTAL[T4.C.review.total]", "RULE.T4.BLOCK_TOTAL[T4.C.lit_direct.total]", "RULE.T4.BLOCK_TOTAL[T4.C.lit_after_review.total]"]);
    }

    /// <summary>表四 with its leaf headers (结果维持 … 总计) unreadable; optionally with one more column in front whose data cell holds a number.</summary>
    private static SourceDocument HeaderlessReviewTable(SourceDocument document, string? extraColumnValue = null)
    {
        string[] leaves = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        bool IsReview(TableBlock t) => t.Cells.Any(c => c.Text.Contains("复议后起诉"));
        document = document.Change(IsReview, c => leaves.Contains(c.Text), c => c with { Text = "（空）" });
        if (extraColumnValue is null)
        {
            return document;
        }

        var blocks = document.Blocks.Select(block =>
        {
            if (block is not TableBlock table || !IsReview(table))
            {
                return block;
            }

            var shifted = table.Cells.Select(c => c with { Column = c.Column + 1 }).ToList();
            for (var r = 0; r < table.RowCount; r++)
            {
                shifted.Add(new GridCell { Row = r, Column = 0, Text = r == table.RowCount - 1 ? extraColumnValue : string.Empty });
            }

            return new TableBlock(table.RowCount, table.ColumnCount + 1, shifted, table.Provenance);
        });
        return document with { Blocks = [.. blocks] };
    }

    [Fact]
    public void RP0505_is_not_reported_for_a_negative_number_read_without_certainty()
    {
        var spec = SampleReports.Balanced2021().WithCell("T3.R3.3.2", "T3.C.research", "-1");
        Checker.Check(SourceDocumentWriter.Write(spec)).Ids().Should().Contain(DiagnosticIds.ApplicationCountInvalid);
        var document = SourceDocumentWriter.Write(spec).ChangeValue("禁止公开", 4, c => c with { Reading = CellReading.Doubtful });

        var result = Checker.Check(document);

        result.Errors().Should().BeEmpty();
        result.Report.Applications![ApplicationRow.NotDisclosedProhibitedByLaw, ApplicantColumn.ResearchInstitution].State.Should().Be(CellState.Doubtful);
    }

    [Fact]
    public void RP0604_is_not_assessed_when_the_outcome_total_is_doubtful()
    {
        var spec = SampleReports.Balanced2021().WithParagraph("S3", "本年度办结政府信息公开申请20件。");
        Checker.Check(SourceDocumentWriter.Write(spec)).Ids().Should().Contain(DiagnosticIds.NarrativeCompletedMismatch);
        var document = SourceDocumentWriter.Write(spec).ChangeValue("（七）总计", 0, c => c with { Reading = CellReading.Doubtful });

        var result = Checker.Check(document);

        result.Ids().Should().NotContain(DiagnosticIds.NarrativeCompletedMismatch);
        Identities(result.Diagnostics.Single(d => d.Id == DiagnosticIds.ChecksNotAssessed)).Should().Contain("RULE.N.DONE[T3.R3.7]");
    }

    [Fact]
    public void RP0608_is_not_reported_when_the_received_total_was_not_found()
    {
        var spec = SampleReports.Balanced2021().WithParagraph("S1", "本年度未收到政府信息公开申请。");
        Checker.Check(SourceDocumentWriter.Write(spec)).Ids().Should().Contain(DiagnosticIds.NarrativeNoApplicationsContradicted);
        var document = SourceDocumentWriter.Write(spec).ChangeValue("本年新收", 0, c => c with { Reading = CellReading.Clipped });

        var result = Checker.Check(document);

        result.Errors().Should().BeEmpty();
        Identities(result.Diagnostics.Single(d => d.Id == DiagnosticIds.ChecksNotAssessed)).Should().Contain("RULE.N.NO_APPS[T3.R1]");
    }

    [Fact]
    public void RP0701_is_not_reported_for_a_carried_over_cell_read_without_certainty()
    {
        // 2022 carried 2 forward in 自然人 and 总计; 2023 says 1 was carried over.
        var before = SampleReports.Balanced2021() with { Year = 2022 };
        before = before.WithCell("T3.R4", "T3.C.natural_person", "2").WithCell("T3.R4", "T3.C.total", "2");
        var earlier = Checker.Check(SourceDocumentWriter.Write(before, "2022.html"));
        var now = SourceDocumentWriter.Write(SampleReports.Balanced2021(), "2023.html");
        CrossReportChecker.Default.Check([earlier, Checker.Check(now)]).Diagnostics
            .Where(d => d.Id == DiagnosticIds.CarryOverMismatch).Select(d => d.Arguments[0]).Should().Equal("自然人", "总计");

        var doubtful = Checker.Check(now.ChangeValue("上年结转", 0, c => c with { Reading = CellReading.Doubtful }));
        var result = CrossReportChecker.Default.Check([earlier, doubtful]);

        result.Diagnostics.Where(d => d.Id == DiagnosticIds.CarryOverMismatch).Select(d => d.Arguments[0]).Should().Equal("自然人");
    }

    [Fact]
    public void Making_any_one_grid_cell_uncertain_never_leaves_an_error_that_rests_on_an_unread_cell()
    {
        // A report with defects in every table; each grid cell in turn is read as doubtful.
        var spec = SampleReports.Balanced2021()
            .WithCell("T3.R3.1", "T3.C.total", "8")
            .WithCell("T3.R3.3.1", "T3.C.natural_person", "1").WithCell("T3.R3.3.1", "T3.C.total", "1")
            .WithCell("T3.R3.3.2", "T3.C.research", "-1")
            .WithCell("T4.R.count", "T4.C.review.total", "3")
            .WithCell("T2.R.license", "T2.C.decisions", "1.5");
        var document = SourceDocumentWriter.Write(spec);
        var grids = document.Blocks.OfType<TableBlock>().SelectMany(t => t.Cells).ToList();
        Checker.Check(document).Errors().Select(e => e.Id).Should().Contain(
            [DiagnosticIds.RowTotalMismatch, DiagnosticIds.OutcomeSumMismatch, DiagnosticIds.ApplicationCountInvalid, DiagnosticIds.ReviewTotalMismatch, DiagnosticIds.DisclosureValueInvalid]);

        var violations = new List<string>();
        foreach (var target in grids)
        {
            var result = Checker.Check(document.Change(c => ReferenceEquals(c, target), c => c with { Reading = CellReading.Doubtful }));
            var cells = result.Report.Tables.SelectMany(t => t.Cells).ToDictionary(c => c.Key);
            violations.AddRange(result.Errors()
                .SelectMany(e => e.Cells.Where(k => !cells.TryGetValue(k, out var cell) || !cell.IsRead).Select(k => $"{target.Text}@{target.Row},{target.Column}: {e.Id} on {k}")));
        }

        grids.Count.Should().BeGreaterThan(250);
        violations.Should().BeEmpty();
    }

    [Fact]
    public void Rules_and_cross_report_checks_take_numbers_from_cells_only_through_RuleContext()
    {
        // By construction: a rule that read CellValue.Number itself could use a cell that was not read.
        var source = Path.Combine(RepositoryPaths.Root, "src", "ReportParser");
        var offenders = new[] { "Rules", "CrossReport" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(source, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => Path.GetFileName(file) != "RuleContext.cs")
            .Where(file => Regex.IsMatch(File.ReadAllText(file), @"\.Number\b(?!s)"))
            .Select(file => Path.GetRelativePath(source, file));

        offenders.Should().BeEmpty();
    }

    private static IEnumerable<string> ApplicantColumns() => SampleReports.ApplicantColumns;

    private static string[] Identities(Diagnostic notAssessed) => ((string)notAssessed.Arguments[2]).Split(", ");
}
