using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace ReportParser.Fixtures;

/// <summary>
/// Writes a large mixed batch for load and memory runs of <c>reportparser check</c>: valid and defective reports of many
/// agencies and years in every format a writer exists for, plus broken files of every kind the CLI must survive.
/// Deterministic for a given seed.
/// </summary>
public static class BatchGenerator
{
    /// <summary>Extra writers by file extension (e.g. DOCX, or a copy of a committed PDF fixture); HTML is always there.</summary>
    public static IReadOnlyDictionary<string, Func<ReportSpec, int, byte[]>> ExtraFormats { get; set; } =
        new Dictionary<string, Func<ReportSpec, int, byte[]>>();

    public static int Write(string folder, int reports, int broken, int seed = 20261127)
    {
        var random = new Random(seed);
        var formats = new List<(string Extension, Func<ReportSpec, int, byte[]> Render)> { (".html", (spec, _) => Encoding.UTF8.GetBytes(HtmlReportWriter.Write(spec))) };
        foreach (var (extension, render) in ExtraFormats)
        {
            formats.Add((extension, render));
        }

        var written = 0;
        for (var i = 0; i < reports; i++)
        {
            var spec = SampleReports.Balanced2021() with
            {
                // As in a real province: every agency reports once a year, here for four consecutive years.
                Agency = "示例" + (i / 4).ToString(CultureInfo.InvariantCulture) + "县人民政府办公室",
                Year = 2021 + (i % 4),
            };
            switch (random.Next(6))
            {
                case 0:
                    spec = spec.WithCell("T4.R.count", "T4.C.review.total", random.Next(3, 9).ToString(CultureInfo.InvariantCulture));
                    break;
                case 1:
                    spec = spec.WithCell("T3.R1", "T3.C.natural_person", random.Next(14, 40).ToString(CultureInfo.InvariantCulture));
                    break;
                case 2:
                    spec = spec.WithoutSection("S5");
                    break;
            }

            var (extension, render) = formats[i % formats.Count];
            var path = Path.Combine(folder, (i / 100).ToString("D2", CultureInfo.InvariantCulture), "report_" + i.ToString("D5", CultureInfo.InvariantCulture) + extension);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, render(spec, i));
            written++;
        }

        var brokenFolder = Path.Combine(folder, "broken");
        Directory.CreateDirectory(brokenFolder);
        for (var i = 0; i < broken; i++)
        {
            var (name, bytes) = Broken(i, random);
            File.WriteAllBytes(Path.Combine(brokenFolder, i.ToString("D3", CultureInfo.InvariantCulture) + "_" + name), bytes);
            written++;
        }

        return written;
    }

    private static (string Name, byte[] Bytes) Broken(int i, Random random)
    {
        var junk = new byte[4096];
        random.NextBytes(junk);
        return (i % 10) switch
        {
            0 => ("empty.html", []),
            1 => ("junk.html", junk),
            2 => ("truncated.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa")),
            3 => ("legacy.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]]),
            4 => ("notword.docx", ZipWith("readme.txt", "not a word document")),
            5 => ("homepage.html", Encoding.UTF8.GetBytes("<html><body><p>欢迎访问示例县人民政府网站</p></body></html>")),
            6 => ("absurd.html", Encoding.UTF8.GetBytes("<html><body><p>一、总体情况</p><table><tr><td colspan=\"1000\">x</td></tr>" + string.Concat(System.Linq.Enumerable.Repeat("<tr><td colspan=\"1000\">y</td></tr>", 500)) + "</table></body></html>")),
            7 => ("scan.jpg", [0xFF, 0xD8, 0xFF, 0xE0, .. junk]),
            8 => ("attachment_only.html", Encoding.UTF8.GetBytes("<html><head><title>某局2023年政府信息公开工作年度报告</title></head><body><p>请下载附件：<a href=\"/f/report.pdf\">某局2023年政府信息公开工作年度报告.pdf</a></p></body></html>")),
            _ => ("wps.wps", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. junk]),
        };
    }

    private static byte[] ZipWith(string name, string content)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry(name).Open());
            entry.Write(content);
        }

        return stream.ToArray();
    }
}
