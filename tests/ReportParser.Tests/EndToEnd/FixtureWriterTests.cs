using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;

namespace ReportParser.Tests.EndToEnd;

/// <summary>The fixture writers and the oracle themselves: what the fixture tests rely on.</summary>
public sealed class FixtureWriterTests
{
    public static TheoryData<string> DocxSpecs() => new() { "official", "drifted", "split", "subtotal", "vertical", "2019", "stale" };

    [Theory]
    [MemberData(nameof(DocxSpecs))]
    public void Docx_tables_have_the_layout_cells_and_merges(string name)
    {
        var spec = DocxSpec(name);
        var layouts = ReportLayout.Blocks(spec).OfType<TableLayoutBlock>().Select(b => b.Table).ToList();

        var grids = DocxGrids(DocxReportWriter.Write(spec));

        grids.Should().HaveCount(layouts.Count);
        for (var i = 0; i < layouts.Count; i++)
        {
            var expected = layouts[i].Cells.Select(c => (c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Text)).OrderBy(c => c.Row).ThenBy(c => c.Column);
            grids[i].Should().Equal(expected, layouts[i].TableId);
        }
    }

    [Fact]
    public void Official_docx_has_the_merge_counts_of_the_blank_template()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.Write(SampleReports.Balanced2021())), false);
        var body = document.MainDocumentPart!.Document!.Body!;

        body.Elements<Table>().Should().HaveCount(3);
        body.Descendants<GridSpan>().Should().HaveCount(26);
        body.Descendants<VerticalMerge>().Should().HaveCount(58);
        body.Descendants<VerticalMerge>().Count(v => v.Val?.Value == MergedCellValues.Restart).Should().Be(13);
    }

    [Fact]
    public void Docx_bytes_are_the_same_every_time()
    {
        DocxReportWriter.Write(SampleReports.Large2021()).Should().Equal(DocxReportWriter.Write(SampleReports.Large2021()));
    }

    [Fact]
    public void Gbk_page_declares_and_uses_gbk()
    {
        var spec = SampleReports.Balanced2021() with { Variations = new Variations { Encoding = PageEncoding.Gbk, PageChrome = true } };
        var bytes = HtmlReportWriter.WriteBytes(spec);

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Encoding.GetEncoding("GBK").GetString(bytes);
        text.Should().Contain("<meta charset=\"gbk\">").And.Contain("索引号").And.Contain("三、收到和处理政府信息公开申请情况");
        Encoding.UTF8.GetString(bytes).Should().NotContain("三、收到和处理政府信息公开申请情况");
    }

    [Theory]
    [InlineData("T2.C.decisions", "2874650", false, true, false, "2,874,650")]
    [InlineData("T2.C.decisions", "2874650", true, true, false, "２，８７４，６５０")]
    [InlineData("T2.C.fee_amount", "12.5", true, false, true, "１２．５万元")]
    [InlineData("T3.C.total", "13", false, false, true, "13件")]
    [InlineData("T2.C.change", "-2", false, false, true, "-2")]
    [InlineData("T3.C.total", "251000元", true, true, true, "251000元")]
    public void Values_are_printed_under_the_switches(string column, string canonical, bool fullWidth, bool thousands, bool units, string printed)
    {
        var variations = new Variations { FullWidthDigits = fullWidth, ThousandsSeparators = thousands, UnitsInCells = units };

        Printing.Value(column, canonical, variations).Should().Be(printed);
        ReportOracle.Number(printed).Should().Be(ReportOracle.Number(canonical));
    }

    [Theory]
    [InlineData(ZeroStyle.Blank, "")]
    [InlineData(ZeroStyle.Dash, "—")]
    [InlineData(ZeroStyle.Slash, "/")]
    [InlineData(ZeroStyle.Zero, "0")]
    public void Zeros_are_printed_as_asked_and_are_not_numbers_unless_printed_as_zero(ZeroStyle style, string printed)
    {
        Printing.Value("T3.C.total", "0", new Variations { Zeros = style }).Should().Be(printed);
        (ReportOracle.Number(printed) is null).Should().Be(style != ZeroStyle.Zero);
    }

    [Theory]
    [InlineData("2.其他法律行政法规禁止公开", "2、其他法律行政止公开")]
    [InlineData("（三）不予公开", "(三)不\n予公开")]
    [InlineData("商业企业", "商业企\n业")]
    [InlineData("总计", "总 计")]
    [InlineData("第二十条第（一）项", "第二十条 第(一)项")]
    public void Labels_are_printed_under_the_switches(string label, string printed)
    {
        var variations = new Variations { Typos = true, LabelLineBreaks = true, StraySpaces = true, HalfWidthBrackets = true, ListMarker = ListMarkerStyle.Comma };

        Printing.Label(label, variations).Should().Be(printed);
    }

    [Fact]
    public void Every_fixture_expects_errors_of_exactly_its_seeded_rules()
    {
        foreach (var fixture in FixtureCatalog.All)
        {
            var errorRules = fixture.ExpectedFindings
                .Where(f => f.Id is not null && DiagnosticCatalog.Find(f.Id)!.DefaultSeverity == DiagnosticSeverity.Error)
                .Select(f => f.Rule).Distinct().OrderBy(r => r, System.StringComparer.Ordinal);

            errorRules.Should().Equal(fixture.SeededRules.OrderBy(r => r, System.StringComparer.Ordinal), fixture.Path);
        }
    }

    [Fact]
    public void The_catalogue_covers_every_format_switch_and_seeded_rule()
    {
        var all = FixtureCatalog.All;
        all.Count(f => f.Format == "html").Should().BeGreaterThanOrEqualTo(20);
        all.Count(f => f.Format == "docx").Should().BeGreaterThanOrEqualTo(20);
        all.Count(f => f.Format == "pdf").Should().BeGreaterThanOrEqualTo(20);
        all.Select(f => f.Path).Should().OnlyHaveUniqueItems();

        string[] rules =
        [
            "RULE.T3.BALANCE", "RULE.T3.RESULT_SUM", "RULE.T3.ROW_TOTAL", "RULE.T3.NONNEG_INT", "RULE.T4.BLOCK_TOTAL",
            "RULE.T4.NONNEG_INT", "RULE.T2.NONNEG", "RULE.S.HEADINGS", "RULE.S.TABLES", "RULE.S.VERSION",
        ];
        foreach (var format in new[] { "html", "docx" })
        {
            all.Where(f => f.Format == format).SelectMany(f => f.SeededRules).Distinct().Should().BeEquivalentTo(rules, format);
        }

        string[] switches =
        [
            "2019 template", "stale single （六）", "half-width brackets", "`1、` markers", "`1. ` markers", "stray spaces", "line breaks in labels",
            "typo `其他法律行政止公开`", "stale `规范性文件` label", "drifted merges", "vertical group label", "法人或其他组织 小计 column",
            "extra per-department table", "表三 split by a page break", "borderless", "narrow columns (wrapped labels)", "large print", "table as image",
            "blank zeros", "`—` zeros", "`/` zeros", "full-width digits", "thousands separators", "units in cells", "page chrome", "GBK",
        ];
        all.SelectMany(f => f.Switches()).Distinct().Should().Contain(switches);

        string[] printed = ["表三 split by a page break", "vertical group label", "borderless", "narrow columns (wrapped labels)", "thousands separators", "`—` zeros", "2019 template"];
        foreach (var producer in new[] { FixtureCatalog.Chromium, FixtureCatalog.LibreOffice })
        {
            all.Where(f => f.Format == "pdf" && f.Producer == producer).SelectMany(f => f.Switches()).Distinct().Should().Contain(printed, producer);
        }
    }

    private static ReportSpec DocxSpec(string name)
    {
        var b21 = SampleReports.Balanced2021();
        return name switch
        {
            "official" => b21,
            "drifted" => b21 with { Variations = new Variations { Merges = MergeStyle.Drifted, LabelLineBreaks = true } },
            "split" => b21 with { Variations = new Variations { SplitApplicationsAfterRow = "T3.R3.4.1" } },
            "subtotal" => b21 with { Variations = new Variations { OrgSubtotalColumn = true, ExtraDepartmentTable = true } },
            "vertical" => b21 with { Variations = new Variations { VerticalGroupLabels = true } },
            "2019" => SampleReports.Balanced2019(),
            _ => b21 with { OtherHandlingSplit = false, Cells = SampleReports.Disclosure2021().AddRange(SampleReports.Applications(split: false)).AddRange(SampleReports.Review()) },
        };
    }

    /// <summary>Each table's cells as (row, column, row span, column span, text), rebuilt from gridSpan and vMerge.</summary>
    private static List<List<(int Row, int Column, int RowSpan, int ColumnSpan, string Text)>> DocxGrids(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var result = new List<List<(int, int, int, int, string)>>();
        foreach (var table in document.MainDocumentPart!.Document!.Body!.Elements<Table>())
        {
            var cells = new List<(int Row, int Column, int RowSpan, int ColumnSpan, string Text)>();
            var open = new Dictionary<int, int>(); // grid column → index in cells of the vertically merged cell there
            var r = 0;
            foreach (var row in table.Elements<TableRow>())
            {
                var c = 0;
                foreach (var cell in row.Elements<TableCell>())
                {
                    var properties = cell.TableCellProperties;
                    var span = properties?.GridSpan?.Val?.Value ?? 1;
                    var merge = properties?.VerticalMerge;
                    if (merge is not null && merge.Val?.Value != MergedCellValues.Restart)
                    {
                        var index = open[c];
                        cells[index] = cells[index] with { RowSpan = cells[index].RowSpan + 1 };
                    }
                    else
                    {
                        var text = string.Join("\n", cell.Elements<Paragraph>().Select(p => p.InnerText));
                        cells.Add((r, c, 1, span, text));
                        if (merge is not null)
                        {
                            open[c] = cells.Count - 1;
                        }
                    }

                    c += span;
                }

                r++;
            }

            result.Add(cells.OrderBy(x => x.Row).ThenBy(x => x.Column).ToList());
        }

        return result;
    }
}
