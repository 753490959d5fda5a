using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ReportParser.Cli.Tests;

/// <summary>
/// The NuGet packages follow the conventions of AngleSharp, PdfPig and Spectre.Console (issue 17): the library for
/// netstandard2.0, net8.0 and net10.0, an icon, a README whose links work on nuget.org, repository metadata, a symbol
/// package, and package validation (run by <c>dotnet pack</c>). Packs the already built projects (<c>--no-build</c>).
/// </summary>
public sealed class PackageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Pack(string project)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = DocsTests.Root() };
        foreach (var arg in new[] { "pack", project, "-c", "Release", "--no-build", "--nologo", "-o", _folder.Path })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, output.Result + error);
        return output.Result;
    }

    private static XElement Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream).Root!;
    }

    private static string? Metadata(XElement nuspec, string name) =>
        nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    [Fact]
    public void The_library_package_has_three_targets_an_icon_a_readme_with_absolute_links_and_symbols()
    {
        Pack("src/ReportParser/ReportParser.csproj");

        using var package = ZipFile.OpenRead(Path.Combine(_folder.Path, "ReportParser.0.1.0.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        entries.Should().Contain(["lib/netstandard2.0/ReportParser.dll", "lib/net8.0/ReportParser.dll", "lib/net10.0/ReportParser.dll", "README.md", "icon.png"]);
        entries.Should().Contain("lib/net8.0/ReportParser.xml", "IntelliSense documentation ships with every target");

        var nuspec = Nuspec(package);
        Metadata(nuspec, "icon").Should().Be("icon.png");
        Metadata(nuspec, "readme").Should().Be("README.md");
        Metadata(nuspec, "license").Should().Be("MIT");
        nuspec.Descendants().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value.Should().Be("https://github.com/reportparser/reportparser");

        using var readme = new StreamReader(package.GetEntry("README.md")!.Open());
        var links = Regex.Matches(readme.ReadToEnd(), @"\]\(([^)]+)\)").Select(m => m.Groups[1].Value).ToList();
        links.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith("https://", StringComparison.Ordinal), "relative links do not work on nuget.org");
        foreach (var link in links.Where(l => l.Contains("/blob/main/", StringComparison.Ordinal)))
        {
            var file = link.Substring(link.IndexOf("/blob/main/", StringComparison.Ordinal) + "/blob/main/".Length);
            File.Exists(Path.Combine(DocsTests.Root(), file)).Should().BeTrue($"{link} names a file of the repository");
        }

        using var symbols = ZipFile.OpenRead(Path.Combine(_folder.Path, "ReportParser.0.1.0.snupkg"));
        symbols.Entries.Select(e => e.FullName).Should().Contain(["lib/netstandard2.0/ReportParser.pdb", "lib/net8.0/ReportParser.pdb", "lib/net10.0/ReportParser.pdb"]);
    }

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_named_reportparser_with_icon_and_readme()
    {
        Pack("src/ReportParser.Cli/ReportParser.Cli.csproj");

        using var package = ZipFile.OpenRead(Path.Combine(_folder.Path, "ReportParser.Cli.0.1.0.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        entries.Should().Contain(["tools/net10.0/any/ReportParser.Cli.dll", "tools/net10.0/any/DotnetToolSettings.xml", "README.md", "icon.png"]);
        entries.Should().Contain("tools/net10.0/any/zh-Hans/System.CommandLine.resources.dll", "the Chinese help texts of System.CommandLine ship with the tool");

        using var settings = package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();
        XDocument.Load(settings).Descendants("Command").Single().Attribute("Name")!.Value.Should().Be("reportparser");
        Metadata(Nuspec(package), "icon").Should().Be("icon.png");
    }
}
