using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace ReportParser.Fixtures;

/// <summary>One hostile or broken input: its file name, its bytes and the diagnostic id it must get.</summary>
/// <param name="Name">File name (with extension).</param>
/// <param name="Content">The bytes.</param>
/// <param name="ExpectedId">The diagnostic the checker must give it.</param>
public sealed record BadInput(string Name, byte[] Content, string ExpectedId);

/// <summary>
/// The bad-input corpus of issue #11, generated (never committed as opaque files): PDFs with reference cycles, without
/// pages or text, with text as outlines, absurd font sizes or a flood of ruling lines; deeply nested HTML; absurd numbers.
/// <see cref="Write"/> lays them out in a folder together with the file-system cases (symlink loops, control
/// characters in names). <c>dotnet run --project tools/ReportParser.FixtureGenerator -- bad-inputs /tmp/bad</c>.
/// </summary>
public static class BadInputs
{
    private static readonly string Catalog = "<< /Type /Catalog /Pages 2 0 R >>";
    private static readonly string OnePage = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";

    /// <summary>Every case that is a file of its own (the file-system cases are added by <see cref="Write"/>).</summary>
    public static IReadOnlyList<BadInput> All() =>
    [
        new("self-reference.pdf", SelfReferencingResources(), "RP0125"),
        new("reference-chain.pdf", ReferenceChain(), "RP0125"),
        new("page-tree-cycle.pdf", PageTreeCycle(), "RP0125"),
        new("form-xobject-cycle.pdf", FormXObjectCycle(), "RP0125"),
        new("zero-pages.pdf", ZeroPages(), "RP0126"),
        new("blank-page.pdf", BlankPage(), "RP0126"),
        new("text-as-outlines.pdf", TextAsOutlines(), "RP0127"),
        new("huge-numbers.html", HugeNumbers(), "RP0307"),
        new("absurd-font-size.pdf", AbsurdFontSize(), "RP0128"),
        new("ruling-line-flood.pdf", RulingLineFlood(), "RP0129"),
        new("nested-divs.html", NestedDivs(), "RP0108"),
        new("truncated-type1-font.pdf", TruncatedType1Font(), "RP0124"),
    ];

    /// <summary>The clear-text part of the Type 1 program in <see cref="TruncatedType1Font"/>.</summary>
    public const string Type1ClearText = "%!PS-AdobeFont-1.0: Truncated 001.000\n/FontName /Truncated def\n/Encoding StandardEncoding def\ncurrentdict end\ncurrentfile eexec\n";

    /// <summary>
    /// A page whose font embeds a Type 1 program that breaks off: it declares 5,000 encrypted bytes (/Length2) and has
    /// 16. PdfPig 0.1.16 grew to 4.3 GB on such a font (found by the mutation fuzzer); it is now hidden (RP0124).
    /// </summary>
    public static byte[] TruncatedType1Font()
    {
        var program = Type1ClearText + "0123456789abcdef";
        return Pdf(
            Catalog,
            OnePage,
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            Stream("<<", "BT /F1 12 Tf 60 760 Td (Text set in a truncated font) Tj ET"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Truncated /FirstChar 32 /LastChar 126 /Widths [" + string.Concat(Enumerable.Repeat("500 ", 95)) + "] /FontDescriptor 6 0 R >>",
            "<< /Type /FontDescriptor /FontName /Truncated /Flags 32 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile 7 0 R >>",
            Stream(FormattableString.Invariant($"<< /Length1 {Type1ClearText.Length} /Length2 5000 /Length3 0"), program));
    }

    /// <summary>The 1.1 MB page of issue #11: 100,000 nested <c>div</c>s around the words of a report's title.</summary>
    public static byte[] NestedDivs(int depth = 100_000) =>
        Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "政府信息公开工作年度报告" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>");

    /// <summary>
    /// An HTML page of <paramref name="bytes"/> bytes (200 MB in issue #11): a report's paragraph repeated. Written by
    /// <see cref="Write"/> only when asked (<c>bad-inputs DIR --huge</c>); it gets RP0108 from the 32 MiB text limit.
    /// </summary>
    public static void WriteHugeHtml(string path, long bytes)
    {
        using var file = File.Create(path);
        var head = Encoding.UTF8.GetBytes("<html><body><h1>示例县2023年政府信息公开工作年度报告</h1>");
        var paragraph = Encoding.UTF8.GetBytes("<p>本年度新收政府信息公开申请13件，办结12件，结转下年度1件。</p>\n");
        file.Write(head);
        for (var written = (long)head.Length; written < bytes; written += paragraph.Length)
        {
            file.Write(paragraph);
        }

        file.Write(Encoding.UTF8.GetBytes("</body></html>"));
    }

    /// <summary>
    /// A page of ordinary text with one letter set at 10³⁰ pt (and one through a 10³⁰ text matrix), which used to make
    /// the whole PDF unreadable (RP9002).
    /// </summary>
    public static byte[] AbsurdFontSize() => Pdf(
        Catalog,
        OnePage,
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        Stream("<<", "BT /F1 12 Tf 60 760 Td (Ordinary text before the absurd letter) Tj ET\n"
            + "BT /F1 1000000000000000000000000000000 Tf 60 700 Td (X) Tj ET\n"
            + "BT /F1 12 Tf 1e30 0 0 1e30 60 650 Tm (Y) Tj ET\n"
            + "BT /F1 12 Tf 60 600 Td (Ordinary text after it) Tj ET"),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

    /// <summary>The largest number a cell can print before decimal overflows (7.9×10²⁸), in 表三 and 表四 of a balanced report.</summary>
    public const string Decimal28 = "79228162514264337593543950335";

    /// <summary>A balanced report whose 表三 新收 自然人 and 表四 复议 total are 7.9×10²⁸ (their sums would overflow).</summary>
    public static byte[] HugeNumbers()
    {
        var spec = SampleReports.Balanced2021()
            .WithCell("T3.R1", "T3.C.natural_person", Decimal28)
            .WithCell("T3.R1", "T3.C.commercial", Decimal28);
        var text = "本年度新收政府信息公开申请" + Decimal28 + "件，上年结转" + Decimal28 + "件，办结" + Decimal28 + "件，其中予以公开" + Decimal28 + "件，占" + Decimal28 + "%；行政复议" + Decimal28 + "件。";
        return HtmlReportWriter.WriteBytes(spec with { SectionText = spec.SectionText.SetItem("S3", [text]).SetItem("S2", ["主动公开规章" + Decimal28 + "件。"]) });
    }

    /// <summary>The 264-byte kind of file of the issue: page 1's /Resources is <c>4 0 R</c>, and object 4 is <c>4 0 R</c>.</summary>
    public static byte[] SelfReferencingResources() => Pdf(Catalog, OnePage, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 4 0 R >>", "4 0 R");

    /// <summary>A longer alias chain: /Resources is 4 0 R, which is 5 0 R, which is 4 0 R.</summary>
    public static byte[] ReferenceChain() => Pdf(Catalog, OnePage, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 4 0 R >>", "5 0 R", "4 0 R");

    /// <summary>A page tree whose inner node lists the root among its kids.</summary>
    public static byte[] PageTreeCycle() => Pdf(Catalog, OnePage, "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>");

    /// <summary>Two form XObjects that paint each other (X1 → X2 → X1).</summary>
    public static byte[] FormXObjectCycle() => Pdf(
        Catalog,
        OnePage,
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /XObject << /X1 4 0 R >> >> >>",
        Stream("<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /XObject << /X1 6 0 R >> >>", "/X1 Do"),
        Stream("<<", "/X1 Do"),
        Stream("<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /XObject << /X1 4 0 R >> >>", "/X1 Do"));

    /// <summary>A well-formed PDF without a single page.</summary>
    public static byte[] ZeroPages() => Pdf(Catalog, "<< /Type /Pages /Kids [] /Count 0 >>");

    /// <summary>One page with nothing on it.</summary>
    public static byte[] BlankPage() => Pdf(Catalog, OnePage, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");

    /// <summary>
    /// A page that shows lines of "letters" but has no text layer, as Ghostscript's <c>-dNoOutputFonts</c> leaves it:
    /// every letter a small filled shape of Bézier curves (here, an "o" ring drawn as two curved contours).
    /// </summary>
    public static byte[] TextAsOutlines()
    {
        var content = new StringBuilder("0 g\n");
        for (var line = 0; line < 20; line++)
        {
            for (var letter = 0; letter < 30; letter++)
            {
                var x = 60 + (letter * 15);
                var y = 780 - (line * 30);
                content.Append(FormattableString.Invariant($"{x} {y + 5} m {x} {y + 12} {x + 10} {y + 12} {x + 10} {y + 5} c {x + 10} {y - 2} {x} {y - 2} {x} {y + 5} c h "));
                content.Append(FormattableString.Invariant($"{x + 2} {y + 5} m {x + 2} {y} {x + 8} {y} {x + 8} {y + 5} c {x + 8} {y + 10} {x + 2} {y + 10} {x + 2} {y + 5} c h f*\n"));
            }
        }

        return Pdf(Catalog, OnePage, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>", Stream("<<", content.ToString()));
    }

    /// <summary>
    /// The 500 KB PDF of ruling lines of issue #11 (it peaked at 2.2 GB): one large page crossed by
    /// <paramref name="perDirection"/> horizontal and as many vertical lines, 4 pt apart (farther than any tolerance
    /// merges), under a line of text.
    /// </summary>
    public static byte[] RulingLineFlood(int perDirection = 9000)
    {
        var extent = (perDirection * 4) + 10;
        var content = new StringBuilder(FormattableString.Invariant($"0.5 w 0 G\nBT /F1 12 Tf 60 {extent + 40} Td (A page of nothing but ruling lines) Tj ET\n"));
        for (var i = 0; i < perDirection; i++)
        {
            var at = 5 + (i * 4);
            content.Append(FormattableString.Invariant($"5 {at} m {extent} {at} l S\n"));
            content.Append(FormattableString.Invariant($"{at} 5 m {at} {extent} l S\n"));
        }

        return Pdf(
            Catalog,
            OnePage,
            FormattableString.Invariant($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {extent + 100} {extent + 100}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
            Stream("<<", content.ToString()),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    }

    /// <summary>Writes every case into <paramref name="folder"/>; returns the files written.</summary>
    public static IReadOnlyList<string> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var input in All())
        {
            var path = Path.Combine(folder, input.Name);
            File.WriteAllBytes(path, input.Content);
            written.Add(path);
        }

        return written;
    }

    /// <summary>A stream object: <paramref name="dictionaryStart"/> is the dictionary without its closing <c>&gt;&gt;</c>.</summary>
    public static string Stream(string dictionaryStart, string content, bool compress = false)
    {
        if (!compress)
        {
            return dictionaryStart + " /Length " + Encoding.Latin1.GetByteCount(content).ToString(CultureInfo.InvariantCulture) + " >>\nstream\n" + content + "\nendstream";
        }

        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(Encoding.Latin1.GetBytes(content));
        }

        var bytes = Encoding.Latin1.GetString(output.ToArray());
        return dictionaryStart + " /Filter /FlateDecode /Length " + bytes.Length.ToString(CultureInfo.InvariantCulture) + " >>\nstream\n" + bytes + "\nendstream";
    }

    /// <summary>A PDF of the given objects (numbered from 1, object 1 the catalog) with a correct cross-reference table.</summary>
    public static byte[] Pdf(params string[] objects)
    {
        using var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(output.Position);
            Write(FormattableString.Invariant($"{i + 1} 0 obj\n{objects[i]}\nendobj\n"));
        }

        var xref = output.Position;
        Write(FormattableString.Invariant($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            Write(FormattableString.Invariant($"{offset:D10} 00000 n \n"));
        }

        Write(FormattableString.Invariant($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return output.ToArray();
    }
}
