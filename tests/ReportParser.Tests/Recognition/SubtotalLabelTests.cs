using ReportParser.Recognition;
using ReportParser.Spec;

namespace ReportParser.Tests.Recognition;

public sealed class SubtotalLabelTests
{
    [Theory]
    [InlineData("小计", "(三)不予公开", null, "T3.R3.3.subtotal")]
    [InlineData("合计", "三、本年度办理结果(四)无法提供", null, "T3.R3.4.subtotal")]
    [InlineData("小计", "", "T3.R3.5.4", "T3.R3.5.subtotal")]
    [InlineData("小计", "", "T3.R3.6.3", "T3.R3.6.subtotal")]
    [InlineData("合计", "三、本年度办理结果", "T3.R3.6.3", "T3.R3.7")]
    [InlineData("总计", "(六)其他处理", null, "T3.R3.7")]
    [InlineData("不予处理", "", null, "T3.R3.5.subtotal")]
    [InlineData("小计", "", null, null)]
    public void Subtotal_labels_name_their_group_and_合计_alone_stays_the_outcome_total(string label, string context, string? previous, string? expected)
    {
        var core = LabelText.StripOrdinal(LabelText.ForMatching(label));

        ApplicationTableRecognizer.MatchLabel(core, LabelText.ForMatching(context), previous).Should().Be(expected);
    }
}
