using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using ReportParser.Readers.Doc;

namespace ReportParser.Benchmarks;

/// <summary>
/// The Word 97–2003 path (read, and read + recognise + map + check) against the baseline of opening the same file's
/// compound container and reading every one of its streams into memory — the I/O any .doc reader must do (issue 15).
/// </summary>
[MemoryDiagnoser]
public class DocCheckBenchmarks
{
    private byte[] _bytes = [];

    public static IEnumerable<string> Files =>
    [
        "fixtures/doc/official_2021.doc",
        "fixtures/doc/large_numbers.doc",
        "fixtures/wps/official_2021.wps",
    ];

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _bytes = System.IO.File.ReadAllBytes(BenchmarkFiles.PathOf(File));

    [Benchmark(Baseline = true, Description = "CFB open + read every stream")]
    public long ReadStreams()
    {
        var container = CompoundFile.Open(_bytes, CancellationToken.None);
        return container.RootEntries.Where(e => e.IsStream).Sum(e => (long)container.Read(e).Length);
    }

    [Benchmark(Description = "ReportParser read")]
    public int ReadOnly()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        return ReportChecker.Default.Read(stream, SourceFormat.Doc, File).Blocks.Length;
    }

    [Benchmark(Description = "ReportParser read + check")]
    public int ReadAndCheck()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        return ReportChecker.Default.Check(stream, SourceFormat.Doc, File).Diagnostics.Length;
    }
}
