using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ReportParser.Fixtures;

// Regenerates every fixture under fixtures/ (or the folder given) with its truth file:
//   dotnet run --project tools/ReportParser.FixtureGenerator -- fixtures
// Writes a large mixed batch for load runs (reports, then broken files):
//   dotnet run --project tools/ReportParser.FixtureGenerator -- batch /tmp/batch 1000 20
if (args.Length >= 3 && args[0] == "batch")
{
    // DOCX from our writer; PDFs are the committed renders (rendering 1,000 PDFs would need LibreOffice at run time).
    var pdfs = Directory.Exists(Path.Combine("fixtures", "pdf"))
        ? Directory.GetFiles(Path.Combine("fixtures", "pdf"), "*.pdf").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray()
        : [];
    var extra = new Dictionary<string, Func<ReportSpec, int, byte[]>> { [".docx"] = (spec, _) => DocxReportWriter.Write(spec) };
    if (pdfs.Length > 0)
    {
        extra[".pdf"] = (_, i) => pdfs[i % pdfs.Length];
    }

    BatchGenerator.ExtraFormats = extra;
    var count = BatchGenerator.Write(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20);
    Console.WriteLine($"{count} files written under {Path.GetFullPath(args[1])}");
    return 0;
}

// Writes the bad-input corpus of issue #11 (reference cycles, no pages, outlines, absurd numbers and sizes …):
//   dotnet run --project tools/ReportParser.FixtureGenerator -- bad-inputs /tmp/bad [--huge]   (--huge: also a 200 MB HTML page)
if (args.Length >= 2 && args[0] == "bad-inputs")
{
    foreach (var file in BadInputs.Write(args[1]))
    {
        Console.WriteLine(file);
    }

    if (args.Contains("--huge"))
    {
        // The 200 MB page of issue #11 (not in the default set: it takes a while to write and to copy).
        var huge = Path.Combine(args[1], "huge-200mb.html");
        BadInputs.WriteHugeHtml(huge, 200L * 1000 * 1000);
        Console.WriteLine(huge);
    }

    return 0;
}

var root = args.Length > 0 ? args[0] : "fixtures";
var written = 0;
foreach (var fixture in FixtureCatalog.All)
{
    var path = Path.Combine(root, fixture.Path);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);

    // PDFs and LibreOffice conversions have no renderer here: fixtures/make-pdfs.sh makes them. Their truth is written
    // all the same (it is their source's).
    if (fixture.Render is { } render)
    {
        File.WriteAllBytes(path, render(fixture.Spec));
    }

    File.WriteAllText(Path.Combine(root, fixture.TruthPath), TruthWriter.Write(fixture), new UTF8Encoding(false));
    written++;
}

// The list make-pdfs.sh renders, and fixtures/README.md (every fixture, what it exercises, its producer).
File.WriteAllText(Path.Combine(root, "rendered.tsv"), FixtureCatalog.RenderedSources(), new UTF8Encoding(false));
File.WriteAllText(Path.Combine(root, "README.md"), FixtureCatalog.Readme(), new UTF8Encoding(false));
var missing = 0;
foreach (var rendered in FixtureCatalog.Rendered)
{
    missing += File.Exists(Path.Combine(root, rendered.Path)) ? 0 : 1;
}

Console.WriteLine($"{written} fixtures written under {Path.GetFullPath(root)}" + (missing > 0 ? $"; {missing} not rendered yet: run fixtures/make-pdfs.sh" : string.Empty));
return 0;
