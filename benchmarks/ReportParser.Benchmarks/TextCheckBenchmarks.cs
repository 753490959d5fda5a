using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ReportParser.Readers.Html;
using ReportParser.Readers.Text;

namespace ReportParser.Benchmarks;

/// <summary>
/// Text and Markdown conversions (issue 13): read, and read + recognise + map + check, against the baseline of
/// decoding the bytes and splitting them into lines — what any reader of a text file must do. The files are the text
/// reports of the corpus beside the checkout (../shared/corpus/raw/md, raw/txt).
/// </summary>
[MemoryDiagnoser]
public class TextCheckBenchmarks
{
    private byte[] _bytes = [];

    public static IEnumerable<string> Files
    {
        get
        {
            foreach (var folder in new[] { "md", "txt" })
            {
                var corpus = Path.GetFullPath(Path.Combine(BenchmarkFiles.Root, "..", "shared", "corpus", "raw", folder));
                if (Directory.Exists(corpus))
                {
                    foreach (var file in Directory.GetFiles(corpus).OrderBy(f => f, System.StringComparer.Ordinal))
                    {
                        yield return "corpus/" + folder + "/" + Path.GetFileName(file);
                    }
                }
            }
        }
    }

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _bytes = System.IO.File.ReadAllBytes(BenchmarkFiles.PathOf(File));

    [Benchmark(Baseline = true, Description = "decode + split lines")]
    public int DecodeAndSplit() => TextLine.Split(HtmlEncodingDetector.Decode(_bytes).Text).Count;

    [Benchmark(Description = "ReportParser read")]
    public int ReadOnly()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        return ReportChecker.Default.Read(stream, SourceFormat.Text, File).Blocks.Length;
    }

    [Benchmark(Description = "ReportParser read + check")]
    public int ReadAndCheck()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        return ReportChecker.Default.Check(stream, SourceFormat.Text, File).Diagnostics.Length;
    }
}
