using System.Linq;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Recognition;

/// <summary>Header cells a text conversion lost: a column inferred by elimination (RP0210), a group header flattened over empty slots.</summary>
public sealed class LostHeaderTests
{
    private const string Rows =
        "一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t0\t0\t6\n" +
        "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n";

    [Fact]
    public void RP0210_the_one_applicant_column_whose_header_was_lost_is_inferred_from_the_others()
    {
        var result = Check.Bytes(Encoding.UTF8.GetBytes("表三\n\n\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n" + Rows), "t3.txt");

        var inferred = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.ColumnInferred).Subject;
        inferred.Location.Column.Should().Be("T3.C.natural_person");
        inferred.Severity.Should().Be(DiagnosticSeverity.Info);
        result.Ids().Should().NotContain(DiagnosticIds.ColumnNotFound);
        result.Report.Applications![ApplicationRow.NewlyReceived, ApplicantColumn.NaturalPerson]!.Raw.Should().Be("5");
        result.Report.Applications![ApplicationRow.NewlyReceived, ApplicantColumn.CommercialEnterprise]!.Raw.Should().Be("1");
    }

    [Fact]
    public void RP0210_is_not_used_when_two_headers_are_lost()
    {
        var result = Check.Bytes(Encoding.UTF8.GetBytes("表三\n\n\t\t\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n" + Rows), "t3.txt");

        result.Ids().Should().NotContain(DiagnosticIds.ColumnInferred);
        result.Diagnostics.Where(d => d.Id == DiagnosticIds.ColumnNotFound).Select(d => d.Location.Column).Should().BeEquivalentTo(["T3.C.natural_person", "T3.C.commercial"]);
    }

    [Fact]
    public void A_review_group_header_flattened_over_empty_slots_covers_them()
    {
        const string t4 =
            "行政复议\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t\t\n" +
            "结果\t结果\t其他\t尚未\t\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\n" +
            "维持\t纠正\t结果\t审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\n" +
            "1\t2\t3\t4\t10\t0\t0\t0\t1\t1\t5\t0\t0\t0\t5\n";

        var result = Check.Bytes(Encoding.UTF8.GetBytes("四、政府信息公开行政复议、行政诉讼情况\n\n" + t4), "t4.txt");

        var review = result.Report.ReviewLitigation!;
        review.Cells.Select(c => c.Raw).Should().Equal("1", "2", "3", "4", "10", "0", "0", "0", "1", "1", "5", "0", "0", "0", "5");
        result.Ids().Should().NotContain(DiagnosticIds.ColumnNotFound);
    }
}
