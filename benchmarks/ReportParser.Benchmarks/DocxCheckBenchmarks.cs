using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using ReportParser.Fixtures;
using ReportParser.Tests.Readers.Docx;

namespace ReportParser.Benchmarks;

/// <summary>
/// The DOCX path (read + recognise + map + check, and read alone) against OpenXml's bare open-and-enumerate of the
/// same bytes, the baseline: opening the package, loading the main part and visiting every body element.
/// </summary>
[MemoryDiagnoser]
public class DocxCheckBenchmarks
{
    private const string Generated = "generated/balanced_2021.docx";

    private byte[] _bytes = [];

    public static IEnumerable<string> Files => BenchmarkFiles.Docx().Append(Generated);

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _bytes = File == Generated
        ? DocxBuilder.FromBody(W.Report(SampleReports.Balanced2021())).Build()
        : System.IO.File.ReadAllBytes(BenchmarkFiles.PathOf(File));

    [Benchmark(Baseline = true, Description = "OpenXml open + enumerate")]
    public int OpenXmlEnumerate()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document!.Body!.Descendants().Count();
    }

    [Benchmark(Description = "ReportParser read")]
    public int ReadOnly()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        return ReportChecker.Default.Read(stream, SourceFormat.Docx, File).Blocks.Length;
    }

    [Benchmark(Description = "ReportParser read + check")]
    public int ReadAndCheck()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        return ReportChecker.Default.Check(stream, SourceFormat.Docx, File).Diagnostics.Length;
    }
}
