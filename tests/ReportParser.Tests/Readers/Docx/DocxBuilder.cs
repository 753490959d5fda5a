using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportParser.Documents;
using ReportParser.Fixtures;

namespace ReportParser.Tests.Readers.Docx;

/// <summary>
/// Builds small DOCX packages in memory with OpenXml: the parts are created through the packaging API and their XML
/// is written as text, so a test states exactly the WordprocessingML it is about (merges, sdt, revisions, fields …).
/// </summary>
public sealed record DocxBuilder
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        + "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"";

    /// <summary>The inner XML of <c>w:body</c>; <c>{header}</c> and <c>{image}</c> are replaced by the relationship ids.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>The inner XML of <c>w:styles</c>, or null for no styles part.</summary>
    public string? Styles { get; init; }

    /// <summary>The inner XML of <c>w:numbering</c>, or null for no numbering part.</summary>
    public string? Numbering { get; init; }

    /// <summary>The inner XML of a default header (<c>w:hdr</c>), referenced from the body's section properties.</summary>
    public string? Header { get; init; }

    /// <summary>A PNG added as an image part; its id replaces <c>{image}</c> in the body.</summary>
    public bool WithImage { get; init; }

    public string? Title { get; init; }

    /// <summary>Parts imported with <c>w:altChunk</c>; the id of the n-th replaces <c>{chunkN}</c> in the body (1-based).</summary>
    public IReadOnlyList<(PartTypeInfo Type, byte[] Content)> AltChunks { get; init; } = [];

    public WordprocessingDocumentType Type { get; init; } = WordprocessingDocumentType.Document;

    public static DocxBuilder FromBody(params string[] blocks) => new() { Body = string.Concat(blocks) };

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, Type))
        {
            var main = document.AddMainDocumentPart();
            if (Styles is not null)
            {
                Write(main.AddNewPart<StyleDefinitionsPart>(), "<w:styles " + Namespaces + ">" + Styles + "</w:styles>");
            }

            if (Numbering is not null)
            {
                Write(main.AddNewPart<NumberingDefinitionsPart>(), "<w:numbering " + Namespaces + ">" + Numbering + "</w:numbering>");
            }

            var body = Body;
            if (Header is not null)
            {
                var header = main.AddNewPart<HeaderPart>();
                Write(header, "<w:hdr " + Namespaces + ">" + Header + "</w:hdr>");
                body += "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"" + main.GetIdOfPart(header) + "\"/></w:sectPr>";
            }

            if (WithImage)
            {
                var image = main.AddImagePart(ImagePartType.Png);
                using (var data = new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
                {
                    image.FeedData(data);
                }

                body = body.Replace("{image}", main.GetIdOfPart(image));
            }

            for (var i = 0; i < AltChunks.Count; i++)
            {
                var chunk = main.AddAlternativeFormatImportPart(AltChunks[i].Type);
                using (var data = new MemoryStream(AltChunks[i].Content))
                {
                    chunk.FeedData(data);
                }

                body = body.Replace("{chunk" + (i + 1) + "}", main.GetIdOfPart(chunk));
            }

            if (Title is not null)
            {
                document.PackageProperties.Title = Title;
            }

            Write(main, "<w:document " + Namespaces + "><w:body>" + body + "</w:body></w:document>");
        }

        return stream.ToArray();
    }

    public SourceDocument Read(string name = "test.docx") => Read(Build(), name);

    public static SourceDocument Read(byte[] content, string name = "test.docx") =>
        ReportChecker.Default.Read(new MemoryStream(content), SourceFormat.Unknown, name);

    private static void Write(OpenXmlPart part, string xml)
    {
        using var writer = new StreamWriter(part.GetStream(FileMode.Create, FileAccess.Write), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        writer.Write(xml);
    }
}

/// <summary>Short WordprocessingML snippets for test bodies.</summary>
public static class W
{
    public static string T(string text) => "<w:t xml:space=\"preserve\">" + WebUtility.HtmlEncode(text) + "</w:t>";

    public static string R(string text) => "<w:r>" + T(text) + "</w:r>";

    public static string P(string text) => "<w:p>" + (text.Length == 0 ? string.Empty : R(text)) + "</w:p>";

    public static string P(string properties, string runs) => "<w:p><w:pPr>" + properties + "</w:pPr>" + runs + "</w:p>";

    public static string Numbered(int numId, int level, string text) =>
        P("<w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>", R(text));

    public static string Styled(string styleId, string text) => P("<w:pStyle w:val=\"" + styleId + "\"/>", R(text));

    /// <summary>A cell; <paramref name="vMerge"/> is "restart", "continue" or "" (continue written without w:val).</summary>
    public static string Tc(string text, int span = 1, string? vMerge = null, string? extraProperties = null)
    {
        var properties = (span > 1 ? "<w:gridSpan w:val=\"" + span + "\"/>" : string.Empty)
            + (vMerge is null ? string.Empty : vMerge.Length == 0 ? "<w:vMerge/>" : "<w:vMerge w:val=\"" + vMerge + "\"/>")
            + (extraProperties ?? string.Empty);
        // Each line of the text is a paragraph of its own, as Word writes a label typed with Enter.
        return "<w:tc>" + (properties.Length > 0 ? "<w:tcPr>" + properties + "</w:tcPr>" : string.Empty) + string.Concat(text.Split('\n').Select(P)) + "</w:tc>";
    }

    public static string AltChunk(int number) => "<w:altChunk r:id=\"{chunk" + number + "}\"/>";

    public static string Tr(params string[] cells) => "<w:tr>" + string.Concat(cells) + "</w:tr>";

    public static string TrWith(string rowProperties, params string[] cells) => "<w:tr><w:trPr>" + rowProperties + "</w:trPr>" + string.Concat(cells) + "</w:tr>";

    public static string Tbl(params string[] rows) => "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" + string.Concat(rows) + "</w:tbl>";

    /// <summary>A table written from a fixtures layout, merges as Word writes them (gridSpan, vMerge restart/continue).</summary>
    public static string Tbl(LayoutTable layout)
    {
        var rows = new StringBuilder();
        for (var r = 0; r < layout.RowCount; r++)
        {
            rows.Append("<w:tr>");
            var c = 0;
            while (c < layout.ColumnCount)
            {
                var cell = layout.Cells.FirstOrDefault(x => x.Row <= r && r < x.Row + x.RowSpan && x.Column <= c && c < x.Column + x.ColumnSpan);
                if (cell is null)
                {
                    rows.Append(Tc(string.Empty));
                    c++;
                    continue;
                }

                var vMerge = cell.RowSpan == 1 ? null : cell.Row == r ? "restart" : "continue";
                rows.Append(Tc(cell.Row == r ? cell.Text : string.Empty, cell.ColumnSpan, vMerge));
                c += cell.ColumnSpan;
            }

            rows.Append("</w:tr>");
        }

        return Tbl(rows.ToString());
    }

    /// <summary>The body of a whole report (title, period sentence, headings, text, the three tables) as Word paragraphs and tables.</summary>
    public static string Report(ReportSpec spec, Func<LayoutTable, LayoutTable>? transform = null)
    {
        var body = new List<string> { P(spec.EffectiveTitle), P($"本报告中所列数据的统计期限自{spec.Year}年1月1日起至{spec.Year}年12月31日止。") };
        foreach (var id in new[] { "S1", "S2", "S3", "S4", "S5", "S6" })
        {
            if (spec.Headings.TryGetValue(id, out var heading))
            {
                body.Add(P(heading));
            }

            body.AddRange(spec.SectionText.GetValueOrDefault(id, []).Select(P));
            var table = id switch
            {
                "S2" when spec.Tables.Contains("T2") => TemplateLayouts.Disclosure(spec),
                "S3" when spec.Tables.Contains("T3") => TemplateLayouts.Applications(spec),
                "S4" when spec.Tables.Contains("T4") => TemplateLayouts.Review(spec),
                _ => null,
            };
            if (table is not null)
            {
                body.Add(Tbl(transform is null ? table : transform(table)));
                body.Add(P(string.Empty));
            }
        }

        return string.Concat(body);
    }
}
