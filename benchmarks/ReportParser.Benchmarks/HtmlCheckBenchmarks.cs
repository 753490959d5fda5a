using System.Collections.Generic;
using System.IO;
using System.Text;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace ReportParser.Benchmarks;

/// <summary>
/// The HTML path (read + recognise + map + check) against AngleSharp's bare parse of the same bytes, the baseline:
/// the ratio says what ReportParser costs on top of parsing the page at all.
/// </summary>
[MemoryDiagnoser]
public class HtmlCheckBenchmarks
{
    private byte[] _bytes = [];
    private readonly HtmlParser _parser = new();

    public static IEnumerable<string> Files => BenchmarkFiles.Html();

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _bytes = System.IO.File.ReadAllBytes(BenchmarkFiles.PathOf(File));

    [Benchmark(Baseline = true, Description = "AngleSharp parse only")]
    public int AngleSharpParse()
    {
        var document = _parser.ParseDocument(Encoding.UTF8.GetString(_bytes));
        return document.All.Length;
    }

    [Benchmark(Description = "ReportParser read + check")]
    public int ReadAndCheck()
    {
        using var stream = new MemoryStream(_bytes);
        return ReportChecker.Default.Check(stream, SourceFormat.Html, File).Diagnostics.Length;
    }
}
