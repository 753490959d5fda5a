using System.Linq;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Spec;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Recognition;

/// <summary>Approximate label matching (issue 13): noise tolerated, never the wrong row (<see cref="LabelMatcher"/>, RP0211).</summary>
public sealed class LabelMatcherTests
{
    private static readonly (string Id, string Label)[] Labels =
    [
        ("a", "1.属于国家秘密"), ("b", "2.其他法律行政法规禁止公开"), ("c", "4.保护第三方合法权益"), ("d", "5.属于三类内部事务信息"), ("e", "6.属于四类过程性信息"),
    ];

    [Theory]
    [InlineData("1. 属于国家秘密", "a", 0)]
    [InlineData("属于国家秘蜜", "a", 1)]
    [InlineData("保护第三方合法权異", "c", 1)]
    [InlineData("保护第方三合法权益", "c", 1)]
    [InlineData("2.其他法律行政法规禁公开", "b", 1)]
    [InlineData("属于三类內部事务信", "d", 2)]
    public void A_noisy_label_is_matched_with_its_distance(string text, string id, int distance)
    {
        var match = LabelMatcher.Find(text, Labels);

        match.Should().NotBeNull();
        match!.Value.Id.Should().Be(id);
        match.Value.Distance.Should().Be(distance);
    }

    [Fact]
    public void Confusable_characters_cost_nothing()
    {
        LabelMatcher.Find("属于国家秘密已", [("x", "属于国家秘密己")])!.Value.Distance.Should().Be(0);
    }

    [Fact]
    public void A_label_about_as_close_to_two_known_labels_is_not_matched()
    {
        LabelMatcher.Find("属于四类事务信息", Labels).Should().BeNull("5.属于三类内部事务信息 and 6.属于四类过程性信息 are both within reach");
    }

    [Fact]
    public void Text_far_from_every_label_is_not_matched()
    {
        LabelMatcher.Find("本机关不掌握相关政府信息", Labels).Should().BeNull();
    }

    [Fact]
    public void The_distance_counts_a_swap_of_two_neighbours_as_one_edit()
    {
        LabelMatcher.Distance("予以公开", "予公以开").Should().Be(1);
        LabelMatcher.Distance("予以公开", "予以公开").Should().Be(0);
        LabelMatcher.Distance("予以公开", "以公开").Should().Be(1);
    }

    [Fact]
    public void RP0211_a_row_label_read_with_noise_is_matched_approximately_and_says_so()
    {
        var t3 =
            "\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n" +
            "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n" +
            "1.属于国家秘蜜\t2\t0\t0\t0\t0\t0\t2\n";

        var result = Check.Bytes(Encoding.UTF8.GetBytes("三、收到和处理政府信息公开申请情况\n\n" + t3), "t3.txt");

        var approximate = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.LabelMatchedApproximately).Subject;
        approximate.Location.Row.Should().Be("T3.R3.3.1");
        approximate.Arguments.Should().Contain("1.属于国家秘蜜");
        result.Report.Applications!.Cells.Should().Contain(c => c.Key == "T3.R3.3.1|T3.C.natural_person" && c.Raw == "2");
    }
}
