using System.Collections.Generic;
using System.Linq;
using ReportParser.Layout;
using ReportParser.Readers.Pdf;

namespace ReportParser.Tests.Readers.Pdf;

public sealed class TextLayerQualityTests
{
    private static PageContent Page(int number, string text, int undecodable = 0)
    {
        var glyphs = text.Select((c, i) => new Glyph(c.ToString(), 50 + (i % 40 * 12), 62 + (i % 40 * 12), 800 - (i / 40 * 20), 12)).ToList();
        return new PageContent(number, 595, 842, glyphs, new List<RulingSegment>(), new List<Box>(), undecodable);
    }

    private static string Repeat(string text, int length) => string.Concat(Enumerable.Repeat(text, (length / text.Length) + 1)).Substring(0, length);

    [Fact]
    public void A_report_page_is_trusted()
    {
        TextLayerQuality.GarbledPages([Page(1, Repeat("淮安市人民政府2024年政府信息公开工作年度报告。本年新收政府信息公开申请3119件。", 300))]).Should().BeEmpty();
    }

    [Fact]
    public void Chinese_prose_that_is_not_a_report_is_trusted_so_it_can_be_called_not_a_report()
    {
        TextLayerQuality.GarbledPages([Page(1, Repeat("本县今年的工作重点是加强基础设施建设和民生保障，推动经济社会高质量发展。", 300))]).Should().BeEmpty();
    }

    [Fact]
    public void Ideographs_at_random_with_none_of_the_expected_labels_are_garbage_on_every_page_with_text()
    {
        var random = new string(Enumerable.Range(0, 300).Select(i => (char)(0x9E00 + (i * 37 % 400))).ToArray());

        TextLayerQuality.GarbledPages([Page(1, random), Page(2, random), Page(3, "12")]).Should().Equal(1, 2);
    }

    [Fact]
    public void A_page_of_control_and_private_use_characters_is_garbage_even_beside_good_pages()
    {
        var good = Repeat("政府信息公开工作年度报告", 200);
        var bad = Repeat("\uE012\uE013\u0003政", 100);

        TextLayerQuality.GarbledPages([Page(1, good), Page(2, bad)]).Should().Equal(2);
        TextLayerQuality.GarbledPages([Page(1, good), Page(2, Repeat("政府", 20), undecodable: 60)]).Should().Equal(2);
    }
}
