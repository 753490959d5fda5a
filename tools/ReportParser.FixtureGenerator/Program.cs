using System;
using System.IO;
using System.Text;
using ReportParser.Fixtures;

// Regenerates every fixture under fixtures/ (or the folder given) with its truth file:
//   dotnet run --project tools/ReportParser.FixtureGenerator -- fixtures
// Writes a large mixed batch for load runs (reports, then broken files):
//   dotnet run --project tools/ReportParser.FixtureGenerator -- batch /tmp/batch 1000 20
if (args.Length >= 3 && args[0] == "batch")
{
    var count = BatchGenerator.Write(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20);
    Console.WriteLine($"{count} files written under {Path.GetFullPath(args[1])}");
    return 0;
}

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
