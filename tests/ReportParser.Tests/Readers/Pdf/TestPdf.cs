using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ReportParser.Tests.Readers.Pdf;

/// <summary>Small PDFs written by the tests themselves: PdfPig's builder, plus hand-written files for encryption.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351", Justification = "PDF's standard security handler (revision 2) is defined with MD5 and RC4; this writes test files, it protects nothing.")]
internal static class TestPdf
{
    /// <summary>A ruled table of digits (Helvetica) drawn on one or two pages, with a page number between the parts.</summary>
    public static byte[] RuledTable(int rowsOnFirstPage, string[][] rows, bool thinRectangles = false)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        double[] xs = [60, 200, 300, 400];
        var page = builder.AddPage(595, 842);
        page.AddText("Table 1", 14, new PdfPoint(60, 760), font);
        var top = 740.0;
        var row = 0;
        foreach (var part in new[] { rows.Take(rowsOnFirstPage).ToArray(), rows.Skip(rowsOnFirstPage).ToArray() })
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (row > 0)
            {
                page.AddText("-1-", 10, new PdfPoint(290, 40), font);
                page = builder.AddPage(595, 842);
                top = 780;
            }

            var bottom = top - (part.Length * 24);
            for (var r = 0; r <= part.Length; r++)
            {
                Line(page, new PdfPoint(xs[0], top - (r * 24)), new PdfPoint(xs[3], top - (r * 24)), thinRectangles);
            }

            foreach (var x in xs)
            {
                Line(page, new PdfPoint(x, top), new PdfPoint(x, bottom), thinRectangles);
            }

            for (var r = 0; r < part.Length; r++)
            {
                for (var c = 0; c < part[r].Length; c++)
                {
                    page.AddText(part[r][c], 10, new PdfPoint(xs[c] + 4, top - (r * 24) - 16), font);
                }
            }

            row += part.Length;
        }

        return builder.Build();
    }

    private static void Line(PdfPageBuilder page, PdfPoint from, PdfPoint to, bool asRectangle)
    {
        if (!asRectangle)
        {
            page.DrawLine(from, to, 0.5);
            return;
        }

        var horizontal = Math.Abs(from.Y - to.Y) < 0.01;
        var x = Math.Min(from.X, to.X);
        var y = Math.Min(from.Y, to.Y);
        page.DrawRectangle(new PdfPoint(horizontal ? x : x - 0.4, horizontal ? y - 0.4 : y), horizontal ? Math.Abs(to.X - from.X) : 0.8, horizontal ? 0.8 : Math.Abs(to.Y - from.Y), 0, fill: true);
    }

    /// <summary>
    /// A title in two lines (a full line and a centred rest, 18 pt) over body paragraphs (12 pt) that start indented,
    /// the second continuing on page 2 after a page number.
    /// </summary>
    public static byte[] TitleAndParagraphs()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        page.AddText("Annual Report on Government Information Disclosure of the", 18, new PdfPoint(60, 780), font);
        page.AddText("County", 18, new PdfPoint(270, 756), font);
        (string Text, bool Indent, bool Justify)[] body =
        [
            ("This report was compiled according to the regulations on open", true, true),
            ("government information and covers the year from January to December.", false, true),
            ("It ends here.", false, false),
            ("A second paragraph begins with an indent and runs to the very", true, true),
            ("end of the page, where it breaks off in the middle of its sentence and", false, true),
        ];
        for (var i = 0; i < body.Length; i++)
        {
            Justified(page, font, body[i].Text, body[i].Indent ? 84 : 60, body[i].Justify ? 535 : null, 720 - (i * 20));
        }

        page.AddText("- 1 -", 10, new PdfPoint(285, 40), font);
        var next = builder.AddPage(595, 842);
        next.AddText("continues on the next page.", 12, new PdfPoint(60, 780), font);
        return builder.Build();
    }

    /// <summary>Writes a line of 12 pt words from <paramref name="left"/>, spread to end at <paramref name="right"/> when given (justified text).</summary>
    private static void Justified(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string text, double left, double? right, double y)
    {
        var words = text.Split(' ');
        var widths = words.Select(w => { var letters = page.MeasureText(w, 12, new PdfPoint(0, 0), font); return letters[letters.Count - 1].EndBaseLine.X; }).ToList();
        var gap = right is { } r && words.Length > 1 ? (r - left - widths.Sum()) / (words.Length - 1) : 3.3;
        var x = left;
        for (var i = 0; i < words.Length; i++)
        {
            page.AddText(words[i], 12, new PdfPoint(x, y), font);
            x += widths[i] + gap;
        }
    }

    /// <summary>One page of text, then a page that is only a large image (a scan).</summary>
    public static byte[] TextThenScannedPage()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var first = builder.AddPage(595, 842);
        first.AddText("Annual report, page one.", 12, new PdfPoint(60, 760), font);
        var scan = builder.AddPage(595, 842);
        scan.AddPng(Png(40, 60), new PdfRectangle(30, 30, 565, 812));
        return builder.Build();
    }

    /// <summary>
    /// A page of mojibake: the GB18030 bytes of a report's words shown as Western symbols, as a text layer looks
    /// when a producer wrote the wrong encoding (only symbols Helvetica's standard encoding has are used).
    /// </summary>
    public static byte[] Mojibake()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // GB18030 is a code-page encoding; do not rely on another test having registered it
        var gbk = Encoding.GetEncoding("GB18030").GetBytes("政府信息公开工作年度报告收到和处理政府信息公开申请情况本年新收政府信息公开申请数量");
        const string symbols = "¡¢£¥ƒ§¤«‹›–†‡·¶•‚„»…‰¿ÆªŁØŒºæıłøœß";
        var text = new string(gbk.Select(b => symbols[b % symbols.Length]).ToArray());
        for (var line = 0; line < 12; line++)
        {
            page.AddText(text.Substring(0, 40), 11, new PdfPoint(50, 780 - (line * 20)), font);
        }

        return builder.Build();
    }

    /// <summary>
    /// A one-page PDF encrypted with the standard security handler (RC4, 40-bit, revision 2). With an empty user
    /// password it opens without one (owner password only); otherwise it needs the user password.
    /// </summary>
    public static byte[] Encrypted(string userPassword, string ownerPassword, string text)
    {
        var id = Encoding.ASCII.GetBytes("0123456789abcdef");
        const int permissions = -4; // everything allowed, including copying text
        var o = OwnerKey(ownerPassword, userPassword);
        var key = FileKey(userPassword, o, permissions, id);
        var u = Rc4(key, Padding);
        var content = Encoding.ASCII.GetBytes($"BT /F1 12 Tf 60 760 Td ({text}) Tj ET");
        var encryptedContent = Rc4(ObjectKey(key, 4), content);
        var objects = new List<byte[]>
        {
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.ASCII.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.ASCII.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
            Encoding.ASCII.GetBytes($"<< /Length {encryptedContent.Length} >>\nstream\n").Concat(encryptedContent).Concat(Encoding.ASCII.GetBytes("\nendstream")).ToArray(),
            Encoding.ASCII.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            Encoding.ASCII.GetBytes($"<< /Filter /Standard /V 1 /R 2 /O <{Hex(o)}> /U <{Hex(u)}> /P {permissions} >>"),
        };
        return Assemble(objects, $"/Root 1 0 R /Encrypt 6 0 R /ID [<{Hex(id)}> <{Hex(id)}>]");
    }

    /// <summary>
    /// A landscape table stored on a portrait page shown with <c>/Rotate 90</c>: the content is drawn through a rotated
    /// matrix, as producers do for a landscape page in a portrait document.
    /// </summary>
    public static byte[] RotatedPage()
    {
        var content = Encoding.ASCII.GetBytes(
            "q 0 1 -1 0 595 0 cm 0.5 w 60 500 m 400 500 l S 60 480 m 400 480 l S 60 460 m 400 460 l S "
            + "60 460 m 60 500 l S 200 460 m 200 500 l S 400 460 m 400 500 l S "
            + "BT /F1 10 Tf 64 486 Td (Rules) Tj ET BT /F1 10 Tf 204 486 Td (3985758) Tj ET "
            + "BT /F1 10 Tf 64 466 Td (Fees) Tj ET BT /F1 10 Tf 204 466 Td (96171.6) Tj ET Q");
        var objects = new List<byte[]>
        {
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.ASCII.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.ASCII.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate 90 /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
            Encoding.ASCII.GetBytes($"<< /Length {content.Length} >>\nstream\n").Concat(content).Concat(Encoding.ASCII.GetBytes("\nendstream")).ToArray(),
            Encoding.ASCII.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        };
        return Assemble(objects, "/Root 1 0 R");
    }

    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    private static byte[] Pad(string password) => Encoding.ASCII.GetBytes(password).Concat(Padding).Take(32).ToArray();

    private static byte[] OwnerKey(string owner, string user) =>
        Rc4(MD5.HashData(Pad(owner.Length > 0 ? owner : user)).Take(5).ToArray(), Pad(user));

    private static byte[] FileKey(string user, byte[] o, int permissions, byte[] id) =>
        MD5.HashData(Pad(user).Concat(o).Concat(BitConverter.GetBytes(permissions)).Concat(id).ToArray()).Take(5).ToArray();

    private static byte[] ObjectKey(byte[] key, int number) =>
        MD5.HashData(key.Concat(unchecked(new[] { (byte)number, (byte)(number >> 8), (byte)(number >> 16), (byte)0, (byte)0 })).ToArray()).Take(10).ToArray();

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var result = new byte[data.Length];
        for (int k = 0, i = 0, j = 0; k < data.Length; k++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            result[k] = (byte)(data[k] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return result;
    }

    private static string Hex(byte[] bytes) => string.Concat(bytes.Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));

    private static byte[] Assemble(List<byte[]> objects, string trailer)
    {
        using var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n");
            output.Write(objects[i]);
            Write("\nendobj\n");
        }

        var xref = output.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }

        Write($"trailer\n<< /Size {objects.Count + 1} {trailer} >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>A grey RGB PNG of the given size (a stand-in for a scanned page).</summary>
    private static byte[] Png(int width, int height)
    {
        var raw = new byte[height * ((width * 3) + 1)];
        for (var i = 0; i < raw.Length; i++)
        {
            raw[i] = i % ((width * 3) + 1) == 0 ? (byte)0 : (byte)(180 + (i % 50));
        }

        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(output, "IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 2, 0, 0, 0]);
        using (var compressed = new MemoryStream())
        {
            using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                z.Write(raw);
            }

            Chunk(output, "IDAT", compressed.ToArray());
        }

        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static byte[] BigEndian(int value) => unchecked([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    private static void Chunk(Stream output, string type, byte[] data)
    {
        output.Write(BigEndian(data.Length));
        var body = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(body);
        output.Write(BigEndian(unchecked((int)Crc(body))));
    }

    private static uint Crc(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
