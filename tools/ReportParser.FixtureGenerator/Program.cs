using System;
using System.IO;
using System.Text;
using ReportParser.Fixtures;

// Regenerates every fixture under fixtures/ (or the folder given) with its truth file:
//   dotnet run --project tools/ReportParser.FixtureGenerator -- fixtures
var root = args.Length > 0 ? args[0] : "fixtures";
var written = 0;
foreach (var fixture in FixtureCatalog.All)
{
    var path = Path.Combine(root, fixture.Path);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllBytes(path, fixture.Render(fixture.Spec));
    File.WriteAllText(Path.Combine(root, fixture.TruthPath), TruthWriter.Write(fixture), new UTF8Encoding(false));
    written++;
}

Console.WriteLine($"{written} fixtures written under {Path.GetFullPath(root)}");
return 0;
