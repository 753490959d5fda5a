using ReportParser.Readers.Docx;

namespace ReportParser.Tests.Readers.Docx;

public sealed class ListNumberFormatTests
{
    [Theory]
    [InlineData(1, "chineseCounting", "一")]
    [InlineData(6, "chineseCounting", "六")]
    [InlineData(10, "chineseCounting", "十")]
    [InlineData(11, "chineseCounting", "十一")]
    [InlineData(20, "chineseCounting", "二十")]
    [InlineData(21, "chineseCountingThousand", "二十一")]
    [InlineData(101, "chineseCountingThousand", "一百零一")]
    [InlineData(110, "chineseCountingThousand", "一百一十")]
    [InlineData(1010, "chineseCountingThousand", "一千零一十")]
    [InlineData(10, "chineseLegalSimplified", "壹拾")]
    [InlineData(12, "ideographDigital", "一二")]
    [InlineData(2, "ideographTraditional", "乙")]
    [InlineData(3, "decimalEnclosedCircleChinese", "③")]
    [InlineData(3, "decimalEnclosedParen", "⑶")]
    [InlineData(3, "ideographEnclosedCircle", "㈢")]
    [InlineData(5, "decimalZero", "05")]
    [InlineData(12, "decimalFullWidth", "１２")]
    [InlineData(28, "lowerLetter", "bb")]
    [InlineData(4, "upperRoman", "IV")]
    [InlineData(7, "bullet", "")]
    [InlineData(7, "someFutureFormat", "7")]
    public void Counters_are_written_in_their_number_format(int value, string format, string expected)
    {
        ListNumberFormat.Format(value, format).Should().Be(expected);
    }
}
