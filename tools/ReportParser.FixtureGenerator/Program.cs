using System;
using System.IO;
using System.Linq;
using System.Text;
using ReportParser.Fixtures;

// Regenerates every fixture under fixtures/ (or the folder given): the HTML and DOCX files, every truth file (rendered
// files included: a PDF's truth is its source's), rendered.tsv for fixtures/make-pdfs.sh, and fixtures/README.md.
//   dotnet run --project tools/ReportParser.FixtureGenerator -- fixtures
var root = args.Length > 0 ? args[0] : "fixtures";
var utf8 = new UTF8Encoding(false);
var written = 0;
foreach (var fixture in FixtureCatalog.All)
{
    var path = Path.Combine(root, fixture.Path);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    if (fixture.Render is { } render)
    {
        File.WriteAllBytes(path, render(fixture.Spec));
    }

    File.WriteAllText(Path.Combine(root, fixture.TruthPath), TruthWriter.Write(fixture), utf8);
    written++;
}

File.WriteAllText(Path.Combine(root, "rendered.tsv"), FixtureCatalog.RenderedSources(), utf8);
File.WriteAllText(Path.Combine(root, "README.md"), FixtureCatalog.Readme(), utf8);

var missing = FixtureCatalog.Rendered.Count(p => !File.Exists(Path.Combine(root, p.Path)));
Console.WriteLine($"{written} fixtures written under {Path.GetFullPath(root)}" + (missing > 0 ? $"; {missing} not rendered yet: run fixtures/make-pdfs.sh" : string.Empty));
return 0;
