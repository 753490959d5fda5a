using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportParser.Documents;
using ReportParser.Fixtures;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Readers.Doc;

/// <summary>
/// The <c>.doc</c> and <c>.wps</c> fixtures against two oracles: LibreOffice's own DOCX conversion of the same
/// <c>.doc</c> (read by the DOCX reader) and, for those converted from our DOCX writer's files, the original DOCX.
/// Every block must come out the same — paragraph text, heading level and path, table grid, every cell's position,
/// spans and text; images by position only (a .doc names no image part). The truth files are checked separately
/// (<c>FixtureTests</c>); this is the stronger statement that the two formats read alike.
/// </summary>
public sealed class DocFixtureTests
{
    private static readonly string SamplesFolder = Path.Combine("tests", "ReportParser.Tests", "Readers", "Doc", "Samples");

    public static TheoryData<string> DocFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in FixtureCatalog.All.Where(f => f.Format == "doc"))
        {
            data.Add(fixture.Path);
        }

        return data;
    }

    public static TheoryData<string> DocFromDocxFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in FixtureCatalog.All.Where(f => f.Format == "doc" && f.RenderedFrom!.EndsWith(".docx", StringComparison.Ordinal)))
        {
            data.Add(fixture.Path);
        }

        return data;
    }

    public static TheoryData<string> WpsFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in FixtureCatalog.All.Where(f => f.Format == "wps"))
        {
            data.Add(fixture.Path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocFixtures))]
    public void A_doc_reads_as_LibreOffice_DOCX_conversion_of_it_reads(string path)
    {
        var doc = Read(RepositoryPaths.Fixture(path));
        var docx = Read(RepositoryPaths.Fixture(Path.ChangeExtension(path, ".libreoffice.docx")));

        doc.Format.Should().Be(SourceFormat.Doc);
        doc.Diagnostics.Should().BeEmpty();
        Blocks(doc).Should().Equal(Blocks(docx));
        doc.Blocks.OfType<TableBlock>().Should().NotBeEmpty();
    }

    /// <summary>(The .doc files converted from HTML pages have only the LibreOffice oracle: the HTML reader's paths are DOM paths.)</summary>
    [Theory]
    [MemberData(nameof(DocFromDocxFixtures))]
    public void A_doc_reads_as_the_DOCX_it_was_converted_from(string path)
    {
        var source = FixtureCatalog.All.Single(f => f.Path == path).RenderedFrom!;

        Blocks(Read(RepositoryPaths.Fixture(path))).Should().Equal(Blocks(Read(RepositoryPaths.Fixture(source))));
    }

    [Theory]
    [MemberData(nameof(WpsFixtures))]
    public void A_wps_reads_as_the_doc_of_the_same_report(string path)
    {
        var doc = Path.Combine("doc", Path.GetFileNameWithoutExtension(path) + ".doc");

        var wps = Read(RepositoryPaths.Fixture(path));

        wps.Format.Should().Be(SourceFormat.Doc);
        wps.Diagnostics.Should().BeEmpty();
        Blocks(wps).Should().Equal(Blocks(Read(RepositoryPaths.Fixture(doc))));
    }

    [Fact]
    public void The_feature_sample_reads_as_its_DOCX()
    {
        var doc = Read(Path.Combine(RepositoryPaths.Root, SamplesFolder, "features.doc"));
        var docx = Read(Path.Combine(RepositoryPaths.Root, SamplesFolder, "features.docx"));

        Blocks(doc).Should().Equal(Blocks(docx));
    }

    [Fact]
    public void The_feature_sample_has_what_it_is_made_of()
    {
        var blocks = Blocks(Read(Path.Combine(RepositoryPaths.Root, SamplesFolder, "features.doc")));

        blocks.Should().Contain(
        [
            "P1 body/p[1] 功能样例",
            "P1 body/p[2] 一、总体情况",
            "P0 body/p[3] （一）主动公开",
            "P0 body/p[4] （二）依申请公开",
            "P1 body/p[5] 二、主动公开政府信息情况",
            "P0 body/p[6] 第1页，见网站。",
            "P0 body/p[7] 可见文字。",
            "P0 body/p[8] 保留新增结束。",
            "P0 body/p[9] 脚注在此。",
            "P0 body/p[10] 甲 乙\n丙-丁戊",
            "P0 body/tbl[2]/tr[1]/tc[1]/p[1] 外层格",
            "P0 body/p[12]/txbxContent[1]/p[1] 文本框内容",
            "IMG body/p[13]",
        ]);
        blocks.Should().ContainMatch("T body/tbl[1] 3x3 | (0,0) 1x2 合并横 body/tbl[1]/tr[1]/tc[1] | (0,2) 1x1 C1 * | (1,0) 2x1 纵合并 *");
        blocks.Should().ContainMatch("T body/tbl[2]/tr[1]/tc[1]/tbl[1] 2x2 | (0,0) 1x1 内1 *");
        blocks.Should().NotContainMatch("*页眉*").And.NotContainMatch("*页脚*").And.NotContainMatch("*脚注文字*").And.NotContainMatch("*隐藏*").And.NotContainMatch("*删除*");
    }

    private static SourceDocument Read(string path) => ReportChecker.Default.Read(path);

    /// <summary>Each block as one comparable line.</summary>
    private static List<string> Blocks(SourceDocument document) => document.Blocks.Select(block => block switch
    {
        ParagraphBlock p => $"P{p.HeadingLevel} {p.Provenance.Path} {p.Text}",
        ImageBlock i => $"IMG {i.Provenance.Path}",
        TableBlock t => $"T {t.Provenance.Path} {t.RowCount}x{t.ColumnCount}"
            + string.Concat(t.Cells.Select(c => $" | ({c.Row},{c.Column}) {c.RowSpan}x{c.ColumnSpan} {c.Text} {c.Provenance.Path}")),
        _ => block.GetType().Name,
    }).ToList();
}
