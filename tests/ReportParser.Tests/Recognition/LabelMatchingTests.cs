using ReportParser.Recognition;
using ReportParser.Spec;

namespace ReportParser.Tests.Recognition;

public sealed class LabelMatchingTests
{
    [Theory]
    [InlineData("一、本年新收政府信息公开申请数量", "T3.R1")]
    [InlineData("二、上年结转政府信息公开申请数量", "T3.R2")]
    [InlineData("（一）予以公开", "T3.R3.1")]
    [InlineData("(一)予以公开", "T3.R3.1")]
    [InlineData("予以公开", "T3.R3.1")]
    [InlineData("部分公开 (区分处理的, 只计这一情形, 不计其他情形)", "T3.R3.2")]
    [InlineData("1.属于国家秘密", "T3.R3.3.1")]
    [InlineData("1、属于国家秘密", "T3.R3.3.1")]
    [InlineData("2.其他法律行政法规禁止公开", "T3.R3.3.2")]
    [InlineData("2.其他法律行政止公开", "T3.R3.3.2")]
    [InlineData("3.危及\"三安全一稳定\"", "T3.R3.3.3")]
    [InlineData("3.危及“三安全一稳定”", "T3.R3.3.3")]
    [InlineData("4.保护第三方合法权益", "T3.R3.3.4")]
    [InlineData("6.属于四类过程性信息", "T3.R3.3.6")]
    [InlineData("1.本机关不掌握相关政府信息", "T3.R3.4.1")]
    [InlineData("3.补正后申请内容仍不明确", "T3.R3.4.3")]
    [InlineData("5.要求行政机关确认或重新出具已获取信息", "T3.R3.5.5")]
    [InlineData("1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请", "T3.R3.6.1")]
    [InlineData("2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "T3.R3.6.2")]
    [InlineData("（六）其他处理", "T3.R3.6")]
    [InlineData("（六）其\n他处理", "T3.R3.6")]
    [InlineData("（七）总计", "T3.R3.7")]
    [InlineData("（七） 总 计", "T3.R3.7")]
    [InlineData("四、结转下年度继续办理", "T3.R4")]
    public void Table_three_row_labels_are_matched_by_anchors(string label, string expected)
    {
        var core = LabelText.StripOrdinal(LabelText.ForMatching(label));

        ApplicationTableRecognizer.MatchLabel(core, string.Empty, null).Should().Be(expected);
    }

    [Fact]
    public void Three_dot_other_is_only_other_handling_inside_its_group()
    {
        var core = LabelText.StripOrdinal(LabelText.ForMatching("3.其他"));

        ApplicationTableRecognizer.MatchLabel(core, "(六)其他处理", null).Should().Be("T3.R3.6.3");
        ApplicationTableRecognizer.MatchLabel(core, string.Empty, "T3.R3.6.2").Should().Be("T3.R3.6.3");
        ApplicationTableRecognizer.MatchLabel(core, string.Empty, "T3.R3.5.2").Should().BeNull();
    }

    [Theory]
    [InlineData("规章", "T2.R.regulation")]
    [InlineData("行政规范性文件", "T2.R.normative_doc")]
    [InlineData("规范性文件", "T2.R.normative_doc")]
    [InlineData("行政许可", "T2.R.license")]
    [InlineData("其他对外管理服务事项", "T2.R.other_admin_service")]
    [InlineData("行政事业性收费", "T2.R.admin_fee")]
    [InlineData("政府集中采购", "T2.R.central_procurement")]
    public void Table_two_row_labels_are_matched(string label, string expected)
    {
        DisclosureTableRecognizer.MatchRow(LabelText.StripOrdinal(LabelText.ForMatching(label))).Should().Be(expected);
    }

    [Theory]
    [InlineData("商业 企业", "商业企业")]
    [InlineData("（一）", "(一)")]
    [InlineData("第二十条 第（一）项", "第二十条第(一)项")]
    [InlineData("“三安全一稳定”", "\"三安全一稳定\"")]
    [InlineData("\u2F00", "一")]
    public void Normalisation_removes_spaces_and_unifies_width_and_quotes(string text, string expected)
    {
        LabelText.ForMatching(text).Should().Be(expected);
    }
}
