using System;
using System.IO;

namespace ReportParser.Cli.Tests;

public sealed class DocsTests
{
    [Fact]
    public void Docs_diagnostics_md_is_generated_from_the_catalogue()
    {
        var path = Path.Combine(Root(), "docs", "diagnostics.md");
        var generated = DiagnosticsMarkdown.Render();

        if (Environment.GetEnvironmentVariable("REPORTPARSER_UPDATE_DOCS") == "1" && Environment.GetEnvironmentVariable("CI") != "true")
        {
            File.WriteAllText(path, generated);
        }

        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(generated,
            "docs/diagnostics.md is regenerated with: dotnet run --project src/ReportParser.Cli -- diagnostics --format markdown > docs/diagnostics.md");
    }

    internal static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportParser.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
