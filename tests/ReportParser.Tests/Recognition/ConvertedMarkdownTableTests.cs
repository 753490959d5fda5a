using System.Linq;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Recognition;

/// <summary>
/// Markdown written by document converters (issue 13): 表三 as one table per row group under placeholder headings
/// (数据1 … 数据6), its header split off into tables of its own, and 表四 as one table per block under headings.
/// </summary>
public sealed class ConvertedMarkdownTableTests
{
    private const string Placeholders = "| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |\n|---|---|---|---|---|---|---|---|\n";

    private static readonly string Applications =
        "## 三、收到和处理政府信息公开申请情况\n\n" +
        "### 申请人情况 (法人或其他组织)\n| 商业企业 | 科研机构 | 社会公益 | 法律服务机构 | 其他 |\n|---|---|---|---|---|\n| - | - | - | - | - |\n\n" +
        "### 一、本年新收政府信息公开申请数量\n" + Placeholders + "| 本年新收政府信息公开申请数量 | 705 | 3 | 0 | 0 | 5 | 0 | 713 |\n\n" +
        "### (三) 不予公开\n" + Placeholders + "| 1. 属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n| 3. 危及“三安全一稳定” | 2 | 0 | 0 | 0 | 1 | 0 | 3 |\n\n" +
        "| 项目 | 本年新收件数 | 上年结转件数 | 予以公开 | 部分公开 | 不予公开 | 结转下年度 | 总计 |\n|---|---|---|---|---|---|---|---|\n" +
        "| 四、结转下年度继续办理 | 31 | 0 | 0 | 0 | 0 | 0 | 31 |\n\n";

    private const string Review =
        "## 四、政府信息公开行政复议、行政诉讼情况\n\n" +
        "### 行政复议\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|---|---|---|---|---|\n| 27 | 10 | 9 | 15 | 61 |\n\n" +
        "### 行政诉讼（未经复议直接起诉）\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|---|---|---|---|---|\n| 3 | 0 | 0 | 0 | 3 |\n\n" +
        "### 行政诉讼（复议后起诉）\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|---|---|---|---|---|\n| 8 | 0 | 1 | 1 | 10 |\n";

    private static CheckResult CheckText(string text) => Check.Bytes(Encoding.UTF8.GetBytes(text), "converted.md");

    [Fact]
    public void RP0212_placeholder_headings_are_read_in_the_templates_order_and_said_so()
    {
        var result = CheckText(Applications);

        var t3 = result.Report.Applications!;
        t3[ApplicationRow.NewlyReceived, ApplicantColumn.NaturalPerson]!.Raw.Should().Be("705");
        t3[ApplicationRow.NewlyReceived, ApplicantColumn.LegalServiceInstitution]!.Raw.Should().Be("5");
        t3[ApplicationRow.NewlyReceived, ApplicantColumn.Total]!.Raw.Should().Be("713");
        t3[ApplicationRow.NotDisclosedEndangersSecurity, ApplicantColumn.LegalServiceInstitution]!.Raw.Should().Be("1");
        t3[ApplicationRow.NotDisclosedEndangersSecurity, ApplicantColumn.Total]!.Raw.Should().Be("3");
        t3[ApplicationRow.CarriedForward, ApplicantColumn.NaturalPerson]!.Raw.Should().Be("31", "a header naming rows, not applicants, does not move the columns");
        t3[ApplicationRow.CarriedForward, ApplicantColumn.Total]!.Location.Line.Should().Be(21);
        var placeholder = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.ColumnsByPlaceholder).Subject;
        placeholder.Arguments.Select(a => a?.ToString()).Should().Equal("表三", "6", "自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计");
        placeholder.Location.Line.Should().Be(9);
    }

    [Fact]
    public void Placeholders_out_of_order_or_too_few_are_no_header()
    {
        var shuffled = Applications.Replace("| 数据1 | 数据2 |", "| 数据2 | 数据1 |");

        var result = CheckText(shuffled);

        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.ColumnsByPlaceholder);
        (result.Report.Applications?.Cells ?? []).Where(c => c.IsRead).Should().NotContain(c => c.Raw == "705" && c.Key != "T3.R1|T3.C.natural_person");
    }

    [Fact]
    public void A_review_table_per_block_under_its_heading_is_read_as_one_table()
    {
        var result = CheckText(Review);

        var t4 = result.Report.ReviewLitigation!;
        t4[ReviewLitigationColumn.ReviewTotal]!.Raw.Should().Be("61");
        t4[ReviewLitigationColumn.ReviewPending]!.Raw.Should().Be("15");
        t4[ReviewLitigationColumn.DirectSuitUpheld]!.Raw.Should().Be("3");
        t4[ReviewLitigationColumn.SuitAfterReviewOtherResult]!.Raw.Should().Be("1");
        t4[ReviewLitigationColumn.SuitAfterReviewTotal]!.Raw.Should().Be("10");
        t4[ReviewLitigationColumn.SuitAfterReviewTotal]!.Location.Line.Should().Be(16);
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.DuplicateTable || d.Id == DiagnosticIds.CellsNotFound);
    }

    [Fact]
    public void A_review_table_whose_header_broke_up_is_read_by_position_from_the_first_table_of_its_section()
    {
        var result = CheckText(
            "四、政府信息公开行政复议、行政诉讼情况\n行政复议行政诉讼\n总计结果结果其他尚未结果结果其他尚未\n\n" +
            "| 维持 | 纠正 | 结果 | 审结 | 总计 | 总计 |\n|---|---|---|---|---|---|\n" +
            "| 40 | 0 | 10 | 5 | 55 | 2 | 0 | 4 | 6 | 12 | 6 | 0 | 9 | 7 | 22 |\n\n五、存在的主要问题及改进情况\n无。\n");

        var t4 = result.Report.ReviewLitigation!;
        t4[ReviewLitigationColumn.ReviewUpheld].Raw.Should().Be("40");
        t4[ReviewLitigationColumn.ReviewTotal].Raw.Should().Be("55");
        t4[ReviewLitigationColumn.DirectSuitTotal].Raw.Should().Be("12");
        t4[ReviewLitigationColumn.SuitAfterReviewTotal].Raw.Should().Be("22");
        t4[ReviewLitigationColumn.SuitAfterReviewTotal].Location.Line.Should().Be(7);
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.TableLayoutUnrecognized && d.Location.Table == "T4");
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.TableMissing && d.Location.Table == "T4");
    }

    [Fact]
    public void A_table_of_fourteen_numbers_in_the_review_section_is_not_taken_for_the_review_table()
    {
        var result = CheckText(
            "五、存在的主要问题及改进情况\n无。\n\n四、政府信息公开行政复议、行政诉讼情况\n\n| 维持 | 纠正 |\n|---|---|\n| 40 | 0 | 10 | 5 | 55 | 2 | 0 | 4 | 6 | 12 | 6 | 0 | 9 | 7 |\n");

        result.Report.ReviewLitigation.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.TableMissing && d.Location.Table == "T4");
    }

    [Fact]
    public void Block_tables_whose_headings_do_not_name_distinct_blocks_are_not_joined()
    {
        var result = CheckText(Review.Replace("### 行政诉讼（复议后起诉）", "### 行政复议"));

        var t4 = result.Report.ReviewLitigation!;
        t4[ReviewLitigationColumn.SuitAfterReviewTotal].IsRead.Should().BeFalse();
        t4[ReviewLitigationColumn.ReviewTotal]!.Raw.Should().Be("61");
        t4[ReviewLitigationColumn.DirectSuitTotal]!.Raw.Should().Be("3");
    }
}

/// <summary>表三 rows whose labels a converter lost (issue 13, RP0213) and rows with a stray trailing cell.</summary>
public sealed class SequencedRowTests
{
    private const string Lost =
        "三、收到和处理政府信息公开申请情况\n\n" +
        "| 一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 1 | 0 | 6 |\n|---|---|---|---|---|---|---|---|\n" +
        "| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |  |\n" +
        "| （一）予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n\n" +
        "（二）部分公开（区分处理的，只计这一情\n" +
        "| 2 | 0 | 0 | 0 | 1 | 0 | 3 |\n|---|---|---|---|---|---|---|\n" +
        "| 1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n|---|---|---|---|---|---|---|---|\n";

    private static CheckResult CheckText(string text) => Check.Bytes(Encoding.UTF8.GetBytes(text), "lost.md");

    [Fact]
    public void RP0213_an_unlabelled_value_row_between_two_labelled_rows_is_the_template_row_between_them()
    {
        var result = CheckText(Lost);

        var t3 = result.Report.Applications!;
        t3[ApplicationRow.PartiallyDisclosed, ApplicantColumn.NaturalPerson]!.Raw.Should().Be("2");
        t3[ApplicationRow.PartiallyDisclosed, ApplicantColumn.LegalServiceInstitution]!.Raw.Should().Be("1");
        t3[ApplicationRow.PartiallyDisclosed, ApplicantColumn.Total]!.Raw.Should().Be("3");
        t3[ApplicationRow.PartiallyDisclosed, ApplicantColumn.Total]!.Location.Line.Should().Be(9);
        var sequenced = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.RowsReadBySequence).Subject;
        sequenced.Location.Row.Should().Be("T3.R3.2");
        sequenced.Arguments.Select(a => a?.ToString()).Should().Equal("表三", "1", "（一）予以公开", "1.属于国家秘密", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
    }

    [Fact]
    public void A_text_row_with_a_stray_empty_cell_after_its_values_reads_the_seven_cells_after_its_label()
    {
        var result = CheckText(Lost);

        var t3 = result.Report.Applications!;
        t3[ApplicationRow.CarriedOver, ApplicantColumn.NaturalPerson]!.Raw.Should().Be("1");
        t3[ApplicationRow.CarriedOver, ApplicantColumn.Total]!.Raw.Should().Be("1");
        t3[ApplicationRow.CarriedOver, ApplicantColumn.Total]!.State.Should().Be(CellState.Read);
    }

    [Fact]
    public void Unlabelled_rows_that_do_not_fit_the_template_rows_between_their_neighbours_are_not_read()
    {
        var result = CheckText(Lost.Replace("| 2 | 0 | 0 | 0 | 1 | 0 | 3 |\n", "| 2 | 0 | 0 | 0 | 1 | 0 | 3 |\n| 4 | 0 | 0 | 0 | 0 | 0 | 4 |\n"));

        result.Report.Applications![ApplicationRow.PartiallyDisclosed, ApplicantColumn.NaturalPerson].IsRead.Should().BeFalse();
        result.Report.Applications.Cells.Where(c => c.IsRead).Select(c => c.Raw).Should().NotContain("4");
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.RowsReadBySequence);
    }
}
